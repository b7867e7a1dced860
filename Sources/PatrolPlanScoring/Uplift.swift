/// Extra officers for one force (model.md §4.1): an uplift of N officers adds
/// `floor(N × onDutyFraction)` officers to every period.
public struct Uplift: Sendable, Equatable, Hashable {
    public var force: String
    public var officers: Int

    public init(force: String, officers: Int) {
        self.force = force
        self.officers = officers
    }
}
