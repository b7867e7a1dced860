/// The best armed-presence pattern of one area over its periods under the duration rules
/// (model.md §4.8): no run of more than `maxRun` armed periods and at most `maxCount` in all.
/// One dynamic programme, shared by the greedy heuristic (which periods to open to armed
/// officers) and the Lagrangian bound (each area's best pattern at the current prices).
enum ArmedPattern {
    /// States beyond which the duration limits are dropped: every period takes its better
    /// value. That is a relaxation, so the result is still an upper bound on the optimum.
    static let stateLimit = 4_000_000

    /// The pattern maximising `Σ_t (armed[t] ? values[t].armed : values[t].unarmed)` within the
    /// limits; a value of `-∞` marks a choice that is not possible. Ties keep the unarmed
    /// choice and the earliest state.
    ///
    /// - Parameters:
    ///   - values: per period, the area's value without and with armed presence.
    ///   - maxRun: the longest run of armed periods (`armedMaxConsecutivePeriods`); at least `T`
    ///     when none is set.
    ///   - maxCount: the most armed periods in all (`armedMaxPeriodsPerArea`); at least `T`
    ///     when none is set.
    /// - Returns: the best total and which periods are armed, or `nil` when no pattern is
    ///   possible (some period has neither choice).
    /// - Complexity: O(T × runs × counts), where a limit that cannot bind (`≥ T`) is not
    ///   tracked, so without limits it is O(T).
    static func best(
        _ values: [(unarmed: Double, armed: Double)], maxRun: Int, maxCount: Int
    ) -> (value: Double, armed: [Bool])? {
        let T = values.count
        let trackRun = maxRun < T
        let trackCount = maxCount < T
        let runs = trackRun ? max(0, maxRun) + 1 : 1
        let counts = trackCount ? max(0, maxCount) + 1 : 1
        guard (T + 1) * runs * counts <= stateLimit else { return relaxed(values) }
        let nextRun = { (r: Int) in trackRun ? r + 1 : 0 }
        let nextCount = { (c: Int) in trackCount ? c + 1 : 0 }
        let unreachable = -Double.infinity
        // best[t][r][c]: the best sum over periods < t ending with an armed run of r, c armed.
        var best = [Double](repeating: unreachable, count: (T + 1) * runs * counts)
        var previousRun = [Int32](repeating: -1, count: (T + 1) * runs * counts)
        var taken = [Bool](repeating: false, count: (T + 1) * runs * counts)
        func at(_ t: Int, _ r: Int, _ c: Int) -> Int { (t * runs + r) * counts + c }
        best[at(0, 0, 0)] = 0
        for t in 0..<T {
            for r in 0..<runs {
                for c in 0..<counts where best[at(t, r, c)] > unreachable {
                    let here = best[at(t, r, c)]
                    if values[t].unarmed > unreachable, here + values[t].unarmed > best[at(t + 1, 0, c)] {
                        best[at(t + 1, 0, c)] = here + values[t].unarmed
                        previousRun[at(t + 1, 0, c)] = Int32(r)
                        taken[at(t + 1, 0, c)] = false
                    }
                    let (r1, c1) = (nextRun(r), nextCount(c))
                    if values[t].armed > unreachable, r1 < runs, c1 < counts,
                        here + values[t].armed > best[at(t + 1, r1, c1)]
                    {
                        best[at(t + 1, r1, c1)] = here + values[t].armed
                        previousRun[at(t + 1, r1, c1)] = Int32(r)
                        taken[at(t + 1, r1, c1)] = true
                    }
                }
            }
        }
        var end = (r: 0, c: 0)
        for r in 0..<runs {
            for c in 0..<counts where best[at(T, r, c)] > best[at(T, end.r, end.c)] {
                end = (r, c)
            }
        }
        let total = best[at(T, end.r, end.c)]
        guard total > unreachable else { return nil }
        var armed = [Bool](repeating: false, count: T)
        var (r, c) = end
        for t in stride(from: T, to: 0, by: -1) {
            let wasTaken = taken[at(t, r, c)]
            r = Int(previousRun[at(t, r, c)])
            if wasTaken {
                armed[t - 1] = true
                if trackCount { c -= 1 }
            }
        }
        return (total, armed)
    }

    /// Every period takes its better value, limits ignored.
    private static func relaxed(_ values: [(unarmed: Double, armed: Double)]) -> (value: Double, armed: [Bool])? {
        var total = 0.0
        var armed: [Bool] = []
        for v in values {
            let best = max(v.unarmed, v.armed)
            guard best > -.infinity else { return nil }
            total += best
            armed.append(v.armed > v.unarmed)
        }
        return (total, armed)
    }
}
