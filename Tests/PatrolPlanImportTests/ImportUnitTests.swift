import Foundation
@testable import PatrolPlanImport
import Testing

@Suite("Import building blocks")
struct ImportUnitTests {
    @Test func pointInPolygonAndCentroid() {
        let square = [GeoPoint(lon: 0, lat: 0), GeoPoint(lon: 2, lat: 0), GeoPoint(lon: 2, lat: 2), GeoPoint(lon: 0, lat: 2), GeoPoint(lon: 0, lat: 0)]
        let hole = [GeoPoint(lon: 0.5, lat: 0.5), GeoPoint(lon: 1, lat: 0.5), GeoPoint(lon: 1, lat: 1), GeoPoint(lon: 0.5, lat: 1), GeoPoint(lon: 0.5, lat: 0.5)]
        let shape = GeoShape(polygons: [[square, hole]])
        #expect(shape.contains(GeoPoint(lon: 1.5, lat: 1.5)))
        #expect(!shape.contains(GeoPoint(lon: 0.75, lat: 0.75)))
        #expect(!shape.contains(GeoPoint(lon: 3, lat: 1)))
        let c = GeoShape(polygons: [[square]]).centroid!
        #expect(abs(c.lon - 1) < 1e-9 && abs(c.lat - 1) < 1e-9)
    }
}
