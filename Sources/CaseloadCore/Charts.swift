/// A calendar month, `YYYY-MM`: the unit of `chart visits`.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  /// 1 to 12.
  public let month: Int

  /// The month containing `day`.
  public init(containing day: Day) {
    year = day.year
    month = day.month
  }

  private init(index: Int) {
    year = index / 12
    month = index % 12 + 1
  }

  /// Months since year zero, so that months are counted like days.
  private var index: Int { year * 12 + month - 1 }

  /// The month `count` months after this one (before, when negative).
  public func adding(months count: Int) -> Month { Month(index: index + count) }

  public var description: String {
    let digits = String(year)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits + (month < 10 ? "-0" : "-")
      + String(month)
  }

  public static func < (lhs: Month, rhs: Month) -> Bool { lhs.index < rhs.index }
}

extension State {
  /// The months a chart of `count` months shows, oldest first, ending with today's month.
  static func months(_ count: Int, endingWith today: Day) -> [Month] {
    let last = Month(containing: today)
    return (0..<max(0, count)).reversed().map { last.adding(months: -$0) }
  }

  /// Rows `month visits`: the visits in each of the last `months` months, of `person` or by
  /// `by` when given; tables draw them as bars.
  func visitsChartReport(months: Int, person: PersonID?, by: SupervisorID?, today: Day) -> Report {
    var counts: [Month: Int] = [:]
    let chosen: [Person] = person.map { id in self.persons[id].map { [$0] } ?? [] } ?? personsInOrder
    for visit in chosen.flatMap(\.visits) where by.map({ $0 == visit.by }) ?? true {
      counts[Month(containing: visit.on), default: 0] += 1
    }
    let rows = Self.months(months, endingWith: today).map { month in
      Record([("month", .text(month.description)), ("visits", .number(counts[month] ?? 0))])
    }
    var report = Report(body: .rows(rows), columns: ["month", "visits"])
    report.chart = .bars(labels: ["month"], value: "visits")
    return report
  }

  /// Rows `supervisor name load capacity` for each active supervisor; tables draw the load
  /// as a bar against the capacity.
  func caseloadChartReport() -> Report {
    let rows = supervisorsInOrder.filter { $0.status == .active }.map { supervisor in
      Record([
        ("supervisor", Field(supervisor.id)), ("name", .text(supervisor.name)),
        ("load", .number(openCasesLed(by: supervisor.id).count)), ("capacity", .number(supervisor.capacity)),
      ])
    }
    var report = Report(body: .rows(rows), columns: ["supervisor", "name", "load", "capacity"])
    report.chart = .capacity(labels: ["supervisor", "name"], load: "load", capacity: "capacity")
    return report
  }
}

extension State {
  /// Visits in each of the `count` months ending with the month containing `end`, oldest
  /// first: the chart of a printed report upwards.
  public func visitsPerMonth(_ count: Int, endingWith end: Day) -> [(month: Month, visits: Int)] {
    var counts: [Month: Int] = [:]
    for visit in persons.values.flatMap(\.visits) where visit.on <= end {
      counts[Month(containing: visit.on), default: 0] += 1
    }
    return Self.months(count, endingWith: end).map { ($0, counts[$0] ?? 0) }
  }
}
