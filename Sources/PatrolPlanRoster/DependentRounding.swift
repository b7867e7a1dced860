internal import PatrolPlanResults
/// Dependent rounding on a bipartite graph (Gandhi, Khuller, Parthasarathy and Srinivasan,
/// "Dependent rounding and its applications to approximation algorithms", J. ACM 53(3), 2006).
///
/// Every edge carries a non-negative value and is rounded to the integer just below or just
/// above it, so that
/// 1. **marginals** are exact: the expected rounded value of each edge is its value;
/// 2. **degrees** are kept: each vertex's rounded sum is the floor or the ceiling of its sum,
///    and exactly its sum when that is an integer.
///
/// Method: while an edge is fractional, find a cycle or a maximal path (both ends with a
/// single fractional edge) of fractional edges. Its edges alternate between two matchings;
/// move one up and the other down by `α` (the most before an edge becomes integral) with
/// probability `β / (α + β)`, else the other way by `β`. The expected move of every edge is 0,
/// inner vertices keep their sums, and an end vertex's single fractional edge stays between
/// its floor and ceiling. Each step makes at least one edge integral.
package enum DependentRounding {
    /// An edge between left vertex `left` and right vertex `right`.
    struct Edge: Sendable, Equatable {
        var left: Int
        var right: Int
        var value: Double
    }

    /// Values within this of an integer are that integer (solver and blending noise).
    static let tolerance = CoverageTarget.tolerance

    /// The rounded value of every edge, in the order given.
    static func round(
        _ edges: [Edge], leftCount: Int, rightCount: Int, using rng: inout some RandomNumberGenerator
    ) -> [Int] {
        var graph = FractionalGraph(edges, vertexCount: leftCount + rightCount, leftCount: leftCount)
        var start = 0
        while true {
            while start < graph.vertexCount && graph.isSettled(start) { start += 1 }
            guard start < graph.vertexCount else { break }
            var walk = graph.walk(from: start)
            if !walk.isCycle {
                // The walk ended at a vertex with one fractional edge: from there, it meets a
                // cycle or ends at another such vertex.
                walk = graph.walk(from: walk.end)
            }
            graph.move(walk.edges, using: &rng)
        }
        return graph.values.map { Int($0.rounded()) }
    }
}

/// The rounding's state: edge values and, per vertex, its still-fractional edges.
private struct FractionalGraph {
    let ends: [(Int, Int)]
    var values: [Double]
    /// Fractional edges at each vertex (unordered; removal swaps with the last).
    var fractional: [[Int]]
    /// Where edge e sits in its two ends' lists.
    var slot: [(Int, Int)]
    /// Position of each vertex on the current walk, or -1.
    var onWalk: [Int]

    var vertexCount: Int { fractional.count }

    init(_ edges: [DependentRounding.Edge], vertexCount: Int, leftCount: Int) {
        ends = edges.map { ($0.left, leftCount + $0.right) }
        values = edges.map { Self.snapped(max(0, $0.value)) }
        fractional = [[Int]](repeating: [], count: vertexCount)
        slot = [(Int, Int)](repeating: (-1, -1), count: edges.count)
        onWalk = [Int](repeating: -1, count: vertexCount)
        for (e, (u, v)) in ends.enumerated() where values[e] != values[e].rounded(.down) {
            slot[e] = (fractional[u].count, fractional[v].count)
            fractional[u].append(e)
            fractional[v].append(e)
        }
    }

    static func snapped(_ x: Double) -> Double {
        abs(x - x.rounded()) <= DependentRounding.tolerance ? x.rounded() : x
    }

    func isSettled(_ v: Int) -> Bool {
        fractional[v].isEmpty
    }

    func other(_ e: Int, than v: Int) -> Int {
        ends[e].0 == v ? ends[e].1 : ends[e].0
    }

    /// A fractional edge at `v` other than `except`.
    func nextEdge(at v: Int, except: Int) -> Int? {
        let list = fractional[v]
        if let first = list.first, first != except { return first }
        return list.count > 1 ? list[1] : nil
    }

    /// Follows fractional edges from `start` until a vertex repeats (a cycle: its edges are
    /// returned) or no other fractional edge leaves the current vertex (a path ending there).
    mutating func walk(from start: Int) -> (edges: [Int], isCycle: Bool, end: Int) {
        var vertices = [start]
        var edges: [Int] = []
        onWalk[start] = 0
        defer { for v in vertices { onWalk[v] = -1 } }
        var current = start
        var last = -1
        while let e = nextEdge(at: current, except: last) {
            let next = other(e, than: current)
            if onWalk[next] >= 0 {
                return (Array(edges[onWalk[next]...]) + [e], true, next)
            }
            onWalk[next] = vertices.count
            vertices.append(next)
            edges.append(e)
            current = next
            last = e
        }
        return (edges, false, current)
    }

    /// One rounding step on a cycle or maximal path: even edges up and odd edges down by `α`,
    /// or the reverse by `β`, with probabilities `β / (α + β)` and `α / (α + β)`.
    mutating func move(_ walk: [Int], using rng: inout some RandomNumberGenerator) {
        var alpha = (amount: Double.infinity, edge: -1)
        var beta = (amount: Double.infinity, edge: -1)
        for (i, e) in walk.enumerated() {
            let up = values[e].rounded(.up) - values[e]
            let down = values[e] - values[e].rounded(.down)
            let (a, b) = i % 2 == 0 ? (up, down) : (down, up)
            if a < alpha.amount { alpha = (a, i) }
            if b < beta.amount { beta = (b, i) }
        }
        let forward = rng.unitInterval() < beta.amount / (alpha.amount + beta.amount)
        let (delta, settling) = forward ? (alpha.amount, alpha.edge) : (-beta.amount, beta.edge)
        for (i, e) in walk.enumerated() {
            let old = values[e]
            let up = (i % 2 == 0) == forward
            values[e] = i == settling
                ? (up ? old.rounded(.up) : old.rounded(.down))  // exactly integral: progress
                : Self.snapped(old + (i % 2 == 0 ? delta : -delta))
            if values[e] == values[e].rounded(.down) { remove(e) }
        }
    }

    /// Takes edge `e` off its ends' fractional lists.
    mutating func remove(_ e: Int) {
        let (u, v) = ends[e]
        let (su, sv) = slot[e]
        guard su >= 0 else { return }
        removeEntry(at: su, of: u)
        removeEntry(at: sv, of: v)
        slot[e] = (-1, -1)
    }

    private mutating func removeEntry(at index: Int, of v: Int) {
        let moved = fractional[v].removeLast()
        guard index < fractional[v].count else { return }
        fractional[v][index] = moved
        if ends[moved].0 == v { slot[moved].0 = index } else { slot[moved].1 = index }
    }
}
