/// Which persons `person list` shows.
public struct PersonFilter: Equatable, Sendable {
  public var status: CaseStatus?
  /// `.some(nil)` asks for unclassified persons.
  public var group: Group??
  public var lead: SupervisorID?
  public var text: String?
  public init(status: CaseStatus? = .open, group: Group?? = nil, lead: SupervisorID? = nil, text: String? = nil) {
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
}

extension State {
  /// Answers a query as of `today`.
  public func answer(_ query: Query, today: Day) throws(DomainError) -> Report {
    switch query {
    case .personShow(let id):
      return personReport(try person(id))
    case .personList(let filter):
      let rows = personsInOrder.filter { matches($0, filter) }.map { personRecord($0, detailed: false) }
      return Report(
        body: .rows(rows),
        tableColumns: ["id", "name", "born", "group", "status", "lead", "lastVisit", "nextVisitDue"])
    case .supervisorShow(let id):
      return Report(body: .record(supervisorRecord(try supervisor(id))))
    case .supervisorList(let filter):
      let rows = supervisorsInOrder.filter { matches($0, filter) }.map(supervisorRecord)
      return Report(
        body: .rows(rows), tableColumns: ["id", "name", "kind", "org", "capacity", "load", "status"])
    case .visits(let filter):
      let visits = personsInOrder.flatMap(\.visits).filter { visit in
        (filter.person.map { $0 == visit.person } ?? true) && (filter.by.map { $0 == visit.by } ?? true)
          && (filter.from.map { visit.on >= $0 } ?? true) && (filter.to.map { visit.on <= $0 } ?? true)
      }
      let sorted = visits.sorted { ($0.on, $0.id) < ($1.on, $1.id) }
      return Report(body: .rows(sorted.map(visitRecord)))
    case .due(let within):
      let last = today.adding(days: within)
      return dueReport { $0 >= today && $0 <= last }
    case .overdue:
      return dueReport { $0 < today }
    case .unassigned:
      let rows = personsInOrder.filter { $0.status == .open && $0.leadAssignment == nil }
      return Report(body: .rows(rows.map { dueRecord($0, today: today) }))
    case .caseload:
      let rows = supervisorsInOrder.filter { $0.status == .active }.map { supervisor -> Record in
        let led = openCasesLed(by: supervisor.id)
        let overdue = led.filter { nextVisitDue($0).map { $0 < today } ?? false }
        return Record([
          ("supervisor", Field(supervisor.id)), ("name", .text(supervisor.name)),
          ("capacity", .number(supervisor.capacity)), ("load", .number(led.count)),
          ("overdue", .number(overdue.count)),
        ])
      }
      return Report(body: .rows(rows))
    case .policyShow:
      let groups: [(String, Group?)] = [("A", .A), ("B", .B), ("C", .C), ("D", .D), ("unclassified", nil)]
      let rows = groups.map { name, group in
        Record([("group", .text(name)), ("days", policy.interval(for: group).map(Field.number) ?? .null)])
      }
      return Report(body: .rows(rows))
    }

    func dueReport(_ include: (Day) -> Bool) -> Report {
      let rows = personsInOrder.compactMap { person -> (Day, Person)? in
        guard let due = nextVisitDue(person), include(due) else { return nil }
        return (due, person)
      }
      let sorted = rows.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }
      return Report(body: .rows(sorted.map { dueRecord($0.1, today: today) }))
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

  func personRecord(_ person: Person, detailed: Bool) -> Record {
    var record = Record([
      ("id", Field(person.id)), ("name", .text(person.name)), ("born", Field(person.born)),
      ("gender", Field(person.gender?.rawValue)), ("idCard", Field(person.idCard)),
      ("address", Field(person.address)), ("phone", Field(person.phone)),
      ("offence", Field(person.offence)), ("sentence", Field(person.sentence)),
      ("release", Field(person.release?.rawValue)), ("certificate", Field(person.certificate)),
      ("released", Field(person.released)), ("received", Field(person.received)),
      ("group", Field(person.group?.rawValue)), ("status", .text(person.status.rawValue)),
      ("reason", Field(person.reason?.rawValue)),
      ("lead", Field(person.leadAssignment?.supervisor)),
      ("helpers", .list(person.helpers.map { Field($0) })),
      ("lastVisit", Field(person.lastVisit)), ("nextVisitDue", Field(nextVisitDue(person))),
    ])
    if detailed {
      record.fields.append((key: "visits", value: .list(person.visits.map { .record(visitRecord($0)) })))
      record.fields.append(
        (key: "assignments", value: .list(person.assignments.map { .record(assignmentRecord(person.id, $0)) })))
    }
    return record
  }

  private func personReport(_ person: Person) -> Report {
    var report = Report(body: .record(personRecord(person, detailed: true)))
    let classifications = person.classifications.map { entry in
      Record([
        ("on", Field(entry.on)), ("group", .text(entry.group.rawValue)),
        ("visit", Field(entry.visit)), ("reason", Field(entry.reason)),
      ])
    }
    let changes = person.statusChanges.map { change in
      Record([
        ("on", Field(change.on)), ("status", .text(change.status.rawValue)),
        ("reason", Field(change.reason?.rawValue)), ("note", Field(change.note)),
      ])
    }
    report.sections = [
      Report.Section(title: "classifications", rows: classifications),
      Report.Section(title: "status changes", rows: changes),
    ].filter { !$0.rows.isEmpty }
    return report
  }

  func supervisorRecord(_ supervisor: Supervisor) -> Record {
    Record([
      ("id", Field(supervisor.id)), ("name", .text(supervisor.name)),
      ("kind", .text(supervisor.kind.rawValue)), ("org", Field(supervisor.org)),
      ("phone", Field(supervisor.phone)), ("area", Field(supervisor.area)),
      ("capacity", .number(supervisor.capacity)), ("status", .text(supervisor.status.rawValue)),
      ("load", .number(openCasesLed(by: supervisor.id).count)),
    ])
  }

  func visitRecord(_ visit: Visit) -> Record {
    Record([
      ("id", Field(visit.id)), ("person", Field(visit.person)), ("by", Field(visit.by)),
      ("on", Field(visit.on)), ("kind", .text(visit.kind.rawValue)), ("note", Field(visit.note)),
      ("group", Field(visit.group?.rawValue)),
    ])
  }

  func assignmentRecord(_ person: PersonID, _ assignment: Assignment) -> Record {
    Record([
      ("person", Field(person)), ("supervisor", Field(assignment.supervisor)),
      ("role", .text(assignment.role.rawValue)), ("from", Field(assignment.from)),
      ("to", Field(assignment.to)), ("decision", Field(assignment.decision)),
      ("reason", Field(assignment.reason)),
    ])
  }

  func dueRecord(_ person: Person, today: Day) -> Record {
    let due = nextVisitDue(person)
    let late = due.map { max(0, $0.days(to: today)) }
    return Record([
      ("person", Field(person.id)), ("name", .text(person.name)),
      ("lead", Field(person.leadAssignment?.supervisor)), ("lastVisit", Field(person.lastVisit)),
      ("nextVisitDue", Field(due)), ("daysOverdue", late.map(Field.number) ?? .null),
    ])
  }
}
