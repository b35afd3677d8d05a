/// Everything caseload knows: persons, supervisors, the visit policy and the next ids.
public struct State: Equatable, Sendable {
  /// The persons by id, with the index the namesake and id-card checks read (see `PersonTable`).
  public var persons = PersonTable()
  public var supervisors: [SupervisorID: Supervisor] = [:]
  /// What belongs to the whole ward rather than one record: the visit policy, the ward's name.
  public var settings = Settings()
  public var nextPerson = PersonID(1)
  public var nextSupervisor = SupervisorID(1)
  public var nextVisit = VisitID(1)
  public var nextSupport = SupportID(1)
  public var nextTeam = TeamID(1)

  public init() {}

  public var policy: Policy {
    get { settings.policy }
    set { settings.policy = newValue }
  }

  public var personsInOrder: [Person] { persons.values.sorted { $0.id < $1.id } }
  public var supervisorsInOrder: [Supervisor] { supervisors.values.sorted { $0.id < $1.id } }

  /// The ward's security teams, in id order.
  public var teams: [Team] {
    get { settings.teams }
    set { settings.teams = newValue }
  }

  public func team(_ id: TeamID) throws(DomainError) -> Team {
    guard let team = settings.teams.first(where: { $0.id == id }) else {
      throw DomainError("no team \(id)")
    }
    return team
  }

  /// `T1 Tổ bảo vệ ANTT số 1`, or the bare id when the team is unknown.
  public func label(_ id: TeamID) -> String {
    settings.teams.first { $0.id == id }.map { "\(id) \($0.name)" } ?? id.description
  }

  /// Active supervisors in the team, leader first, then deputies, then members, each by id.
  public func members(of team: TeamID) -> [Supervisor] {
    let order: [TeamRole] = [.leader, .deputy, .member]
    return supervisorsInOrder.filter { $0.team == team && $0.status == .active }.sorted {
      (order.firstIndex(of: $0.teamRole ?? .member)!, $0.id.number)
        < (order.firstIndex(of: $1.teamRole ?? .member)!, $1.id.number)
    }
  }

  public func person(_ id: PersonID) throws(DomainError) -> Person {
    guard let person = persons[id] else { throw DomainError("no person \(id)") }
    return person
  }

  public func supervisor(_ id: SupervisorID) throws(DomainError) -> Supervisor {
    guard let supervisor = supervisors[id] else { throw DomainError("no supervisor \(id)") }
    return supervisor
  }

  /// `P3 Nguyễn Văn An`, or the bare id when the person is unknown.
  public func label(_ id: PersonID) -> String {
    guard let name = persons[id]?.name else { return id.description }
    return "\(id) \(name)"
  }

  public func label(_ id: SupervisorID) -> String {
    guard let name = supervisors[id]?.name else { return id.description }
    return "\(id) \(name)"
  }

  /// Open cases whose current lead is `supervisor`.
  /// How many open cases `supervisor` leads, counted without copying them.
  public func openCaseCount(ledBy supervisor: SupervisorID) -> Int {
    // Reading the two fields through the index, not each person whole, so that no record is
    // copied (a lead assignment counts every person's cases, in playback too).
    let values = persons.values
    var count = 0
    for index in values.indices where values[index].status == .open {
      if values[index].assignments.last(where: { $0.role == .lead && $0.to == nil })?.supervisor == supervisor
      {
        count += 1
      }
    }
    return count
  }

  public func openCasesLed(by supervisor: SupervisorID) -> [Person] {
    persons.values.filter { $0.status == .open && $0.leadAssignment?.supervisor == supervisor }
      .sorted { $0.id < $1.id }
  }

  /// When the person's next visit is due: last visit (or reception) plus the group's interval.
  public func nextVisitDue(_ person: Person) -> Day? {
    guard person.status == .open, let interval = policy.interval(for: person.group),
      let start = person.lastVisit ?? person.received
    else { return nil }
    return start.adding(days: interval)
  }
}
