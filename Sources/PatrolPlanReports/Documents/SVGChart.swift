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
