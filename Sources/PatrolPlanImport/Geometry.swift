import Foundation

/// A point in WGS84 degrees (RFC 7946 order: longitude first).
package struct GeoPoint: Sendable, Equatable {
    package var lon: Double
    package var lat: Double
    package init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}

/// A GeoJSON Polygon or MultiPolygon: polygons of rings, the first ring of each the outer
/// boundary, the others holes; rings closed (first point = last point).
package struct GeoShape: Sendable {
    package var polygons: [[[GeoPoint]]]

    package init(polygons: [[[GeoPoint]]]) {
        self.polygons = polygons
    }

    /// Even-odd rule over every ring of every polygon (holes subtract; a point exactly on an
    /// edge may fall either side, and is then placed in the first area that claims it).
    package func contains(_ p: GeoPoint) -> Bool {
        guard box.contains(p) else { return false }
        for polygon in polygons {
            var inside = false
            for ring in polygon where Self.ringContains(ring, p) { inside.toggle() }
            if inside { return true }
        }
        return false
    }

    /// Ray casting towards +longitude.
    static func ringContains(_ ring: [GeoPoint], _ p: GeoPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.lat > p.lat) != (b.lat > p.lat) {
                let x = (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon
                if p.lon < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }

    /// Bounding box of the outer rings.
    package var box: GeoBox {
        var box = GeoBox()
        for polygon in polygons { for p in polygon.first ?? [] { box.add(p) } }
        return box
    }

    /// The area-weighted centroid of the outer rings less the holes (the shoelace formula on
    /// longitude and latitude scaled by cos(latitude), accurate at ward scale).
    package var centroid: GeoPoint? {
        let box = self.box
        guard box.minLat <= box.maxLat else { return nil }
        let k = cos((box.minLat + box.maxLat) / 2 * .pi / 180)
        var a = 0.0, cx = 0.0, cy = 0.0
        for polygon in polygons {
            for (r, ring) in polygon.enumerated() where ring.count >= 3 {
                var ra = 0.0, rx = 0.0, ry = 0.0
                for i in 0..<(ring.count - 1) {
                    let x0 = ring[i].lon * k, y0 = ring[i].lat
                    let x1 = ring[i + 1].lon * k, y1 = ring[i + 1].lat
                    let cross = x0 * y1 - x1 * y0
                    ra += cross
                    rx += (x0 + x1) * cross
                    ry += (y0 + y1) * cross
                }
                // Whatever a ring's winding, the outer ring adds and holes subtract.
                let sign: Double = (r == 0) == (ra >= 0) ? 1 : -1
                a += sign * ra
                cx += sign * rx
                cy += sign * ry
            }
        }
        guard abs(a) > 0 else { return nil }
        return GeoPoint(lon: cx / (3 * a) / k, lat: cy / (3 * a))
    }
}

package struct GeoBox: Sendable {
    package var minLon = Double.infinity, minLat = Double.infinity
    package var maxLon = -Double.infinity, maxLat = -Double.infinity
    mutating func add(_ p: GeoPoint) {
        minLon = min(minLon, p.lon)
        maxLon = max(maxLon, p.lon)
        minLat = min(minLat, p.lat)
        maxLat = max(maxLat, p.lat)
    }
    func contains(_ p: GeoPoint) -> Bool {
        p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat
    }
}

/// Great-circle distance in metres (haversine, mean Earth radius 6,371,008.8 m).
package func distanceMetres(_ a: GeoPoint, _ b: GeoPoint) -> Double {
    let r = 6_371_008.8
    let φ1 = a.lat * .pi / 180, φ2 = b.lat * .pi / 180
    let dφ = φ2 - φ1, dλ = (b.lon - a.lon) * .pi / 180
    let h = sin(dφ / 2) * sin(dφ / 2) + cos(φ1) * cos(φ2) * sin(dλ / 2) * sin(dλ / 2)
    return 2 * r * asin(min(1, h.squareRoot()))
}
