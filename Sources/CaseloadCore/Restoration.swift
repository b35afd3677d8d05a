/// Records put back as they were at some earlier point: what `undo` does.
/// A nil record did not exist then, so restoring it removes it; ids stay used.
public struct Restoration: Equatable, Sendable {
  /// Each person to put back: the record as it was, or nil to remove it.
  public var persons: [PersonID: Person?] = [:]
  /// Each supervisor to put back, or nil to remove it.
  public var supervisors: [SupervisorID: Supervisor?] = [:]
  /// The ward's settings (visit policy, ward name) as they were, when restored too.
  public var settings: Settings?
  /// The line that tells the officer what was undone.
  public var summary: Message

  /// A restoration of nothing yet, that will report `summary`.
  public init(summary: Message) { self.summary = summary }
}

extension State {
  /// Puts the restoration's records in place, or throws and changes nothing when the result
  /// would break a rule: a CCCD used twice, a supervisor who no longer exists or has retired
  /// taking up a role again, a lead beyond capacity, a retired supervisor still leading.
  public mutating func restore(_ restoration: Restoration) throws(DomainError) -> Outcome {
    var next = self
    var touched = Touched()
    for (id, person) in restoration.persons {
      next.persons[id] = person
      touched.persons.insert(id)
    }
    for (id, supervisor) in restoration.supervisors {
      next.supervisors[id] = supervisor
      touched.supervisors.insert(id)
    }
    if let settings = restoration.settings {
      next.settings = settings
      touched.settings = true
    }
    for id in touched.persons.sorted() {
      guard let person = next.persons[id] else { continue }
      try Rules(today: nil).check(person, against: next)
      try checkRolesTakenUp(by: person, in: next)
    }
    for id in touched.supervisors.sorted() {
      try checkRestored(id, in: next)
    }
    if touched.settings || !touched.supervisors.isEmpty { try Self.checkTeamsExist(in: next) }
    self = next
    return Outcome(summary: restoration.summary, touched: touched)
  }

  /// Roles that `person` holds after the restoration but not now must be allowed today.
  private func checkRolesTakenUp(by person: Person, in next: State) throws(DomainError) {
    let held = persons[person.id]?.assignments ?? []
    for assignment in person.assignments where assignment.to == nil && !held.contains(assignment) {
      let id = assignment.supervisor
      guard let supervisor = next.supervisors[id] else {
        throw DomainError(
          "undo would make \(id) a \(assignment.role.rawValue) of \(person.id), but \(id) no longer exists")
      }
      guard supervisor.status == .active else {
        throw DomainError(
          "undo would make \(next.label(id)) a \(assignment.role.rawValue) of \(person.id), but \(id) has retired"
        )
      }
      guard assignment.role == .lead, person.status == .open else { continue }
      let load = next.openCaseCount(ledBy: id)
      if load > supervisor.capacity && load > openCaseCount(ledBy: id) {
        throw DomainError(
          "undo would make \(next.label(id)) lead \(counted(load, "open case")), beyond capacity \(supervisor.capacity); raise the capacity first"
        )
      }
    }
  }

  /// A supervisor removed by the restoration must not be referenced; one restored as retired
  /// must lead no open case.
  private func checkRestored(_ id: SupervisorID, in next: State) throws(DomainError) {
    guard let supervisor = next.supervisors[id] else {
      let user = next.personsInOrder.first { person in
        person.assignments.contains { $0.supervisor == id } || person.visits.contains { $0.by == id }
      }
      if let user {
        throw DomainError(
          "undo would remove \(label(id)), but \(user.id)'s assignments or visits name it since")
      }
      return
    }
    let led = next.openCasesLed(by: id)
    if supervisor.status == .retired, let first = led.first {
      throw DomainError(
        "undo would retire \(next.label(id)) again, but it leads open cases since (\(first.id)); assign them a new lead first"
      )
    }
  }

  /// Every supervisor's team must still exist (undoing a `team add` that members joined since
  /// is refused), and no team may end up with two active leaders.
  private static func checkTeamsExist(in next: State) throws(DomainError) {
    let teams = Set(next.teams.map(\.id))
    var leaders: [TeamID: SupervisorID] = [:]
    for supervisor in next.supervisorsInOrder {
      guard let team = supervisor.team else { continue }
      guard teams.contains(team) else {
        throw DomainError(
          "undo would remove \(team), but \(next.label(supervisor.id)) is a member of it since")
      }
      guard supervisor.teamRole == .leader, supervisor.status == .active else { continue }
      if let other = leaders[team] {
        throw DomainError(
          "undo would give \(next.label(team)) two leaders, \(other) and \(supervisor.id); change one's team-role first"
        )
      }
      leaders[team] = supervisor.id
    }
  }
}
