extension State {
  /// Support measures that pass the filter, by date, then id.
  func supportsReport(_ filter: SupportFilter) -> Report {
    let chosen = filter.person.map { id in persons[id].map { [$0] } ?? [] } ?? personsInOrder
    let supports = chosen.flatMap(\.supports).filter(filter.includes)
    return CaseworkRows.support.report(supports.sorted { ($0.on, $0.id) < ($1.on, $1.id) }, in: self)
  }

  /// One team with its active members (leader, deputies, members) and what each leads.
  func teamReport(_ team: Team) -> Report {
    var record = CaseworkRows.team.record(team, in: self)
    let roster = members(of: team.id).map { member in
      Field.record(
        Record([
          ("supervisor", named(member.id)), ("role", Field(word: member.teamRole)),
          ("kind", .word(member.kind.rawValue)), ("phone", Field(member.phone)),
          ("load", .number(openCaseCount(ledBy: member.id))),
        ]))
    }
    record.fields.append((key: "roster", value: .list(roster)))
    return Report(body: .record(record))
  }

  /// One supervisor; tables add the team and role, which JSON and CSV leave out so that the
  /// supervisor record keeps the shape §6 gives it (`team show` lists them in JSON).
  func supervisorReport(_ supervisor: Supervisor) -> Report {
    var report = Report(body: .record(Rows.supervisor.record(supervisor, in: self)))
    if supervisor.team != nil {
      report.tableOnlyFields = [
        ("team", named(supervisor.team)), ("teamRole", Field(word: supervisor.teamRole)),
      ]
    }
    return report
  }

  /// Open cases led by the team's active members.
  func openCasesLed(byTeam team: TeamID) -> Int {
    members(of: team).reduce(0) { $0 + openCaseCount(ledBy: $1.id) }
  }

  /// A team's id with its name, for tables; null for none.
  func named(_ id: TeamID?) -> Field {
    id.map { id in .named(id.description, name: teams.first { $0.id == id }?.name) } ?? .null
  }
}

extension Money {
  /// A plain integer in JSON and CSV, `40.000.000` in tables.
  var field: Field { .money(dong) }
}

/// The row shapes of §10.
enum CaseworkRows {
  static let support = Columns<Support>(fields: [
    ("id", { Field($1.id) }), ("person", { $0.named($1.person) }), ("kind", { .word($1.kind.rawValue) }),
    ("on", { Field($1.on) }), ("by", { $0.named($1.by) }), ("amount", { $1.amount?.field ?? .null }),
    ("provider", { Field($1.provider) }), ("note", { Field($1.note) }),
  ])

  static let team = Columns<Team>(fields: [
    ("id", { Field($1.id) }), ("name", { .text($1.name) }), ("area", { Field($1.area) }),
    ("members", { .number($0.members(of: $1.id).count) }),
    ("openCases", { .number($0.openCasesLed(byTeam: $1.id)) }),
  ])
}
