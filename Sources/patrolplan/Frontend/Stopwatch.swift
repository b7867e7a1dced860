import PatrolPlan
/// Wall-clock laps, for ``RunTimings``.
public struct Stopwatch: Sendable {
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var last: ContinuousClock.Instant

    public init() {
        started = clock.now
        last = started
    }

    /// Seconds since the previous lap (or the start).
    public mutating func lap() -> Double {
        let now = clock.now
        defer { last = now }
        return (now - last) / .seconds(1)
    }

    /// Seconds since the start.
    public var total: Double { (clock.now - started) / .seconds(1) }
}
