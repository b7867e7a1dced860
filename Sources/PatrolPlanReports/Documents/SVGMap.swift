import Foundation
public import PatrolPlanScenario

/// Areas as a map in self-contained SVG: polygons when the scenario gives `boundary`
/// (scenario@2), points at `location` otherwise. Shade gives a value per area; armed areas are
/// hatched and outlined (points: ringed), so the mark does not rely on colour alone. The
/// larger maps carry a scale bar and a north arrow (north is up: an equirectangular projection
/// scaled by cos(latitude), true at ward and city scale).
public enum SVGMap {
    /// One area's place on the map.
    public struct Place: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Rings of each polygon as (lon, lat); empty when the area has no boundary.
        public var polygons: [[[Location]]]
        public var point: Location?

        public init(id: String, name: String, polygons: [[[Location]]], point: Location?) {
            self.id = id
            self.name = name
            self.polygons = polygons
            self.point = point
        }

        init(_ area: Area) {
            self.init(id: area.id, name: area.name ?? area.id, polygons: area.boundary?.polygons ?? [], point: area.location)
        }
    }

    /// The projection shared by every map of one set of places, so small multiples line up.
    struct Frame {
        var minLon: Double, maxLat: Double
        var k: Double
        var scale: Double
        var width: Double, height: Double
        var pad: Double

        init?(_ places: [Place], width: Double, maxHeight: Double, pad: Double) {
            var lons: [Double] = [], lats: [Double] = []
            for place in places {
                for ring in place.polygons.lazy.flatMap({ $0 }) {
                    for p in ring {
                        lons.append(p.lon)
                        lats.append(p.lat)
                    }
                }
                if place.polygons.isEmpty, let p = place.point {
                    lons.append(p.lon)
                    lats.append(p.lat)
                }
            }
            guard let minLon = lons.min(), let maxLon = lons.max(), let minLat = lats.min(), let maxLat = lats.max() else {
                return nil
            }
            let k = cos((minLat + maxLat) / 2 * .pi / 180)
            let spanX = max((maxLon - minLon) * k, 1e-6), spanY = max(maxLat - minLat, 1e-6)
            var scale = (width - 2 * pad) / spanX
            if spanY * scale > maxHeight - 2 * pad { scale = (maxHeight - 2 * pad) / spanY }
            self.minLon = minLon
            self.maxLat = maxLat
            self.k = k
            self.scale = scale
            self.pad = pad
            self.width = spanX * scale + 2 * pad
            self.height = spanY * scale + 2 * pad
        }

        func x(_ p: Location) -> Double { pad + (p.lon - minLon) * k * scale }
        func y(_ p: Location) -> Double { pad + (maxLat - p.lat) * scale }
        /// Metres on the ground per unit of the drawing (1° of latitude ≈ 111,320 m).
        var metresPerUnit: Double { 111_320 / scale }
    }

    /// One map. `values` (≥ 0) shade the areas against `maxValue`; `armed` areas are hatched;
    /// `labels` is each area's tooltip. `furniture` adds the scale bar and the north arrow.
    static func render(
        _ places: [Place], frame: Frame, values: [Double], maxValue: Double, armed: [Bool], labels: [String],
        idPrefix: String, title: String, furniture: Bool, pointRadius: Double
    ) -> String {
        let hatch = "\(idPrefix)-armed"
        var svg = SVGChart.open(width: frame.width, height: frame.height + (furniture ? 24 : 0), label: title)
        svg += "<defs><pattern id=\"\(hatch)\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" patternTransform=\"rotate(45)\">"
        svg += "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#b00020\" stroke-width=\"1.6\"/></pattern></defs>"
        let most = max(maxValue, 1e-9)
        // Small maps of many points (a London ward-week: 679 points × 42 periods) draw only the
        // areas with officers, without tooltips, to keep the page a few megabytes.
        let sparse = !furniture && places.count > 100
        for (i, place) in places.enumerated() {
            let shade = values[i] <= 0 ? 0.0 : 0.12 + 0.88 * min(1, values[i] / most)
            let tip = sparse ? "" : "<title>\(SVGChart.escape(labels[i]))</title>"
            if sparse, place.polygons.isEmpty, values[i] <= 0, !armed[i] { continue }
            if !place.polygons.isEmpty {
                let d = path(place.polygons, frame)
                svg += "<path data-area=\"\(SVGChart.escape(place.id))\" d=\"\(d)\" fill=\"#1f4e79\" fill-opacity=\"\(n2(shade))\" fill-rule=\"evenodd\" stroke=\"#555555\" stroke-width=\"0.5\">\(tip)</path>"
                if armed[i] {
                    svg += "<path d=\"\(d)\" fill=\"url(#\(hatch))\" fill-rule=\"evenodd\" stroke=\"#b00020\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
                }
            } else if let p = place.point {
                let r = pointRadius * (values[i] <= 0 ? 0.6 : 0.8 + 0.7 * min(1, values[i] / most).squareRoot())
                svg += "<circle data-area=\"\(SVGChart.escape(place.id))\" cx=\"\(SVGChart.n(frame.x(p)))\" cy=\"\(SVGChart.n(frame.y(p)))\" r=\"\(n2(r))\" fill=\"#1f4e79\" fill-opacity=\"\(n2(max(0.15, shade)))\" stroke=\"#555555\" stroke-width=\"0.3\">\(tip)</circle>"
                if armed[i] {
                    let s = r + 2.5
                    svg += "<rect x=\"\(SVGChart.n(frame.x(p) - s))\" y=\"\(SVGChart.n(frame.y(p) - s))\" width=\"\(SVGChart.n(2 * s))\" height=\"\(SVGChart.n(2 * s))\" fill=\"none\" stroke=\"#b00020\" stroke-width=\"1.5\"/>"
                }
            }
        }
        if furniture {
            svg += scaleBar(frame)
            svg += northArrow(frame)
        }
        return svg + "</svg>"
    }

    /// An SVG path of every ring, in drawing units rounded to 0.1; points closer than half a
    /// unit to the last one drawn are skipped (a ward stays recognisable on a small map).
    static func path(_ polygons: [[[Location]]], _ frame: Frame) -> String {
        var d = ""
        for ring in polygons.lazy.flatMap({ $0 }) {
            var last: (Double, Double)?
            var count = 0
            for (j, p) in ring.enumerated() {
                let q = (frame.x(p), frame.y(p))
                if let last, j < ring.count - 1, abs(q.0 - last.0) + abs(q.1 - last.1) < 0.5 { continue }
                d += (count == 0 ? "M" : "L") + SVGChart.n(q.0) + " " + SVGChart.n(q.1)
                last = q
                count += 1
            }
            d += "Z"
        }
        return d
    }

    /// A bar of a round length (50 m to 50 km), about a quarter of the map's width.
    static func scaleBar(_ frame: Frame) -> String {
        let target = frame.width * 0.3 * frame.metresPerUnit
        let lengths: [Double] = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000]
        let metres = lengths.last { $0 <= target } ?? lengths[0]
        let w = metres / frame.metresPerUnit
        let x = 8.0, y = frame.height + 14
        let label = metres >= 1000 ? "\(SVGChart.n(metres / 1000)) km" : "\(Int(metres)) m"
        var svg = "<g aria-label=\"scale bar \(label)\">"
        svg += "<rect x=\"\(SVGChart.n(x))\" y=\"\(SVGChart.n(y - 4))\" width=\"\(SVGChart.n(w / 2))\" height=\"4\" fill=\"#000000\"/>"
        svg += "<rect x=\"\(SVGChart.n(x + w / 2))\" y=\"\(SVGChart.n(y - 4))\" width=\"\(SVGChart.n(w / 2))\" height=\"4\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"0.8\"/>"
        svg += "<text x=\"\(SVGChart.n(x))\" y=\"\(SVGChart.n(y + 9))\" font-size=\"9\">0</text>"
        svg += "<text x=\"\(SVGChart.n(x + w))\" y=\"\(SVGChart.n(y + 9))\" font-size=\"9\" text-anchor=\"middle\">\(label)</text>"
        return svg + "</g>"
    }

    /// Numbers in [0, 1] (opacities, radii) with at most two decimals.
    static func n2(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(format: "%.2f", r)
    }

    static func northArrow(_ frame: Frame) -> String {
        let x = frame.width - 16, y = frame.height + 2
        return "<g aria-label=\"north arrow\"><path d=\"M\(SVGChart.n(x)) \(SVGChart.n(y - 20))L\(SVGChart.n(x + 6)) \(SVGChart.n(y))L\(SVGChart.n(x)) \(SVGChart.n(y - 5))L\(SVGChart.n(x - 6)) \(SVGChart.n(y))Z\" fill=\"#000000\"/>"
            + "<text x=\"\(SVGChart.n(x))\" y=\"\(SVGChart.n(y + 12))\" font-size=\"10\" text-anchor=\"middle\" font-weight=\"bold\">N</text></g>"
    }
}
