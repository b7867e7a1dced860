import Foundation

/// The report's charts as self-contained SVG: a heat map, paired bars and a line. The one place
/// SVG is written; every text is escaped and every number formatted here.
public enum SVGChart {
    /// Officers per area (rows) and period (columns), darker for more; `marked` cells (armed)
    /// are outlined and carry a dot, so the mark does not rely on colour alone.
    public static func heatMap(rows: [String], columns: [String], values: [[Int]], marked: [[Bool]]) -> String {
        let cell = 26.0
        let left = 8.0 + 7.0 * Double(rows.map(\.count).max() ?? 4)
        let top = 8.0 + 6.5 * Double(columns.map(\.count).max() ?? 4)
        let width = left + cell * Double(columns.count) + 8
        let height = top + cell * Double(rows.count) + 8
        let most = max(1, values.flatMap { $0 }.max() ?? 1)
        var svg = open(width: width, height: height, label: "Officers by area and period; armed deployments outlined")
        for (c, column) in columns.enumerated() {
            let x = left + cell * (Double(c) + 0.5)
            svg += "<text x=\"\(n(x))\" y=\"\(n(top - 4))\" transform=\"rotate(-60 \(n(x)) \(n(top - 4)))\" font-size=\"10\">\(escape(column))</text>"
        }
        for (r, row) in rows.enumerated() {
            let y = top + cell * Double(r)
            svg += "<text x=\"\(n(left - 4))\" y=\"\(n(y + cell * 0.65))\" text-anchor=\"end\" font-size=\"10\">\(escape(row))</text>"
            for (c, _) in columns.enumerated() {
                let value = values[r][c]
                let x = left + cell * Double(c)
                let shade = value == 0 ? 0.0 : 0.15 + 0.85 * Double(value) / Double(most)
                svg += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(cell - 2))\" height=\"\(n(cell - 2))\" fill=\"#1f4e79\" fill-opacity=\"\(n(shade))\" stroke=\"\(marked[r][c] ? "#b00020" : "#cccccc")\" stroke-width=\"\(marked[r][c] ? 2 : 0.5)\"><title>\(escape(row)) \(escape(columns[c])): \(value) officers\(marked[r][c] ? ", armed" : "")</title></rect>"
                if value > 0 {
                    let fill = shade > 0.55 ? "#ffffff" : "#000000"
                    svg += "<text x=\"\(n(x + (cell - 2) / 2))\" y=\"\(n(y + cell * 0.62))\" text-anchor=\"middle\" font-size=\"9\" fill=\"\(fill)\">\(value)\(marked[r][c] ? "•" : "")</text>"
                }
            }
        }
        return svg + "</svg>"
    }

    /// Two bars per label (before, after), horizontal.
    public static func pairedBars(labels: [String], before: [Double], after: [Double], legend: (String, String)) -> String {
        let bar = 8.0
        let left = 8.0 + 7.0 * Double(labels.map(\.count).max() ?? 4)
        let plot = 360.0
        let height = 30 + Double(labels.count) * (2 * bar + 6)
        let most = max(1e-9, (before + after).max() ?? 1)
        var svg = open(width: left + plot + 70, height: height, label: "Risk by area, \(legend.0) and \(legend.1)")
        svg += "<rect x=\"\(n(left))\" y=\"4\" width=\"10\" height=\"8\" fill=\"#9aa5b1\"/><text x=\"\(n(left + 14))\" y=\"12\" font-size=\"10\">\(escape(legend.0))</text>"
        svg += "<rect x=\"\(n(left + 120))\" y=\"4\" width=\"10\" height=\"8\" fill=\"#1f4e79\"/><text x=\"\(n(left + 134))\" y=\"12\" font-size=\"10\">\(escape(legend.1))</text>"
        for (i, label) in labels.enumerated() {
            let y = 22 + Double(i) * (2 * bar + 6)
            svg += "<text x=\"\(n(left - 4))\" y=\"\(n(y + bar + 3))\" text-anchor=\"end\" font-size=\"10\">\(escape(label))</text>"
            for (k, value) in [before[i], after[i]].enumerated() {
                let w = plot * value / most
                let yy = y + Double(k) * bar
                svg += "<rect x=\"\(n(left))\" y=\"\(n(yy))\" width=\"\(n(w))\" height=\"\(n(bar - 1))\" fill=\"\(k == 0 ? "#9aa5b1" : "#1f4e79")\"/>"
                svg += "<text x=\"\(n(left + w + 3))\" y=\"\(n(yy + bar - 1))\" font-size=\"8\">\(String(format: "%.1f", value))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// A line through `points` (x ascending), with axes and labelled points.
    public static func line(points: [(x: Double, y: Double)], xLabel: String, yLabel: String) -> String {
        let (width, height, left, bottom) = (460.0, 240.0, 60.0, 36.0)
        let xs = points.map(\.x)
        let ys = points.map(\.y)
        let (x0, x1) = (xs.min() ?? 0, max((xs.max() ?? 1), (xs.min() ?? 0) + 1e-9))
        let (y0, y1) = (ys.min() ?? 0, max((ys.max() ?? 1), (ys.min() ?? 0) + 1e-9))
        func px(_ x: Double) -> Double { left + (width - left - 10) * (x - x0) / (x1 - x0) }
        func py(_ y: Double) -> Double { height - bottom - (height - bottom - 24) * (y - y0) / (y1 - y0) }
        var svg = open(width: width, height: height, label: "\(yLabel) against \(xLabel)")
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(height - bottom))\" x2=\"\(n(width - 10))\" y2=\"\(n(height - bottom))\" stroke=\"#000\"/>"
        svg += "<line x1=\"\(n(left))\" y1=\"10\" x2=\"\(n(left))\" y2=\"\(n(height - bottom))\" stroke=\"#000\"/>"
        svg += "<text x=\"\(n((left + width) / 2))\" y=\"\(n(height - 6))\" text-anchor=\"middle\" font-size=\"11\">\(escape(xLabel))</text>"
        svg += "<text x=\"12\" y=\"\(n((height - bottom) / 2))\" transform=\"rotate(-90 12 \(n((height - bottom) / 2)))\" text-anchor=\"middle\" font-size=\"11\">\(escape(yLabel))</text>"
        let path = points.map { "\(n(px($0.x))),\(n(py($0.y)))" }.joined(separator: " ")
        svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\"/>"
        for point in points {
            svg += "<circle cx=\"\(n(px(point.x)))\" cy=\"\(n(py(point.y)))\" r=\"3\" fill=\"#1f4e79\"/>"
            svg += "<text x=\"\(n(px(point.x)))\" y=\"\(n(height - bottom + 14))\" text-anchor=\"middle\" font-size=\"9\">\(n(point.x))</text>"
            // Labels right of their point, or left of it near the right edge.
            let nearEdge = px(point.x) > width - 60
            svg += "<text x=\"\(n(px(point.x) + (nearEdge ? -4 : 4)))\" y=\"\(n(py(point.y) - 5))\" text-anchor=\"\(nearEdge ? "end" : "start")\" font-size=\"9\">\(String(format: "%.1f", point.y))</text>"
        }
        return svg + "</svg>"
    }

    /// A curve of value against `x` with its bound as a band above it, on a y axis with
    /// labelled ticks; each point labelled with its relative change, steps within the gaps
    /// (`noise`) drawn hollow and marked ≈.
    public static func band(
        points: [(x: Double, value: Double, bound: Double, change: Double, noise: Bool)], xLabel: String, yLabel: String
    ) -> String {
        let (width, height, left, right, top, bottom) = (520.0, 290.0, 74.0, 16.0, 28.0, 44.0)
        var svg = open(width: width, height: height, label: "\(yLabel) against \(xLabel), with the bound as a band")
        guard let first = points.first else { return svg + "</svg>" }
        let xs = points.map(\.x)
        let (x0, x1) = (xs.min() ?? 0, max(xs.max() ?? 1, (xs.min() ?? 0) + 1e-9))
        var lo = points.map(\.value).min() ?? first.value
        var hi = points.map { max($0.bound, $0.value) }.max() ?? first.bound
        // At least ±0.5% of the level, so that a flat curve is drawn flat, not as noise.
        let minimumSpan = 0.01 * max(1, abs(hi))
        if hi - lo < minimumSpan {
            let middle = (hi + lo) / 2
            lo = middle - minimumSpan / 2
            hi = middle + minimumSpan / 2
        }
        let ticks = niceTicks(lo, hi)
        let (y0, y1) = (min(lo, ticks.first ?? lo), max(hi, ticks.last ?? hi))
        func px(_ x: Double) -> Double { left + (width - left - right) * (x - x0) / (x1 - x0) }
        func py(_ y: Double) -> Double { height - bottom - (height - bottom - top) * (y - y0) / (y1 - y0) }
        for tick in ticks {
            svg += "<line x1=\"\(n(left))\" y1=\"\(n(py(tick)))\" x2=\"\(n(width - right))\" y2=\"\(n(py(tick)))\" stroke=\"#e0e0e0\"/>"
            svg += "<text x=\"\(n(left - 4))\" y=\"\(n(py(tick) + 3))\" text-anchor=\"end\" font-size=\"9\">\(tickLabel(tick, step: ticks.count > 1 ? ticks[1] - ticks[0] : 1))</text>"
        }
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(height - bottom))\" x2=\"\(n(width - right))\" y2=\"\(n(height - bottom))\" stroke=\"#000\"/>"
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(height - bottom))\" stroke=\"#000\"/>"
        svg += "<text x=\"\(n((left + width) / 2))\" y=\"\(n(height - 8))\" text-anchor=\"middle\" font-size=\"11\">\(escape(xLabel))</text>"
        svg += "<text x=\"12\" y=\"\(n((height - bottom + top) / 2))\" transform=\"rotate(-90 12 \(n((height - bottom + top) / 2)))\" text-anchor=\"middle\" font-size=\"11\">\(escape(yLabel))</text>"
        let lower = points.map { "\(n(px($0.x))),\(n(py($0.value)))" }
        let upper = points.reversed().map { "\(n(px($0.x))),\(n(py(max($0.bound, $0.value))))" }
        svg += "<polygon points=\"\((lower + upper).joined(separator: " "))\" fill=\"#1f4e79\" fill-opacity=\"0.15\" stroke=\"none\"/>"
        svg += "<polyline points=\"\(points.map { "\(n(px($0.x))),\(n(py(max($0.bound, $0.value))))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#1f4e79\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>"
        svg += "<polyline points=\"\(lower.joined(separator: " "))\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\"/>"
        for (i, point) in points.enumerated() {
            let (x, y) = (px(point.x), py(point.value))
            svg += "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3.5\" fill=\"\(point.noise ? "#ffffff" : "#1f4e79")\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/>"
            svg += "<text x=\"\(n(x))\" y=\"\(n(height - bottom + 14))\" text-anchor=\"middle\" font-size=\"9\">\(n(point.x))</text>"
            let nearEdge = x > width - 70
            let label = i == 0 ? "base" : (point.change > 0 ? "+" : point.change < 0 ? "−" : "±") + String(format: "%.2g%%", abs(point.change) * 100) + (point.noise ? " ≈" : "")
            svg += "<text x=\"\(n(x + (nearEdge ? -5 : 5)))\" y=\"\(n(y + 13))\" text-anchor=\"\(nearEdge ? "end" : "start")\" font-size=\"9\">\(escape(label))</text>"
        }
        // Legend.
        svg += "<line x1=\"\(n(left + 6))\" y1=\"12\" x2=\"\(n(left + 26))\" y2=\"12\" stroke=\"#1f4e79\" stroke-width=\"2\"/><text x=\"\(n(left + 30))\" y=\"15\" font-size=\"9\">value</text>"
        svg += "<rect x=\"\(n(left + 70))\" y=\"7\" width=\"20\" height=\"10\" fill=\"#1f4e79\" fill-opacity=\"0.15\" stroke=\"#1f4e79\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/><text x=\"\(n(left + 94))\" y=\"15\" font-size=\"9\">up to the bound: the best plan lies in the band</text>"
        svg += "<circle cx=\"\(n(left + 330))\" cy=\"12\" r=\"3.5\" fill=\"#ffffff\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/><text x=\"\(n(left + 337))\" y=\"15\" font-size=\"9\">≈ within the gaps</text>"
        return svg + "</svg>"
    }

    /// About five round tick values covering [lo, hi].
    static func niceTicks(_ lo: Double, _ hi: Double) -> [Double] {
        let span = max(hi - lo, 1e-12)
        let raw = span / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let start = floor(lo / step) * step
        var ticks: [Double] = []
        var v = start
        while v <= hi + step * 0.999 && ticks.count < 12 {
            ticks.append(v)
            v += step
        }
        return ticks
    }

    /// A tick value with as many decimals as its step needs.
    static func tickLabel(_ v: Double, step: Double) -> String {
        let decimals = max(0, min(6, Int(-floor(log10(step)))))
        return String(format: "%.\(decimals)f", v)
    }

    static func open(width: Double, height: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(escape(label))\" font-family=\"sans-serif\">"
    }

    /// XML text and attribute escaping: ``Escaping/svgText(_:)``.
    public static func escape(_ s: String) -> String {
        Escaping.svgText(s)
    }

    /// Coordinates with at most one decimal.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }
}
