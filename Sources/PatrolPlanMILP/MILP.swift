/// A solver-independent mixed-integer linear program: columns with bounds and kinds, rows with
/// bounds, a sparse matrix stored row by row, and a linear objective.
public struct MILP: Sendable {
    /// A column's kind.
    public enum Kind: Sendable, Equatable {
        case continuous, integer, binary
    }

    /// A variable. Bounds may be infinite.
    public struct Column: Sendable, Equatable {
        public var lower: Double
        public var upper: Double
        public var kind: Kind
        public var objective: Double

        public init(lower: Double, upper: Double, kind: Kind, objective: Double) {
            self.lower = lower
            self.upper = upper
            self.kind = kind
            self.objective = objective
        }
    }

    /// A constraint `lower ≤ Σ coefficients × columns ≤ upper` (either side may be infinite).
    public struct Row: Sendable, Equatable {
        public var lower: Double
        public var upper: Double
    }

    public var maximize: Bool = true
    public private(set) var columns: [Column] = []
    public private(set) var rows: [Row] = []
    /// Start of each row's entries in ``entryColumns``/``entryValues``; `rows.count + 1` items.
    public private(set) var rowStarts: [Int] = [0]
    public private(set) var entryColumns: [Int32] = []
    public private(set) var entryValues: [Double] = []

    /// Whether ``addColumn(_:name:)`` and ``addRow(lower:upper:_:name:)`` keep names (for
    /// exported model files); off for solving, so names cost nothing there.
    public var recordsNames = false
    /// Column and row names, when ``recordsNames`` was on while they were added.
    public private(set) var columnNames: [String] = []
    public private(set) var rowNames: [String] = []

    public init() {}

    /// Adds a column and returns its index.
    @discardableResult
    public mutating func addColumn(_ column: Column, name: @autoclosure () -> String = "") -> Int {
        columns.append(column)
        if recordsNames { columnNames.append(name()) }
        return columns.count - 1
    }

    /// Adds a row with its non-zero entries and returns its index. Zero and subnormal coefficients
    /// are dropped.
    @discardableResult
    public mutating func addRow(
        lower: Double = -.infinity, upper: Double = .infinity, _ entries: [(column: Int, value: Double)],
        name: @autoclosure () -> String = ""
    ) -> Int {
        if recordsNames { rowNames.append(name()) }
        // Subnormal coefficients (an effectiveness of 5e-324) count as zero: GLPK's scaling
        // turns them into a zero scale factor and stops with a fatal error.
        for entry in entries where abs(entry.value) >= .leastNormalMagnitude {
            entryColumns.append(Int32(entry.column))
            entryValues.append(entry.value)
        }
        rows.append(Row(lower: lower, upper: upper))
        rowStarts.append(entryColumns.count)
        return rows.count - 1
    }

    /// Changes a column's kind (e.g. to relax integrality).
    public mutating func setKind(_ kind: Kind, ofColumn j: Int) {
        columns[j].kind = kind
    }

    /// Changes a column's bounds (e.g. to fix it).
    public mutating func setBounds(lower: Double, upper: Double, ofColumn j: Int) {
        columns[j].lower = lower
        columns[j].upper = upper
    }

    /// Changes a column's objective coefficient.
    public mutating func setObjective(_ coefficient: Double, ofColumn j: Int) {
        columns[j].objective = coefficient
    }

    /// Number of non-zero entries.
    public var entryCount: Int { entryValues.count }

    /// The entries of row `i`.
    public func entries(ofRow i: Int) -> some Collection<(column: Int, value: Double)> {
        (rowStarts[i]..<rowStarts[i + 1]).lazy.map { (column: Int(entryColumns[$0]), value: entryValues[$0]) }
    }

    /// A valid bound on the objective of a maximisation from column bounds alone.
    public var trivialBound: Double {
        columns.reduce(0) { $0 + max($1.objective * $1.upper, $1.objective * $1.lower) }
    }

    /// Objective value of a column vector.
    public func objectiveValue(_ x: [Double]) -> Double {
        zip(columns, x).reduce(0) { $0 + $1.0.objective * $1.1 }
    }

    /// The largest violation of any bound, row or integrality by `x` (0 when feasible).
    public func maxViolation(_ x: [Double]) -> Double {
        var worst = 0.0
        for (j, column) in columns.enumerated() {
            worst = max(worst, column.lower - x[j], x[j] - column.upper)
            if column.kind != .continuous {
                worst = max(worst, abs(x[j] - x[j].rounded()))
            }
        }
        for (i, row) in rows.enumerated() {
            let activity = entries(ofRow: i).reduce(0) { $0 + $1.value * x[$1.column] }
            worst = max(worst, row.lower - activity, activity - row.upper)
        }
        return worst
    }

    /// The MILP over `kept` columns alone, every other column fixed at its value in `x`: each
    /// row's fixed part moves into its bounds, and rows with no kept column are left out (they
    /// hold whatever the kept columns do). The objective leaves out the fixed columns' constant.
    ///
    /// Column `i` of the result is column `kept[i]` here; ``expand(_:kept:into:)`` maps a
    /// solution back. Linear in the entries.
    public func restricted(to kept: [Int], fixedAt x: [Double]) -> MILP {
        var position = [Int32](repeating: -1, count: columns.count)
        var sub = MILP()
        sub.maximize = maximize
        for (i, j) in kept.enumerated() {
            position[j] = Int32(i)
            sub.addColumn(columns[j])
        }
        var entries: [(column: Int, value: Double)] = []
        for (r, row) in rows.enumerated() {
            entries.removeAll(keepingCapacity: true)
            var fixed = 0.0
            for e in rowStarts[r]..<rowStarts[r + 1] {
                let j = Int(entryColumns[e])
                if position[j] >= 0 {
                    entries.append((Int(position[j]), entryValues[e]))
                } else {
                    fixed += entryValues[e] * x[j]
                }
            }
            guard !entries.isEmpty else { continue }
            sub.addRow(lower: row.lower - fixed, upper: row.upper - fixed, entries)
        }
        return sub
    }

    /// A relaxation over `kept` columns alone: the rows whose every entry is a kept column, the
    /// others left out. Its optimum bounds from above (when maximising) this MILP's optimum over
    /// the kept columns' part of the objective, whatever the other columns do: summed over a
    /// partition of the columns, these bounds bound the whole. Linear in the entries.
    public func relaxed(to kept: [Int]) -> MILP {
        var position = [Int32](repeating: -1, count: columns.count)
        var sub = MILP()
        sub.maximize = maximize
        for (i, j) in kept.enumerated() {
            position[j] = Int32(i)
            sub.addColumn(columns[j])
        }
        var entries: [(column: Int, value: Double)] = []
        rows: for (r, row) in rows.enumerated() {
            entries.removeAll(keepingCapacity: true)
            for e in rowStarts[r]..<rowStarts[r + 1] {
                let j = Int(entryColumns[e])
                guard position[j] >= 0 else { continue rows }
                entries.append((Int(position[j]), entryValues[e]))
            }
            guard !entries.isEmpty else { continue }
            sub.addRow(lower: row.lower, upper: row.upper, entries)
        }
        return sub
    }

    /// `x` with the kept columns set from `values`, a solution of ``restricted(to:fixedAt:)``.
    public func expand(_ values: [Double], kept: [Int], into x: [Double]) -> [Double] {
        var full = x
        for (i, j) in kept.enumerated() { full[j] = values[i] }
        return full
    }
}
