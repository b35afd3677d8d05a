extension State {
  mutating func addSupervisor(_ id: SupervisorID, _ fields: [SupervisorField], rules: Rules)
    throws(DomainError) -> Outcome
  {
    guard id == nextSupervisor else {
      throw DomainError("the new supervisor's id must be \(nextSupervisor), not \(id)")
    }
    var supervisor = Supervisor(id: id, name: "")
    for field in fields { supervisor.set(field) }
    try Rules.check(supervisor)
    try checkTeam(of: supervisor)
    var outcome = Outcome(summary: "added \(id) \(supervisor.name)", touched: .supervisor(id))
    // Likely a script run twice; playback has no one to tell.
    if rules.today != nil {
      let sameName = supervisor.name.lowercased()
      for other in supervisorsInOrder where other.name.lowercased() == sameName {
        let retired = other.status == .retired ? " (retired)" : ""
        outcome.warnings.append("\(label(other.id))\(retired) has the same name; added all the same")
      }
    }
    supervisors[id] = supervisor
    nextSupervisor = SupervisorID(id.number + 1)
    return outcome
  }

  mutating func editSupervisor(_ id: SupervisorID, _ fields: [SupervisorField]) throws(DomainError)
    -> Outcome
  {
    var supervisor = try self.supervisor(id)
    for field in fields { supervisor.set(field) }
    try Rules.check(supervisor)
    try checkTeam(of: supervisor)
    supervisors[id] = supervisor
    let names = fields.map(\.key).joined(separator: ", ")
    return Outcome(summary: "edited \(label(id)): \(names)", touched: .supervisor(id))
  }

  /// A supervisor's team exists, a role goes with a team, and an active team has at most
  /// one leader (tổ trưởng).
  func checkTeam(of supervisor: Supervisor) throws(DomainError) {
    guard let teamID = supervisor.team else {
      if let role = supervisor.teamRole {
        throw DomainError(
          "team-role=\(role.rawValue) needs a team: \(supervisor.id) is in none (give team= too)")
      }
      return
    }
    _ = try team(teamID)
    guard supervisor.teamRole == .leader, supervisor.status == .active else { return }
    let other = members(of: teamID).first { $0.teamRole == .leader && $0.id != supervisor.id }
    if let other {
      throw DomainError(
        "\(label(teamID)) already has a leader, \(label(other.id)); make them deputy or member first")
    }
  }
}

extension Supervisor {
  mutating func set(_ field: SupervisorField) {
    switch field {
    case .name(let value): name = value
    case .kind(let value): kind = value
    case .org(let value): org = value
    case .phone(let value): phone = value
    case .area(let value): area = value
    case .capacity(let value): capacity = value
    case .team(let value):
      // Joining or leaving a team starts over as a member (or nothing); a role given with it follows.
      team = value
      teamRole = value == nil ? nil : .member
    case .teamRole(let value): teamRole = value
    }
  }
}

extension SupervisorField {
  /// The command key that sets this field.
  public var key: String {
    switch self {
    case .name: "name"
    case .kind: "kind"
    case .org: "org"
    case .phone: "phone"
    case .area: "area"
    case .capacity: "capacity"
    case .team: "team"
    case .teamRole: "team-role"
    }
  }
}
