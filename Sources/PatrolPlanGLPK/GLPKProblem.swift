internal import CGLPK
public import PatrolPlanMILP

/// The one owner of a GLPK problem object. Use on one thread; deleted in `deinit`.
///
/// Each method wraps one `CGLPK_` entry point and turns its return code into a thrown error.
final class GLPKProblem {
    private let handle: OpaquePointer

    init() throws(SolverError) {
        var error = CGLPK_Error()
        guard let handle = CGLPK_problem_create(&error) else {
            throw .fatal(Self.message(&error))
        }
        self.handle = handle
    }

    deinit {
        CGLPK_problem_delete(handle)
    }

    static var version: String {
        String(cString: CGLPK_version())
    }

    static func message(_ error: inout CGLPK_Error) -> String {
        withUnsafeBytes(of: &error.message) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }

    private func check(_ code: Int32, _ error: inout CGLPK_Error) throws(SolverError) {
        switch code {
        case Int32(CGLPK_OK): return
        case Int32(CGLPK_DEAD): throw .problemDead(Self.message(&error))
        case Int32(CGLPK_INVALID): throw .invalidArgument(Self.message(&error))
        default: throw .fatal(Self.message(&error))
        }
    }

    /// Loads `milp`; `minimising` turns a maximisation into the minimisation of the negated
    /// objective (for MPS files, whose readers disagree on the sense; see ``ModelExport``).
    func load(_ milp: MILP, minimising: Bool = false) throws(SolverError) {
        let rowType = milp.rows.map { Self.boundType(lower: $0.lower, upper: $0.upper) }
        let rowLower = milp.rows.map { $0.lower.isFinite ? $0.lower : 0 }
        let rowUpper = milp.rows.map { $0.upper.isFinite ? $0.upper : 0 }
        let colType = milp.columns.map { Self.boundType(lower: $0.lower, upper: $0.upper) }
        let colLower = milp.columns.map { $0.lower.isFinite ? $0.lower : 0 }
        let colUpper = milp.columns.map { $0.upper.isFinite ? $0.upper : 0 }
        let colKind = milp.columns.map { column -> Int32 in
            switch column.kind {
            case .continuous: Int32(CGLPK_CONTINUOUS)
            case .integer: Int32(CGLPK_INTEGER)
            case .binary: Int32(CGLPK_BINARY)
            }
        }
        let negate = minimising && milp.maximize
        let objective = milp.columns.map { negate ? -$0.objective : $0.objective }
        var entryRow = [Int32](repeating: 0, count: milp.entryCount)
        for i in 0..<milp.rows.count {
            for e in milp.rowStarts[i]..<milp.rowStarts[i + 1] {
                entryRow[e] = Int32(i + 1)
            }
        }
        let entryCol = milp.entryColumns.map { $0 + 1 }
        var error = CGLPK_Error()
        let code = rowType.withUnsafeBufferPointer { rowType in
            rowLower.withUnsafeBufferPointer { rowLower in
                rowUpper.withUnsafeBufferPointer { rowUpper in
                    colType.withUnsafeBufferPointer { colType in
                        colLower.withUnsafeBufferPointer { colLower in
                            colUpper.withUnsafeBufferPointer { colUpper in
                                colKind.withUnsafeBufferPointer { colKind in
                                    objective.withUnsafeBufferPointer { objective in
                                        entryRow.withUnsafeBufferPointer { entryRow in
                                            entryCol.withUnsafeBufferPointer { entryCol in
                                                milp.entryValues.withUnsafeBufferPointer { entryValue in
                                                    var model = CGLPK_Model(
                                                        rows: Int32(milp.rows.count),
                                                        rowType: rowType.baseAddress, rowLower: rowLower.baseAddress,
                                                        rowUpper: rowUpper.baseAddress,
                                                        cols: Int32(milp.columns.count),
                                                        colType: colType.baseAddress, colLower: colLower.baseAddress,
                                                        colUpper: colUpper.baseAddress, colKind: colKind.baseAddress,
                                                        objective: objective.baseAddress,
                                                        maximize: milp.maximize && !negate ? 1 : 0,
                                                        entries: Int32(milp.entryCount),
                                                        entryRow: entryRow.baseAddress, entryCol: entryCol.baseAddress,
                                                        entryValue: entryValue.baseAddress)
                                                    return CGLPK_load(handle, &model, &error)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        try check(code, &error)
    }

    func intopt(_ params: inout CGLPK_MIPParams, incumbent: [Double]?) throws(SolverError) -> CGLPK_MIPResult {
        var result = CGLPK_MIPResult()
        var error = CGLPK_Error()
        let code: Int32
        if let incumbent {
            code = incumbent.withUnsafeBufferPointer { buffer in
                params.incumbent = buffer.baseAddress
                defer { params.incumbent = nil }
                return CGLPK_intopt(handle, &params, &result, &error)
            }
        } else {
            code = CGLPK_intopt(handle, &params, &result, &error)
        }
        try check(code, &error)
        return result
    }

    func mipValues(count: Int) throws(SolverError) -> [Double] {
        var values = [Double](repeating: 0, count: count)
        var error = CGLPK_Error()
        let code = values.withUnsafeMutableBufferPointer {
            CGLPK_mip_values(handle, $0.baseAddress, Int32(count), &error)
        }
        try check(code, &error)
        return values
    }

    /// Appends continuous columns (``GLPKLinearProgram``): entries column by column, `starts`
    /// 0-based into `rows` (1-based row numbers) and `values`.
    func addColumns(
        count: Int, objective: [Double], types: [Int32], lower: [Double], upper: [Double], starts: [Int32],
        rows: [Int32], values: [Double]
    ) throws(SolverError) {
        var error = CGLPK_Error()
        let code = objective.withUnsafeBufferPointer { objective in
            types.withUnsafeBufferPointer { types in
                lower.withUnsafeBufferPointer { lower in
                    upper.withUnsafeBufferPointer { upper in
                        starts.withUnsafeBufferPointer { starts in
                            rows.withUnsafeBufferPointer { rows in
                                values.withUnsafeBufferPointer { values in
                                    CGLPK_add_columns(
                                        handle, Int32(count), objective.baseAddress, types.baseAddress,
                                        lower.baseAddress, upper.baseAddress, starts.baseAddress, rows.baseAddress,
                                        values.baseAddress, &error)
                                }
                            }
                        }
                    }
                }
            }
        }
        try check(code, &error)
    }

    /// Deletes columns (1-based numbers).
    func deleteColumns(_ numbers: [Int32]) throws(SolverError) {
        var error = CGLPK_Error()
        let code = numbers.withUnsafeBufferPointer { CGLPK_delete_columns(handle, Int32($0.count), $0.baseAddress, &error) }
        try check(code, &error)
    }

    /// The primal simplex from the current basis.
    func simplex(_ params: CGLPK_LPParams) throws(SolverError) -> CGLPK_LPResult {
        var params = params
        var result = CGLPK_LPResult()
        var error = CGLPK_Error()
        try check(CGLPK_simplex(handle, &params, &result, &error), &error)
        return result
    }

    /// The last simplex solution's column values and row duals.
    func lpSolution(columns: Int, rows: Int) throws(SolverError) -> (values: [Double], duals: [Double]) {
        var values = [Double](repeating: 0, count: columns)
        var duals = [Double](repeating: 0, count: rows)
        var error = CGLPK_Error()
        let code = values.withUnsafeMutableBufferPointer { values in
            duals.withUnsafeMutableBufferPointer { duals in
                CGLPK_lp_solution(handle, values.baseAddress, Int32(columns), duals.baseAddress, Int32(rows), &error)
            }
        }
        try check(code, &error)
        return (values, duals)
    }

    /// Fixes columns (0-based) at values, solves the LP and returns the rows' (0-based) duals,
    /// or `nil` if that LP has no optimal solution.
    func fixedDuals(columns: [Int], values: [Double], rows: [Int]) throws(SolverError) -> [Double]? {
        let fixed = columns.map { Int32($0 + 1) }
        let fixedValues = columns.map { values[$0] }
        let rowNumbers = rows.map { Int32($0 + 1) }
        var duals = [Double](repeating: 0, count: rows.count)
        var status: Int32 = 0
        var error = CGLPK_Error()
        let code = fixed.withUnsafeBufferPointer { fixed in
            fixedValues.withUnsafeBufferPointer { fixedValues in
                rowNumbers.withUnsafeBufferPointer { rowNumbers in
                    duals.withUnsafeMutableBufferPointer { duals in
                        CGLPK_fixed_duals(
                            handle, Int32(fixed.count), fixed.baseAddress, fixedValues.baseAddress,
                            Int32(rowNumbers.count), rowNumbers.baseAddress, duals.baseAddress, &status, &error)
                    }
                }
            }
        }
        try check(code, &error)
        return status == Int32(CGLPK_STATUS_OPT) ? duals : nil
    }

    /// Writes the problem with GLPK's own writers.
    /// Names the problem, its objective and (when `milp` recorded them) its rows and columns.
    func setNames(_ milp: MILP, problem: String, objective: String) throws(SolverError) {
        var error = CGLPK_Error()
        try check(CGLPK_set_name(handle, 0, 0, problem, &error), &error)
        try check(CGLPK_set_name(handle, 1, 0, objective, &error), &error)
        for (i, name) in milp.rowNames.enumerated() where !name.isEmpty {
            try check(CGLPK_set_name(handle, 2, Int32(i + 1), name, &error), &error)
        }
        for (j, name) in milp.columnNames.enumerated() where !name.isEmpty {
            try check(CGLPK_set_name(handle, 3, Int32(j + 1), name, &error), &error)
        }
    }

    func write(to path: String, format: ModelFileFormat) throws(SolverError) {
        var error = CGLPK_Error()
        let code = CGLPK_write(handle, format == .cplexLP ? 1 : 0, path, &error)
        try check(code, &error)
    }

    /// Makes an invalid GLPK call, for tests of the fatal-error path.
    func debugInvalidCall() throws(SolverError) {
        var error = CGLPK_Error()
        try check(CGLPK_debug_invalid_call(handle, &error), &error)
    }

    static func boundType(lower: Double, upper: Double) -> Int32 {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): Int32(CGLPK_FREE)
        case (true, false): Int32(CGLPK_LOWER)
        case (false, true): Int32(CGLPK_UPPER)
        case (true, true): lower == upper ? Int32(CGLPK_FIXED) : Int32(CGLPK_DOUBLE)
        }
    }
}

/// File formats GLPK can write a model in.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// Free MPS.
    case mps
    /// CPLEX LP.
    case cplexLP = "lp"
}
