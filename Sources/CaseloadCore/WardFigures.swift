/// One ward's report upwards for a period: what happened in it and how things stood at its
/// end, counted from the dated history (world time), never from when things were recorded.
public struct WardFigures: Equatable, Sendable {
  /// The ward's name (null when not named).
  public var ward: String?
  public var period: ReportPeriod
  /// Each count, by its key, in the report's order (`openAtStart` … `teamMembers`).
  public var counts: [String: Int] = [:]
  /// The journal's head when the report was made, so that the recipient can later confirm
  /// that the history behind it was not rewritten; nil where no journal stands behind it
  /// (a total, an `as-of` view).
  public var journalSeq: Int?
  public var journalHash: String?

  /// The counts' keys, in the order §10 gives them.
  public static let countKeys = [
    "openAtStart", "received", "receivedCompleted", "receivedAmnesty", "receivedConditional", "closed",
    "closedExpunged", "closedDeceased", "closedMoved", "closedConvicted", "openAtEnd", "groupA", "groupB",
    "groupC", "groupD", "unclassified", "withoutLead", "visits", "personsVisited", "personsNotVisited",
    "overdueAtEnd", "supports", "loanAmount", "supervisors", "teams", "teamMembers",
  ]

  public subscript(key: String) -> Int { counts[key] ?? 0 }

  /// The sum of several wards' figures over one period, named `total`.
  public static func total(_ wards: [WardFigures], period: ReportPeriod) -> WardFigures {
    var total = WardFigures(ward: "total", period: period)
    for ward in wards {
      total.counts.merge(ward.counts, uniquingKeysWith: +)
    }
    return total
  }
}

extension State {
  /// The report's figures for `period`, as of its last day, or of `today` while the period
  /// has not ended (no visit can yet be overdue on a day still to come). Pure: the journal's
  /// head is the caller's to add.
  public func figures(for period: ReportPeriod, today: Day) -> WardFigures {
    let end = min(period.to, today)
    let before = period.from.adding(days: -1)
    let within = { (day: Day) in period.from <= day && day <= end }
    var counts = Dictionary(uniqueKeysWithValues: WardFigures.countKeys.map { ($0, 0) })
    func add(_ key: String, _ amount: Int = 1) { counts[key, default: 0] += amount }

    for person in persons.values {
      if person.isOpen(on: before) { add("openAtStart") }
      if let received = person.received, within(received) {
        add("received")
        switch person.release {
        case .completed: add("receivedCompleted")
        case .amnesty: add("receivedAmnesty")
        case .conditional: add("receivedConditional")
        case nil: break
        }
      }
      if let closing = person.statusChanges.last(where: { $0.status == .closed && within($0.on) }) {
        add("closed")
        switch closing.reason {
        case .expunged: add("closedExpunged")
        case .deceased: add("closedDeceased")
        case .moved: add("closedMoved")
        case .convicted: add("closedConvicted")
        case nil: break
        }
      }
      let visits = person.visits.filter { within($0.on) }
      add("visits", visits.count)
      if !visits.isEmpty { add("personsVisited") }
      let supports = person.supports.filter { within($0.on) }
      add("supports", supports.count)
      add("loanAmount", supports.filter { $0.kind == .loan }.compactMap(\.amount?.dong).reduce(0, +))
      guard person.isOpen(on: end) else { continue }
      add("openAtEnd")
      let group = person.group(on: end)
      add(group.map { "group\($0.rawValue)" } ?? "unclassified")
      if !person.hasLead(on: end) { add("withoutLead") }
      if visits.isEmpty { add("personsNotVisited") }
      if let due = nextVisitDue(person, on: end, group: group), due < end { add("overdueAtEnd") }
    }
    let active = supervisors.values.filter { $0.isActive(on: end) }
    counts["supervisors"] = active.count
    counts["teams"] = teams.count
    counts["teamMembers"] = active.filter { $0.team != nil }.count
    return WardFigures(ward: settings.ward.name, period: period, counts: counts)
  }

  /// When the person's next visit was due as of `day`: the last visit by then (or the
  /// reception) plus the interval of the group then.
  private func nextVisitDue(_ person: Person, on day: Day, group: Group?) -> Day? {
    guard let interval = policy.interval(for: group),
      let start = person.visits.filter({ $0.on <= day }).map(\.on).max() ?? person.received
    else { return nil }
    return start.adding(days: interval)
  }
}

extension Person {
  /// Whether the case was open at the end of `day`: received by then, and not closed (or
  /// reopened since) by its dated status changes.
  public func isOpen(on day: Day) -> Bool {
    guard let received, received <= day else { return false }
    let last = statusChanges.last { $0.on <= day }
    return last.map { $0.status == .open } ?? true
  }

  /// The group at the end of `day`: the latest classification dated by then.
  public func group(on day: Day) -> Group? {
    classifications.enumerated().filter { $0.element.on <= day }
      .max { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }?.element.group
  }

  /// Whether a lead's assignment covered `day` (an assignment's `to` is its last day).
  public func hasLead(on day: Day) -> Bool {
    assignments.contains { $0.role == .lead && $0.from <= day && ($0.to.map { day <= $0 } ?? true) }
  }
}

extension Supervisor {
  /// Whether the supervisor was active at the end of `day` (not yet retired by then).
  public func isActive(on day: Day) -> Bool {
    retiredOn.map { day < $0 } ?? (status == .active)
  }
}
