import CaseloadCore

private struct ReportUpwards: CommandArguments {
  let month = OptionalArgument<String>.key("month", "a month, YYYY-MM (default: this month)")
  let quarter = OptionalArgument<String>.key("quarter", "a quarter, YYYY-Qn")
  let year = OptionalArgument<String>.key("year", "a year, YYYY")
  let from = OptionalArgument<Day>.key("from", "first day of a period of your own (with to=)")
  /// A date (the period's last day), or with `format=html` and no `from=`, the page's file
  /// (§11 writes `report … format=html to=FILE`).
  let to = OptionalArgument<String>.key(
    "to", "last day of that period; with format=html and no from=: a new file for the page")
  let include = OptionalArgument<String>.key(
    "include", "other wards' store directories, comma-separated (each opened read-only and verified)")
  let format = OptionalArgument<String>.key(
    "format", words: OutputFormat.allCases.map(\.rawValue) + ["html"],
    "output format of this command; html: one printable page")
  let file = OptionalArgument<String>.key(
    "file", "with format=html: a new file to write the page to (never overwritten)")
}

/// `report`: the figures a ward sends upwards for a period.
let reportUpwardsCommand = CommandSpec.query(
  "report", "the report upwards: receptions, closings, groups, visits, supports for a period",
  ReportUpwards.self, reads: .everything, ownsFormat: true,
  fill: { values, context in
    // A date, `today` or `yesterday` is the period's end, written as a date; anything else
    // is the page's file.
    guard let to = values.to, let day = try? Resolver.day(to, at: 0..<0, in: context) else { return }
    values.set(\.to, day.description)
  },
  build: { values in
    let html = values.format == "html"
    let toDay = values.to.flatMap(Day.init(parsing:))
    var file = values.file
    if let to = values.to, toDay == nil {
      guard html, values.from == nil, file == nil else {
        throw LanguageError("'\(to)' is not a date; use YYYY-MM-DD, DD/MM/YYYY, today or yesterday")
      }
      file = to
    }
    let given = [values.month, values.quarter, values.year].compactMap { $0 }
    let range = values.from != nil || toDay != nil
    guard given.count + (range ? 1 : 0) <= 1 else {
      throw LanguageError("give one period: month=, quarter=, year=, or from= with to=")
    }
    var period: ReportPeriod?
    if let month = values.month {
      guard let chosen = ReportPeriod(month: month) else {
        throw LanguageError("'\(month)' is not a month; use YYYY-MM, e.g. month=2026-11")
      }
      period = chosen
    } else if let quarter = values.quarter {
      guard let chosen = ReportPeriod(quarter: quarter) else {
        throw LanguageError("'\(quarter)' is not a quarter; use YYYY-Qn, e.g. quarter=2026-Q4")
      }
      period = chosen
    } else if let year = values.year {
      guard let chosen = ReportPeriod(year: year) else {
        throw LanguageError("'\(year)' is not a year; use YYYY, e.g. year=2026")
      }
      period = chosen
    } else if range {
      guard let from = values.from, let to = toDay else {
        throw LanguageError("from= and to= go together: the first and last day of the period")
      }
      guard let chosen = ReportPeriod(from: from, to: to) else {
        throw LanguageError("to= (\(to)) is before from= (\(from))")
      }
      period = chosen
    }
    var include: [String] = []
    if let list = values.include {
      include = list.split(separator: ",").map { $0.trimmed }.filter {
        !$0.isEmpty
      }
      guard !include.isEmpty else { throw LanguageError("include= needs one or more store directories") }
    }
    if file != nil, !html {
      throw LanguageError("file= goes with format=html: the new file to write the printable page to")
    }
    return .report(period, include: include, page: html ? ReportPage(file: file) : nil)
  })
