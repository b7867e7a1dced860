public import Foundation

/// Runs the built `patrolplan` executable, for end-to-end tests in every test target.
public enum CLI {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let scenario = root.appendingPathComponent("Scenarios/haringey-weekend.json").path

    /// Runs the built executable.
    public static func run(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, String(decoding: stderr, as: UTF8.self))
    }

    public static func executable() throws -> URL {
        // The test bundle is built beside the executable.
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("patrolplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("patrolplan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    public static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pp-\(UUID().uuidString)-\(name)").path
    }
}

/// The scenarios bundled in `Scenarios/`, each with a golden plan in `Scenarios/expected/`.
public enum BundledScenarios {
    public static let folder = CLI.root.appendingPathComponent("Scenarios")
    public static let names = ["haringey-weekend", "severe-crowded-places", "city-day-night", "force-wide-week", "match-day"]
}
