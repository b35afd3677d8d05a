/// Which persons `person list` shows.
public struct PersonFilter: Equatable, Sendable {
  public var status: CaseStatus?
  /// `.some(nil)` asks for unclassified persons.
  public var group: Group??
  public var lead: SupervisorID?
  public var text: String?
  /// Sort by name in Vietnamese order instead of by id.
  public var byName = false
  public init(
    status: CaseStatus? = .open, group: Group?? = nil, lead: SupervisorID? = nil, text: String? = nil
  ) {
    self.status = status
    self.group = group
    self.lead = lead
    self.text = text
  }
}

/// Which supervisors `supervisor list` shows.
public struct SupervisorFilter: Equatable, Sendable {
  public var status: SupervisorStatus?
  public var kind: SupervisorKind?
  public var text: String?
  /// Sort by name in Vietnamese order instead of by id.
  public var byName = false
  public init(status: SupervisorStatus? = .active, kind: SupervisorKind? = nil, text: String? = nil) {
    self.status = status
    self.kind = kind
    self.text = text
  }
}

/// Which visits `visits` shows.
public struct VisitFilter: Equatable, Sendable {
  public var person: PersonID?
  public var by: SupervisorID?
  public var from: Day?
  public var to: Day?
  public init(person: PersonID? = nil, by: SupervisorID? = nil, from: Day? = nil, to: Day? = nil) {
    self.person = person
    self.by = by
    self.from = from
    self.to = to
  }
}

/// A read-only question about the state.
public enum Query: Equatable, Sendable {
  case personShow(PersonID)
  case personList(PersonFilter)
  case supervisorShow(SupervisorID)
  case supervisorList(SupervisorFilter)
  case visits(VisitFilter)
  case due(within: Int)
  case overdue
  case unassigned
  case caseload
  case policyShow
  case wardShow
  /// The other wards' keys this ward accepts transfer files from.
  case wardTrust
  /// Expected persons, with the day their residence must be verified by.
  case arrivals
  /// Open cases whose record may be cleared by today + `within` days, earliest first.
  case expungement(within: Int)
  /// Open cases in group A or B that may apply for a preferential loan on a day.
  case loans(on: Day)
  /// Every rule of the law table, with its value and source.
  case law
  /// Support measures, filtered, in date order.
  case supports(SupportFilter)
  case teamShow(TeamID)
  /// Every team with its active members and the open cases they lead.
  case teamList
  /// A person's dated events in order, then the law's coming dates.
  case timeline(PersonID)
  /// Visits per month over the last `months` months, of one person or by one supervisor.
  case chartVisits(months: Int, person: PersonID?, by: SupervisorID?)
  /// Each active supervisor's load against capacity.
  case chartCaseload
  /// The report upwards for a period (nil: the month containing today), with other wards'
  /// stores to include, which the shell opens; `page` asks for one printable HTML page.
  case report(ReportPeriod?, include: [String], page: ReportPage? = nil)
}

extension State {
  /// Answers a query as of `today`.
  public func answer(_ query: Query, today: Day) throws(DomainError) -> Report {
    switch query {
    case .personShow(let id):
      return personReport(try person(id), today: today)
    case .personList(let filter):
      let persons = personsInOrder.filter { matches($0, filter) }
      return Rows.person.report(
        filter.byName ? persons.sorted { Collation.precedes(($0.name, $0.id), ($1.name, $1.id)) } : persons,
        in: self,
        tableColumns: ["id", "name", "born", "group", "status", "lead", "lastVisit", "nextVisitDue"])
    case .supervisorShow(let id):
      return supervisorReport(try supervisor(id))
    case .supervisorList(let filter):
      let supervisors = supervisorsInOrder.filter { matches($0, filter) }
      return Rows.supervisor.report(
        filter.byName
          ? supervisors.sorted { Collation.precedes(($0.name, $0.id), ($1.name, $1.id)) } : supervisors,
        in: self,
        tableColumns: ["id", "name", "kind", "org", "capacity", "load", "status"])
    case .visits(let filter):
      let visits = personsInOrder.flatMap(\.visits).filter { visit in
        (filter.person.map { $0 == visit.person } ?? true) && (filter.by.map { $0 == visit.by } ?? true)
          && (filter.from.map { visit.on >= $0 } ?? true) && (filter.to.map { visit.on <= $0 } ?? true)
      }
      return Rows.visit.report(visits.sorted { ($0.on, $0.id) < ($1.on, $1.id) }, in: self)
    case .due(let within):
      let last = today.adding(days: within)
      return dueReport { $0 >= today && $0 <= last }
    case .overdue:
      return dueReport { $0 < today }
    case .unassigned:
      let open = personsInOrder.filter { $0.status == .open && $0.leadAssignment == nil }
      return Rows.due(today: today).report(open, in: self).alerting(["daysOverdue": .positive])
    case .caseload:
      let active = supervisorsInOrder.filter { $0.status == .active }
      return Rows.caseload(today: today).report(active, in: self)
        .alerting(["load": .annotated, "overdue": .positive])
    case .wardShow:
      let ward = settings.ward
      return Report(
        body: .record(
          Record([
            ("name", Field(ward.name)), ("province", Field(ward.province)),
            ("keyFingerprint", settings.currentKey.map { .whole($0.fingerprint) } ?? .null),
          ])))
    case .wardTrust:
      let rows = settings.trusted.map { Record([("ward", .text($0.ward)), ("key", .whole($0.fingerprint))]) }
      return Report(body: .rows(rows), columns: ["ward", "key"])
    case .policyShow:
      let groups: [(String, Group?)] = [("A", .A), ("B", .B), ("C", .C), ("D", .D), ("unclassified", nil)]
      let rows = groups.map { name, group in
        Record([("group", .word(name)), ("days", policy.interval(for: group).map(Field.number) ?? .null)])
      }
      return Report(body: .rows(rows), columns: ["group", "days"])
    case .arrivals:
      return arrivalsReport(today: today)
    case .expungement(let within):
      return expungementReport(within: within, today: today)
    case .loans(let on):
      return loansReport(on: on)
    case .law:
      return lawTableReport()
    case .supports(let filter):
      return supportsReport(filter)
    case .teamShow(let id):
      return teamReport(try team(id))
    case .teamList:
      return CaseworkRows.team.report(teams, in: self)
    case .timeline(let id):
      return timelineReport(try person(id), today: today)
    case .chartVisits(let months, let person, let by):
      return visitsChartReport(months: months, person: person, by: by, today: today)
    case .chartCaseload:
      return caseloadChartReport()
    case .report(let period, let include, _):
      guard include.isEmpty else {
        throw DomainError("report include= opens other wards' stores: run it on the live store, not as-of")
      }
      let figures = figures(for: period ?? .month(containing: today), today: today)
      return WardFigures.report([figures], columns: [])
    }

    func dueReport(_ include: (Day) -> Bool) -> Report {
      let rows = personsInOrder.compactMap { person -> (Day, Person)? in
        guard let due = nextVisitDue(person), include(due) else { return nil }
        return (due, person)
      }
      let sorted = rows.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }
      return Rows.due(today: today).report(sorted.map(\.1), in: self).alerting(["daysOverdue": .positive])
    }
  }

  private func matches(_ person: Person, _ filter: PersonFilter) -> Bool {
    if let status = filter.status, person.status != status { return false }
    if let group = filter.group, person.group != group { return false }
    if let lead = filter.lead, person.leadAssignment?.supervisor != lead { return false }
    if let text = filter.text {
      let needle = Folding.fold(text)
      let haystack = [person.name, person.address, person.idCard, person.phone, person.offence]
      return haystack.contains { $0.map { Folding.fold($0).contains(needle) } ?? false }
    }
    return true
  }

  private func matches(_ supervisor: Supervisor, _ filter: SupervisorFilter) -> Bool {
    if let status = filter.status, supervisor.status != status { return false }
    if let kind = filter.kind, supervisor.kind != kind { return false }
    if let text = filter.text {
      let needle = Folding.fold(text)
      let haystack = [supervisor.name, supervisor.org, supervisor.area, supervisor.phone]
      return haystack.contains { $0.map { Folding.fold($0).contains(needle) } ?? false }
    }
    return true
  }

  /// A person with their visits and assignments: what `person show` answers.
  private func detailedRecord(_ person: Person) -> Record {
    var record = Rows.person.record(person, in: self)
    let visits = person.visits.map { visit in
      var row = Rows.visit.record(visit, in: self)
      // The person shown is named once, above its visits.
      if let index = row.fields.firstIndex(where: { $0.key == "person" }) {
        row.fields[index].value = Field(visit.person)
      }
      return Field.record(row)
    }
    let assignments = person.assignments.map {
      Field.record(Rows.assignment.record((person.id, $0), in: self))
    }
    record.fields.append((key: "visits", value: .list(visits)))
    record.fields.append((key: "assignments", value: .list(assignments)))
    return record
  }

  private func personReport(_ person: Person, today: Day) -> Report {
    var report = Report(body: .record(detailedRecord(person)))
    report.tableOnlyFields = [("note", Field(person.note))]
    if person.isOnProbation(today: today), let until = person.probationUntil {
      report.tableOnlyFields.append(("probation", .said("on probation until \(until)")))
    }
    let classifications = person.classifications.map { entry in
      Record([
        ("on", Field(entry.on)), ("group", .text(entry.group.rawValue)),
        ("visit", Field(entry.visit)), ("reason", entry.reason.map(Field.phrase) ?? .null),
      ])
    }
    let changes = person.statusChanges.map { change in
      Record([
        ("on", Field(change.on)), ("status", .word(change.status.rawValue)),
        ("reason", Field(word: change.reason)), ("note", Field(change.note)),
      ])
    }
    let ended = person.assignments.filter { $0.to != nil }.map { assignment in
      Record([
        ("supervisor", named(assignment.supervisor)), ("role", .word(assignment.role.rawValue)),
        ("to", Field(assignment.to)), ("why", assignment.endReason.map(Field.phrase) ?? .null),
      ])
    }
    let supports = person.supports.map { CaseworkRows.support.record($0, in: self) }
    report.sections =
      [
        Report.Section(title: "classifications", rows: classifications),
        Report.Section(title: "status changes", rows: changes),
        Report.Section(title: "ended assignments", rows: ended),
        Report.Section(title: "supports", rows: supports),
      ].filter { !$0.rows.isEmpty } + (person.origin.map { [$0.section] } ?? [])
    return report
  }
}

extension State {
  /// A supervisor's id with their name, for tables; null for none.
  func named(_ id: SupervisorID?) -> Field {
    id.map { .named($0.description, name: supervisors[$0]?.name) } ?? .null
  }

  /// A person's id with their name, for tables.
  func named(_ id: PersonID) -> Field {
    .named(id.description, name: persons[id]?.name)
  }
}
