import CaseloadCore

private struct ChartVisits: CommandArguments {
  let person = OptionalArgument<PersonID>.slot("PERSON")
  let months = OptionalArgument<Int>.key("months", "how many months, ending with this one (default 12)")
  let by = OptionalArgument<SupervisorID>.key("by", "only visits by this supervisor")
}

/// The most months one chart shows: ten years.
let mostChartMonths = 120

let chartCommands: [CommandSpec] = [
  .query(
    "chart visits", "visits per month as a bar chart, of one person, by one supervisor or all",
    ChartVisits.self, reads: .everything,
    build: { values in
      let months = values.months ?? 12
      guard (1...mostChartMonths).contains(months) else {
        throw LanguageError("months= must be from 1 to \(mostChartMonths), not \(months)")
      }
      if values.person != nil, values.by != nil {
        throw LanguageError("'chart visits' takes a PERSON or by=SUPERVISOR, not both")
      }
      return .chartVisits(months: months, person: values.person, by: values.by)
    }),
  .query(
    "chart caseload", "each active supervisor's load against capacity, as a bar chart",
    reads: .everything, build: { _ in .chartCaseload }),
]
