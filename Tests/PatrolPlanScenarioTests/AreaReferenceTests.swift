import PatrolPlan
import Testing

/// Issue 14: an unknown area in an intelligence report names the bad value and the nearest
/// area — but only where that cannot leak restricted text.
@Suite("Decoder: unknown areas in intelligence reports")
struct AreaReferenceTests {
    static func scenario(area: String, handling: String, id: String = "INT-1", summary: String = "seen near the market") -> String {
        """
        {"format": "patrolplan/scenario@1", "name": "refs", "threatLevel": "substantial",
         "periods": [{"id": "p", "hours": 1}],
         "areas": [{"id": "chapel-street", "gangActivity": 0.5}, {"id": "market", "gangActivity": 0.2}],
         "intelligence": [{"id": "\(id)", "area": "\(area)", "category": "violence", "likelihood": 0.5,
                           "source": "2", "assessment": "B", "handling": "\(handling)", "summary": "\(summary)"}],
         "forces": [{"id": "nbh", "available": 2}]}
        """
    }

    static func message(_ text: String) -> String {
        do {
            _ = try ScenarioDecoder().decode(Array(text.utf8))
            return ""
        } catch {
            return error.description
        }
    }

    @Test func aPermittedReportShowsTheValueAndTheNearestArea() {
        let text = Self.message(Self.scenario(area: "chapel-st", handling: "P"))
        #expect(text.contains("intelligence[0].area: unknown area 'chapel-st'; did you mean 'chapel-street'?"), "\(text)")
    }

    @Test func aRestrictedReportNeverShowsTheValue() {
        let text = Self.message(Self.scenario(area: "chapel-st", handling: "C"))
        #expect(text.contains("intelligence[0].area: unknown area"))
        #expect(!text.contains("'chapel-st'"))
    }

    @Test func textThatIsAReportsIdOrSummaryIsNeverShown() {
        for pasted in ["INT-1", "seen near the market"] {
            let text = Self.message(Self.scenario(area: pasted, handling: "P"))
            #expect(text.contains("unknown area"))
            #expect(!text.contains(pasted), "\(text)")
        }
    }
}
