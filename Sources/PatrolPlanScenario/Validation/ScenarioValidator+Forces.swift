internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let forceFields = [
        "id", "name", "armed", "available", "headcount", "unit", "onDutyFraction", "effectiveness",
    ]

    /// `forces[]`: at least one; ids unique; exactly one of `available` and `headcount`.
    mutating func readForces(_ root: ObjectReader) -> [Force] {
        let path = root.path("forces")
        guard let elements = elements(of: root, "forces", required: true, noun: "force") else { return [] }
        var ids = IDRegistry()
        var forces: [Force] = []
        for (index, element) in elements.enumerated() {
            guard
                let object = ObjectReader(
                    element, at: path.appending(index), fields: Self.forceFields, context: &context)
            else { continue }
            let id = readUniqueID(object, index: index, in: path, registry: &ids, noun: "force")
            let name = object["name"].flatMap { context.string($0, at: object.path("name")) }
            let armed = object["armed"].flatMap { context.bool($0, at: object.path("armed")) } ?? false
            let pool = readPool(object)
            let unit = object["unit"].flatMap { context.integer($0, at: object.path("unit"), minimum: 1) }
            let onDutyFraction = object["onDutyFraction"].flatMap {
                context.number($0, at: object.path("onDutyFraction"), .greaterThan(0, atMost: 1))
            }
            var effectiveness: [Category: Double] = [:]
            if let value = object["effectiveness"] {
                readTable(Category.self, value, at: object.path("effectiveness"), .between(0, 10), into: &effectiveness)
            }
            forces.append(
                Force(
                    id: id, name: name, armed: armed, pool: pool, unit: unit,
                    onDutyFraction: onDutyFraction ?? 0.2, effectiveness: effectiveness))
        }
        return forces
    }

    /// Exactly one of `available` (per-period, non-negative integers) and `headcount`.
    private mutating func readPool(_ object: ObjectReader) -> ForcePool {
        switch (object["available"], object["headcount"]) {
        case (let available?, nil):
            return .available(perPeriod(available, at: object.path("available"), integer: true))
        case (nil, let headcount?):
            return .headcount(context.integer(headcount, at: object.path("headcount"), minimum: 0) ?? 0)
        case (_?, let headcount?):
            context.error(
                "give either 'available' or 'headcount', not both", at: object.path, headcount.position)
        case (nil, nil):
            context.error("missing required field 'available' or 'headcount'", at: object.path, object.position)
        }
        return .headcount(0)
    }
}
