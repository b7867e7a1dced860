/// Draws used by the synthetic scenario, defined on ``SplitMix64`` alone so that a seed gives
/// the same scenario with any Swift version.
extension SplitMix64 {
    /// A generator for one stage of the synthesis, so that changing one stage's draws leaves the
    /// others' unchanged.
    static func stream(_ seed: UInt64, _ stage: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (stage &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextDouble()
    }

    /// Uniform in the closed range (by rejection-free scaling; the bias is below 2^-50).
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        let span = Double(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + min(Int(nextDouble() * span), range.upperBound - range.lowerBound)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        nextDouble() < p
    }

    /// One of `values`, each with its weight (weights ≥ 0, not all 0).
    mutating func weighted<T>(_ values: [(T, Double)]) -> T {
        let total = values.reduce(0) { $0 + $1.1 }
        var target = nextDouble() * total
        for (value, weight) in values {
            if target < weight { return value }
            target -= weight
        }
        return values[values.count - 1].0
    }
}

/// Cumulative weights for repeated weighted draws of an index in O(log n).
struct WeightedIndex {
    private var cumulative: [Double] = []

    init(_ weights: [Double]) {
        var total = 0.0
        cumulative = weights.map { weight in
            total += max(0, weight)
            return total
        }
    }

    /// Whether every weight is 0 (no draw is possible).
    var isEmpty: Bool { (cumulative.last ?? 0) <= 0 }

    /// An index drawn with probability proportional to its weight.
    func draw(_ rng: inout SplitMix64) -> Int {
        let target = rng.nextDouble() * (cumulative.last ?? 0)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Rounds to `places` decimal places, as a planner would write the number.
func roundDecimal(_ value: Double, _ places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (value * scale).rounded() / scale
}
