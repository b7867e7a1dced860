// The umbrella module: one `import PatrolPlan` gives every layer, as swift-nio's `NIO` does.
// The layers themselves are separate modules so that the compiler keeps the architecture
// (docs/architecture.md).
@_exported public import _PatrolPlanJSON
@_exported public import PatrolPlanScenario
@_exported public import PatrolPlanSynthetic
@_exported public import PatrolPlanImport
@_exported public import PatrolPlanScoring
@_exported public import PatrolPlanMILP
@_exported public import PatrolPlanModel
@_exported public import PatrolPlanGLPK
@_exported public import PatrolPlanResults
@_exported public import PatrolPlanPlanner
@_exported public import PatrolPlanRoster
@_exported public import PatrolPlanReports
