// swift-tools-version: 6.1
// A libFuzzer harness for the scenario decoder and validator, kept out of the main package so
// that `swift build` there never needs -sanitize=fuzzer. See docs/fuzzing.md.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "PatrolPlanFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzScenario",
            dependencies: [.product(name: "PatrolPlan", package: root.lastPathComponent.lowercased())],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
