internal import PatrolPlanMILP
public import PatrolPlanScoring
public import PatrolPlanScenario

extension PatrolModel {
    /// The column vector for ``milp`` of a units allocation: unit columns, armed indicators and
    /// the effect-curve segments filled in order (model.md §2–3).
    ///
    /// - Parameter units: units at `(period × areaCount + area) × forceCount + force`.
    /// - Returns: one value per column of ``milp``.
    public func columnValues(_ units: [Int], scored: ScoredScenario) -> [Double] {
        let model = self
        let forces = scored.scenario.forces
        let F = forces.count
        var x = [Double](repeating: 0, count: model.milp.columns.count)
        for p in 0..<(scored.areaCount * scored.periodCount) {
            var armedHere = 0
            for k in 0..<F {
                guard let column = model.unitColumn(p, force: k) else { continue }
                x[column] = Double(units[p * F + k])
                if forces[k].armed { armedHere += units[p * F + k] }
            }
            if model.indicatorColumn[p] >= 0 {
                x[Int(model.indicatorColumn[p])] = armedHere > 0 ? 1 : 0
            }
            for category in Category.allCases {
                let c = category.index
                let first = Int(model.segmentStart[p * 3 + c])
                guard first >= 0 else { continue }
                var e = 0.0
                for k in 0..<F {
                    e += forces[k].effectiveness(category) * Double(forces[k].unit * units[p * F + k])
                }
                for j in 0..<Int(model.segmentCount[p * 3 + c]) {
                    let fill = min(model.milp.columns[first + j].upper, max(0, e))
                    x[first + j] = fill
                    e -= EffectCurve.segmentWidth(j, scale: scored.presenceScale[p])
                }
            }
        }
        return x
    }
}
