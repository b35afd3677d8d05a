/// The days a report upwards covers, both ends included: a month, a quarter, a year or any
/// range of days.
public struct ReportPeriod: Equatable, Sendable {
  public let from: Day
  public let to: Day

  /// A range of days; nil when `to` is before `from`.
  public init?(from: Day, to: Day) {
    guard from <= to else { return nil }
    self.from = from
    self.to = to
  }

  /// The month that contains `day`: the default period.
  public static func month(containing day: Day) -> ReportPeriod {
    let first = Day(year: day.year, month: day.month, day: 1)!
    let last = Day(year: day.year, month: day.month, day: Day.daysIn(month: day.month, year: day.year))!
    return ReportPeriod(from: first, to: last)!
  }

  /// `2026-11`.
  public init?(month text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = number(parts[0]),
      let month = number(parts[1]), let first = Day(year: year, month: month, day: 1)
    else { return nil }
    self = .month(containing: first)
  }

  /// `2026-Q4` (or `2026-q4`).
  public init?(quarter text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, let year = number(parts[0]), parts[1].count == 2,
      parts[1].first == "Q" || parts[1].first == "q", let quarter = number(parts[1].dropFirst()),
      (1...4).contains(quarter), let first = Day(year: year, month: quarter * 3 - 2, day: 1)
    else { return nil }
    self.init(
      from: first, to: ReportPeriod.month(containing: Day(year: year, month: quarter * 3, day: 1)!).to)
  }

  /// `2026`.
  public init?(year text: String) {
    guard text.count == 4, let year = number(Substring(text)), let first = Day(year: year, month: 1, day: 1),
      let last = Day(year: year, month: 12, day: 31)
    else { return nil }
    self.init(from: first, to: last)
  }
}

/// The value of a run of ASCII digits; nil for anything else (signs, spaces).
private func number(_ text: Substring) -> Int? {
  guard !text.isEmpty, text.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
  return Int(text)
}

/// `report … format=html [file=FILE]`: the report upwards as one printable HTML page,
/// written to a new file or, without one, printed.
public struct ReportPage: Equatable, Sendable {
  /// Where to write the page (never over an existing file); nil prints it.
  public var file: String?

  /// A page for `file`, or for standard output when nil.
  public init(file: String?) { self.file = file }
}
