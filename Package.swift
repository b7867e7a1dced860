// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "patrolplan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PatrolPlan", targets: ["PatrolPlan"]),
        .executable(name: "patrolplan", targets: ["patrolplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    ],
    targets: [
        // The only code that touches GLPK's C API, and the only code that may longjmp.
        .target(
            name: "CGLPK",
            linkerSettings: [.linkedLibrary("glpk")]
        ),
        // Scenario → Scoring → Model → Solver → Plan → Reports, one folder each.
        .target(
            name: "PatrolPlan",
            dependencies: [
                "CGLPK",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "TextTable", package: "TextTable"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Plot", package: "Plot"),
            ],
            swiftSettings: swiftSettings
        ),
        // Argument parsing and I/O only.
        .executableTarget(
            name: "patrolplan",
            dependencies: [
                "PatrolPlan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // An executable exports nothing, so its imports stay plain.
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "PatrolPlanTests",
            // The executable is a dependency so CLI tests can run it.
            dependencies: [
                "PatrolPlan", "patrolplan", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"],
            swiftSettings: swiftSettings
        ),
    ]
)
