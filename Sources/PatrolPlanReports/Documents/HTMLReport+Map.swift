extension HTMLReport {
    /// The areas as maps: officer-hours and risk reduced over the horizon (with a scale bar and
    /// a north arrow), then one small map per period (a period selector that needs no script),
    /// then the attribution of the scenario's sources.
    static func mapSection(_ map: ReportContent.MapData) -> String {
        let places = map.places
        let big = SVGMap.Frame(places, width: 340, maxHeight: 340, pad: 8)
        let small = SVGMap.Frame(places, width: 150, maxHeight: 150, pad: 4)
        guard let big, let small else { return "" }
        let names = places.map(\.name)
        let armedAny = map.armedPeriods.map { $0 > 0 }
        let shape = map.hasBoundaries ? "Areas" : "Areas (points: no boundaries in the scenario)"
        var html = "<h2>Map</h2>"
        html += "<p>\(shape) shaded by officer-hours over the horizon (left) and by risk reduced (right). "
        html += "Areas with armed officers in any period are hatched in red with a dashed outline (points: inside a red square).</p>"
        html += "<div class=\"figure\" style=\"display: flex; flex-wrap: wrap; gap: 8px;\">"
        html += SVGMap.render(
            places, frame: big, values: map.officerHours, maxValue: map.officerHours.max() ?? 1, armed: armedAny,
            labels: places.indices.map { "\(names[$0]): \(Format.figure(map.officerHours[$0])) officer-hours, armed in \(map.armedPeriods[$0]) periods" },
            idPrefix: "map-officers", title: "Map: officer-hours by area", furniture: true, pointRadius: 3)
        html += SVGMap.render(
            places, frame: big, values: map.riskReduced, maxValue: map.riskReduced.max() ?? 1, armed: armedAny,
            labels: places.indices.map { "\(names[$0]): risk reduced \(Format.figure(map.riskReduced[$0]))" },
            idPrefix: "map-risk", title: "Map: risk reduced by area", furniture: true, pointRadius: 3)
        html += "</div>"
        html += "<h3>By period</h3><p>Officers in each period, on the same scale; armed areas hatched.</p>"
        html += "<div style=\"display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 6px;\">"
        let most = Double(map.officers.map { $0.max() ?? 0 }.max() ?? 1)
        for (t, label) in map.periodLabels.enumerated() {
            let values = map.officers.map { Double($0[t]) }
            let armed = map.armed.map { $0[t] }
            html += "<figure style=\"margin: 0; page-break-inside: avoid;\"><figcaption style=\"font-size: 0.75em;\">\(Escaping.htmlText(label)): \(Int(values.reduce(0, +))) officers"
            html += armed.contains(true) ? ", armed in \(armed.filter { $0 }.count)" : ""
            html += "</figcaption>"
            html += SVGMap.render(
                places, frame: small, values: values, maxValue: most, armed: armed,
                labels: places.indices.map { "\(names[$0]), \(label): \(Int(values[$0])) officers\(armed[$0] ? ", armed" : "")" },
                idPrefix: "map-t\(t)", title: "Map: officers in \(label)", furniture: false, pointRadius: 1.6)
            html += "</figure>"
        }
        html += "</div>"
        if !map.unplaced.isEmpty {
            html += "<p>Not on the map (no boundary or location): \(Escaping.htmlText(map.unplaced.joined(separator: ", "))).</p>"
        }
        if !map.attributions.isEmpty {
            html += "<p style=\"font-size: 0.8em; color: #444;\">" + map.attributions.map(Escaping.htmlText).joined(separator: "<br/>") + "</p>"
        }
        return html
    }
}
