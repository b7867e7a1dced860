internal import _PatrolPlanJSON

extension ScenarioValidator {
    static let commitmentFields = ["id", "area", "force", "officers", "periods", "note"]
    static let sourceFields = ["name", "licence", "attribution", "path", "url", "note"]

    /// `commitments[]` (scenario@2, model.md §4.12): ids unique; `area` and `force` exist;
    /// `officers` ≥ 1 and a multiple of the force's unit; `periods` existing (default all).
    ///
    /// Whether an armed commitment is eligible (§4.5) depends on intelligence scores, so it is
    /// checked when the scenario is scored (`ScoredScenario`), not here.
    mutating func readCommitments(_ root: ObjectReader, forces: [Force]) -> [Commitment] {
        guard let value = root["commitments"],
            requireVersion2("'commitments'", at: root.path("commitments"), value),
            let elements = elements(of: root, "commitments", required: false, noun: "commitment")
        else { return [] }
        let path = root.path("commitments")
        let forceIDs = forces.map(\.id)
        var ids = IDRegistry()
        var commitments: [Commitment] = []
        for (index, element) in elements.enumerated() {
            guard
                let object = ObjectReader(
                    element, at: path.appending(index), fields: Self.commitmentFields, context: &context)
            else { continue }
            let id = readUniqueID(object, index: index, in: path, registry: &ids, noun: "commitment")
            let area = object.required("area", context: &context).flatMap { areaReference($0, at: object.path("area")) }
            var force: Force?
            if let forceValue = object.required("force", context: &context),
                let forceID = context.string(forceValue, at: object.path("force"))
            {
                force = forces.first { $0.id == forceID }
                if force == nil, !forceIDs.isEmpty {
                    context.error(
                        "unknown force '\(forceID)'" + context.hint(for: forceID, among: forceIDs),
                        at: object.path("force"), forceValue.position)
                }
            }
            var officers: Int?
            if let officersValue = object.required("officers", context: &context) {
                officers = context.integer(officersValue, at: object.path("officers"), minimum: 1)
                if let count = officers, let force, count % force.unit != 0 {
                    context.error(
                        "\(count) officers is not a multiple of force '\(force.id)''s unit of \(force.unit) "
                            + "(model.md §4.2)",
                        at: object.path("officers"), officersValue.position)
                }
            }
            let periods = object["periods"].flatMap {
                periodList($0, at: object.path("periods"), owner: "commitment")
            }
            let note = object["note"].flatMap { context.string($0, at: object.path("note")) }
            commitments.append(
                Commitment(
                    id: id, area: area ?? "", force: force?.id ?? "", officers: officers ?? 0, periods: periods,
                    note: note))
        }
        return commitments
    }

    /// `sources[]` (scenario@2): descriptive; each needs a `name`.
    mutating func readSources(_ root: ObjectReader) -> [DataSource] {
        guard let value = root["sources"], requireVersion2("'sources'", at: root.path("sources"), value),
            let elements = elements(of: root, "sources", required: false, noun: "source")
        else { return [] }
        let path = root.path("sources")
        var sources: [DataSource] = []
        for (index, element) in elements.enumerated() {
            guard
                let object = ObjectReader(element, at: path.appending(index), fields: Self.sourceFields, context: &context)
            else { continue }
            let name = object.required("name", context: &context).flatMap {
                context.nonEmptyString($0, at: object.path("name"))
            }
            func text(_ key: String) -> String? {
                object[key].flatMap { context.string($0, at: object.path(key)) }
            }
            sources.append(
                DataSource(
                    name: name ?? "", licence: text("licence"), attribution: text("attribution"), path: text("path"),
                    url: text("url"), note: text("note")))
        }
        return sources
    }
}
