import CaseloadCore

private let teamKey = Key(
  "team", .team, clearable: true, "security team joined (T1 or its name); empty leaves it")
private let teamRoleKey = Key(
  "team-role", .choice(TeamRole.words), "place in the team (default member when team= is given)")

/// The keys that set a supervisor's fields, shared by `supervisor add` and `supervisor edit`.
let supervisorFieldKeys: [FieldKey<SupervisorField>] = [
  FieldKey(key: Key("name", .text, "full name")) { $0.textValue.map(SupervisorField.name) },
  FieldKey(
    key: Key("kind", .choice(SupervisorKind.words), "who the supervisor is (default other)"),
    defaultValue: SupervisorKind.other.argument
  ) {
    $0.textValue.flatMap(SupervisorKind.init(rawValue:)).map(SupervisorField.kind)
  },
  FieldKey(key: Key("org", .text, clearable: true, "organisation, e.g. Tổ bảo vệ ANTT số 3")) {
    .org($0.textValue)
  },
  FieldKey(key: Key("phone", .text, clearable: true, "phone number")) { .phone($0.textValue) },
  FieldKey(key: Key("area", .text, clearable: true, "area covered")) { .area($0.textValue) },
  FieldKey(
    key: Key("capacity", .count, "most open cases they may lead (default 3)"),
    defaultValue: .number(3)
  ) {
    if case .number(let number) = $0 { return .capacity(number) }
    return nil
  },
  FieldKey(key: teamKey) {
    .team(TeamID(argument: $0))
  },
  FieldKey(key: teamRoleKey) {
    $0.textValue.flatMap(TeamRole.init(rawValue:)).map(SupervisorField.teamRole)
  },
]

/// `team=` without `team-role=` makes the supervisor a member, and the canonical text says so.
private func fillTeamRole(_ arguments: inout Arguments) {
  guard let team = arguments[teamKey.name], team != .cleared, arguments[teamRoleKey.name] == nil else {
    return
  }
  arguments[teamRoleKey.name] = TeamRole.member.argument
}

private struct SupervisorAdd: CommandArguments {
  let name = RequiredArgument<String>.slot("NAME")
  let id = RequiredArgument<SupervisorID>.newID("the new supervisor's id (filled in by caseload)")
}

private struct SupervisorEdit: CommandArguments {
  let supervisor = RequiredArgument<SupervisorID>.slot("SUPERVISOR")
}

private struct SupervisorRetire: CommandArguments {
  let supervisor = RequiredArgument<SupervisorID>.slot("SUPERVISOR")
  let on = RequiredArgument<Day>.dated("on", "date (default today)")
}

private struct SupervisorList: CommandArguments {
  let text = OptionalArgument<String>.slot("TEXT")
  let status = OptionalArgument<String>.key(
    "status", words: SupervisorStatus.words + ["all"], "active (default), retired or all")
  let kind = OptionalArgument<SupervisorKind>.key("kind", "only this kind")
  let sort = sortKey
}

let supervisorCommands: [CommandSpec] = [
  .mutation(
    "supervisor add", "add someone who can be assigned to persons", SupervisorAdd.self,
    fieldKeys: supervisorFieldKeys.dropFirst().map(\.key),
    // Every record, to warn of a supervisor of the same name (a script run twice).
    reads: .everything,
    fill: { values, _ in
      FieldKey.fillDefaults(supervisorFieldKeys, &values.arguments)
      fillTeamRole(&values.arguments)
    },
    build: { values in
      let fields =
        [SupervisorField.name(try values.name)]
        + FieldKey.fields(supervisorFieldKeys.dropFirst().map { $0 }, from: values.arguments)
      return .addSupervisor(try values.id, fields)
    }),
  .mutation(
    "supervisor edit", "change a supervisor's details", SupervisorEdit.self,
    fieldKeys: supervisorFieldKeys.map(\.key),
    // A leader must be the team's only one, which every supervisor is needed to tell.
    reads: .everythingWhen { $0.has("team") || $0.has("team-role") },
    fill: { values, _ in fillTeamRole(&values.arguments) },
    build: { values in
      let fields = try FieldKey.edits(
        supervisorFieldKeys, from: values.arguments, command: "supervisor edit")
      return .editSupervisor(try values.supervisor, fields)
    }),
  .mutation(
    "supervisor retire", "retire a supervisor who leads no open case", SupervisorRetire.self,
    reads: .everything, changesUnnamed: true,
    build: { values in .retireSupervisor(try values.supervisor, on: try values.on) }),
  .query(
    "supervisor show", "one supervisor", SupervisorEdit.self, reads: .everything,
    build: { values in .supervisorShow(try values.supervisor) }),
  .query(
    "supervisor list", "supervisors, active ones by default", SupervisorList.self,
    reads: .everything,
    build: { values in
      var filter = SupervisorFilter()
      if let status = values.status { filter.status = SupervisorStatus(rawValue: status) }
      filter.kind = values.kind
      filter.text = values.text
      filter.byName = values.sort.sortsByName
      return .supervisorList(filter)
    }),
]
