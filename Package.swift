// swift-tools-version: 6.1
import PackageDescription

// One SwiftPM module per layer, so the compiler keeps the architecture (docs/architecture.md).
// `A → B` below means A depends on B; every "never" arrow of the architecture is a module that
// is not in the other's dependency closure. `.ci/run` builds with
// `--explicit-target-dependency-import-check=error`, so an `import` of a module that is not a
// declared dependency fails the build.

let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")

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
        // The C shim: the only code that touches GLPK's C API, and the only code that may longjmp.
        .target(name: "CGLPK", linkerSettings: [.linkedLibrary("glpk")]),
        // Conversions and integer arithmetic that never trap (issue 14). Knows nothing else.
        .target(name: "_PatrolPlanNumerics"),
        // Strict RFC 8259 parser with positions, diagnostics as values. Knows no scenario.
        .target(name: "_PatrolPlanJSON", dependencies: ["_PatrolPlanNumerics"]),
        // scenario@1: types, decoding, validation, canonical encoding.
        .target(name: "PatrolPlanScenario", dependencies: ["_PatrolPlanJSON", crypto]),
        // Deterministic London-like scenarios (`patrolplan generate`, tests, benchmarks).
        .target(name: "PatrolPlanSynthetic", dependencies: ["PatrolPlanScenario"]),
        // `patrolplan import`: scenario@2 from public files (police.uk, ONS, TfL) and a recipe.
        // Writes scenario JSON itself; knows no scoring, model or solver.
        .target(
            name: "PatrolPlanImport",
            dependencies: ["_PatrolPlanJSON", .product(name: "CSV", package: "CSV.swift")]),
        // model.md §1–2: risk rates, the effect curve, eligibility, figures.
        .target(name: "PatrolPlanScoring", dependencies: ["PatrolPlanScenario", "_PatrolPlanNumerics"]),
        // A solver-independent MILP and the solver protocol, parameters and result.
        .target(name: "PatrolPlanMILP", dependencies: ["_PatrolPlanNumerics"]),
        // model.md §3–4 as a MILP. Never sees a solver backend.
        .target(name: "PatrolPlanModel", dependencies: ["PatrolPlanMILP", "PatrolPlanScoring"]),
        // The GLPK backend: the only client of CGLPK.
        .target(name: "PatrolPlanGLPK", dependencies: ["PatrolPlanMILP", "CGLPK"]),
        // plan@1, its figures, the independent verifier, and the result values of diagnosis,
        // what-ifs and rosters. Never sees the model builder or the MILP.
        .target(name: "PatrolPlanResults", dependencies: ["PatrolPlanScoring"]),
        // The solve pipeline: heuristics, bounds, search, assembly; diagnosis and what-ifs.
        .target(
            name: "PatrolPlanPlanner",
            dependencies: [
                "PatrolPlanModel", "PatrolPlanResults", "PatrolPlanMILP",
                .product(name: "HeapModule", package: "swift-collections"),
            ]),
        // Randomised rosters drawn from the LP relaxation.
        .target(name: "PatrolPlanRoster", dependencies: ["PatrolPlanModel", "PatrolPlanResults", "PatrolPlanMILP", crypto]),
        // Every renderer (table, Markdown, HTML, CSV, GeoJSON, SVG). Never sees the MILP or GLPK.
        .target(
            name: "PatrolPlanReports",
            dependencies: [
                "PatrolPlanResults",
                .product(name: "TextTable", package: "TextTable"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Plot", package: "Plot"),
            ]),
        // The umbrella: re-exports the layers and wires GLPK in as the default backend.
        .target(
            name: "PatrolPlan",
            dependencies: [
                "PatrolPlanSynthetic", "PatrolPlanImport", "PatrolPlanGLPK", "PatrolPlanPlanner", "PatrolPlanRoster",
                "PatrolPlanReports",
            ]),
        // Argument parsing and I/O only.
        .executableTarget(
            name: "patrolplan",
            dependencies: ["PatrolPlan", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Tests: one target per module, plus a support target.
        .target(
            name: "PatrolPlanTestSupport",
            dependencies: ["PatrolPlan"],
            path: "Tests/PatrolPlanTestSupport"),
        .testTarget(name: "PatrolPlanNumericsTests", dependencies: ["_PatrolPlanNumerics"]),
        .testTarget(name: "PatrolPlanJSONTests", dependencies: ["_PatrolPlanJSON"]),
        .testTarget(name: "PatrolPlanScenarioTests", dependencies: ["PatrolPlanScenario", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanSyntheticTests", dependencies: ["PatrolPlanSynthetic", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanImportTests", dependencies: ["PatrolPlanImport", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanScoringTests", dependencies: ["PatrolPlanScoring", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanModelTests", dependencies: ["PatrolPlanModel", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanGLPKTests", dependencies: ["PatrolPlanGLPK", "CGLPK", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanResultsTests", dependencies: ["PatrolPlanResults", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanPlannerTests", dependencies: ["PatrolPlanPlanner", "PatrolPlanTestSupport"]),
        .testTarget(name: "PatrolPlanRosterTests", dependencies: ["PatrolPlanRoster", "PatrolPlanTestSupport"]),
        .testTarget(
            name: "PatrolPlanReportsTests",
            dependencies: [
                "PatrolPlanReports", "PatrolPlanTestSupport", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]),
        // Whole-pipeline laws and regressions, through the umbrella.
        .testTarget(
            name: "PatrolPlanTests",
            dependencies: ["PatrolPlan", "PatrolPlanTestSupport", .product(name: "CSV", package: "CSV.swift")]),
        // The executable end to end, and its own types (`@testable import patrolplan`).
        .testTarget(name: "patrolplanTests", dependencies: ["patrolplan", "PatrolPlanTestSupport"], exclude: ["Help"]),
    ]
)

// Upcoming features on every Swift target, as swift-openapi-generator does. An executable
// exports nothing, so its imports stay plain (no InternalImportsByDefault).
for target in package.targets where target.type != .system && target.name != "CGLPK" {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    if target.type != .executable {
        settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    }
    target.swiftSettings = settings
}
