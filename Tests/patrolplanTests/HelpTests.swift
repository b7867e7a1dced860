import Foundation
import PatrolPlanTestSupport
import Testing

/// The help text of the root command and of every subcommand, pinned verbatim (as
/// swift-argument-parser pins its examples'): a change to an option's name, default or help is
/// a deliberate change to `Tests/patrolplanTests/Help/`. `PATROLPLAN_RECORD=1` rewrites them.
@Suite("Help text of every subcommand")
struct HelpTests {
    static let folder = CLI.root.appendingPathComponent("Tests/patrolplanTests/Help")
    static let commands = ["", "solve", "compare", "sweep", "staff", "check", "verify", "explain", "roster", "generate", "import"]

    @Test(arguments: commands)
    func helpIsPinned(_ command: String) throws {
        let result = try CLI.run(command.isEmpty ? ["--help"] : [command, "--help"])
        #expect(result.status == 0)
        let text = String(decoding: result.stdout, as: UTF8.self)
        let file = Self.folder.appendingPathComponent("\(command.isEmpty ? "patrolplan" : command).txt")
        if ProcessInfo.processInfo.environment["PATROLPLAN_RECORD"] != nil {
            try Data(text.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "help for '\(command)' changed; run with PATROLPLAN_RECORD=1 if deliberate")
    }
}
