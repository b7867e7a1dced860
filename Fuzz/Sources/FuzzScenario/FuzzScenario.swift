import Foundation
import PatrolPlan

/// libFuzzer's entry point: decode and validate the bytes as a scenario; when valid, score it,
/// build the model and run the greedy heuristic (no solver: each input must take milliseconds).
/// A crash, a trap or a sanitizer report is a bug; a rejection must carry a JSON path or a
/// position.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    do {
        let file = try ScenarioFile(data: data)
        let scored = try ScoredScenario(file.scenario)
        let model = ModelBuilder.build(scored)
        var greedy = GreedyHeuristic(scored: scored, model: model)
        let x = GreedyHeuristic.columnValues(greedy.run(), scored: scored, model: model)
        precondition(x.allSatisfy(\.isFinite), "greedy produced a non-finite value")
    } catch let error as ScenarioError {
        precondition(!error.diagnostics.isEmpty, "a rejection without a diagnostic")
        for diagnostic in error.diagnostics where diagnostic.severity == .error {
            let located = !diagnostic.path.isEmpty || (diagnostic.line != nil && diagnostic.column != nil)
            precondition(located, "a rejection that says neither path nor position: \(diagnostic)")
        }
    } catch {
        preconditionFailure("unexpected error type: \(error)")
    }
    return 0
}

/// libFuzzer's driver (from `-sanitize=fuzzer`), started from the entry point SwiftPM names
/// for this executable target.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzScenario_main")
func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzScenario($0, $1) }
}
