import Testing
@testable import _PatrolPlanNumerics

/// Conversions that never trap (issue 14), at the extremes a valid scenario can reach.
@Suite("Numerics: conversions and arithmetic that never trap")
struct SafeConversionTests {
    @Test(arguments: [
        (Double.nan, 0), (-.infinity, 0), (-1, 0), (0, 0), (2.5, 2), (1e300, SafeConversion.countLimit),
        (.infinity, SafeConversion.countLimit), (Double.leastNonzeroMagnitude, 0),
    ])
    func countsAreClamped(_ value: Double, _ expected: Int) {
        #expect(SafeConversion.count(value, rounding: .down) == expected)
    }

    @Test func exactIntegersOnly() {
        #expect(SafeConversion.exactInt(2.0) == 2)
        #expect(SafeConversion.exactInt(2.5) == nil)
        #expect(SafeConversion.exactInt(1e19) == nil)
        #expect(SafeConversion.exactInt(.nan) == nil)
    }

    @Test func timeLimitsOfAnySize() {
        #expect(SafeConversion.milliseconds(seconds: 1.5) == 1500)
        #expect(SafeConversion.milliseconds(seconds: 1e16) == SafeConversion.millisecondLimit)
        #expect(SafeConversion.milliseconds(seconds: -3) == 0)
    }

    @Test func ratiosStayFinite() {
        #expect(SafeConversion.ratio(1, 1e-320).isFinite)
        #expect(SafeConversion.ratio(0, 0) == 0)
        #expect(SafeConversion.ratio(6, 3) == 2)
    }

    @Test func sumsAndProductsSaturate() {
        #expect(saturatingAdd(Int.max, 1) == Int.max)
        #expect(saturatingAdd(2, 3) == 5)
        #expect(saturatingMultiply(Int.max / 2, 3) == Int.max)
        #expect(saturatingMultiply(4, 5) == 20)
    }
}
