internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let impactAssessmentFields = ["id", "area", "status", "periods", "maxArmed", "consulted"]

    /// `impactAssessments[]` (optional). An approved assessment that records nobody consulted
    /// is valid, but warned about.
    mutating func readImpactAssessments(_ root: ObjectReader) -> [ImpactAssessment] {
        let path = root.path("impactAssessments")
        guard
            let elements = elements(
                of: root, "impactAssessments", required: false, noun: "community impact assessment")
        else { return [] }
        var ids = IDRegistry()
        var assessments: [ImpactAssessment] = []
        for (index, element) in elements.enumerated() {
            guard
                let object = ObjectReader(
                    element, at: path.appending(index), fields: Self.impactAssessmentFields, context: &context)
            else { continue }
            let id = readUniqueID(object, index: index, in: path, registry: &ids, noun: "community impact assessment")
            let area = object.required("area", context: &context).flatMap {
                areaReference($0, at: object.path("area"))
            }
            let status = object.required("status", context: &context).flatMap {
                context.enumeration(AssessmentStatus.self, $0, at: object.path("status"), what: "status")
            }
            let periods = object["periods"].flatMap {
                periodList($0, at: object.path("periods"), owner: "community impact assessment")
            }
            let maxArmed = object["maxArmed"].flatMap {
                context.integer($0, at: object.path("maxArmed"), minimum: 0)
            }
            let consulted = object["consulted"].flatMap { readConsulted($0, at: object.path("consulted")) }
            let consultedValue = object["consulted"]
            if status == .approved, consultedValue == nil || consulted?.isEmpty == true {
                context.warning(
                    "approved community impact assessment records nobody consulted",
                    at: consultedValue == nil ? object.path : object.path("consulted"),
                    consultedValue?.position ?? object.position)
            }
            assessments.append(
                ImpactAssessment(
                    id: id, area: area ?? "", status: status ?? .pending, periods: periods, maxArmed: maxArmed,
                    consulted: consulted ?? []))
        }
        return assessments
    }

    private mutating func readConsulted(_ value: JSONValue, at path: JSONPath) -> [String]? {
        guard let elements = context.array(value, at: path) else { return nil }
        var names: [String] = []
        for (index, element) in elements.enumerated() {
            if let name = context.string(element, at: path.appending(index)) { names.append(name) }
        }
        return names
    }
}
