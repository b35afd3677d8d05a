extension State {
  /// Records a support measure for an open case, dated on or after reception and not after today.
  mutating func record(_ support: Support, rules: Rules) throws(DomainError) -> Outcome {
    guard support.id == nextSupport else {
      throw DomainError("the new support's id must be \(nextSupport), not \(support.id)")
    }
    var person = try receivedPerson(support.person, doing: "supported")
    if let by = support.by {
      let supervisor = try self.supervisor(by)
      guard supervisor.status == .active else {
        throw DomainError("only active supervisors can arrange a support; \(label(by)) is retired")
      }
    }
    try rules.checkEvent(support.on, "the support date", for: person)
    if let amount = support.amount, amount.dong <= 0 {
      throw DomainError("amount must be more than 0 đồng; leave it out when there is none")
    }
    person.supports.append(support)
    persons[support.person] = person
    nextSupport = SupportID(support.id.number + 1)
    var summary: Message =
      "recorded \(support.id): \(support.kind) for \(label(support.person)) on \(support.on)"
    if let amount = support.amount { summary += ", \(money: amount.dong)" }
    if let provider = support.provider { summary += " from \(provider)" }
    return Outcome(summary: summary, touched: .person(support.person))
  }

  mutating func addTeam(_ id: TeamID, _ fields: [TeamField]) throws(DomainError) -> Outcome {
    guard id == nextTeam else {
      throw DomainError("the new team's id must be \(nextTeam), not \(id)")
    }
    var team = Team(id: id, name: "")
    for field in fields { team.set(field) }
    try checkTeam(team)
    teams.append(team)
    nextTeam = TeamID(id.number + 1)
    return Outcome(summary: "added \(id) \(team.name)", touched: .settings)
  }

  mutating func editTeam(_ id: TeamID, _ fields: [TeamField]) throws(DomainError) -> Outcome {
    var team = try self.team(id)
    for field in fields { team.set(field) }
    try checkTeam(team)
    teams = teams.map { $0.id == id ? team : $0 }
    let names = fields.map(\.key).joined(separator: ", ")
    return Outcome(summary: "edited \(label(id)): \(names)", touched: .settings)
  }

  /// A team has a name that no other team has (names find teams, so two alike would be a trap).
  private func checkTeam(_ team: Team) throws(DomainError) {
    guard !team.name.isBlank else {
      throw DomainError("a team needs a name, e.g. \"Tổ bảo vệ ANTT số 1\"")
    }
    let folded = Folding.fold(team.name)
    if let other = teams.first(where: { $0.id != team.id && Folding.fold($0.name) == folded }) {
      throw DomainError("\(label(other.id)) already has that name; give the team another")
    }
  }
}

extension Touched {
  /// The ward's settings (policy, ward, teams) only.
  static var settings: Touched {
    var touched = Touched()
    touched.settings = true
    return touched
  }
}
