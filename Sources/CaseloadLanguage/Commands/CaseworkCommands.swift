import CaseloadCore

/// The keys that set a team's fields, shared by `team add` (all but the name) and `team edit`.
let teamFieldKeys: [FieldKey<TeamField>] = [
  FieldKey(key: Key("name", .text, "the team's name, e.g. Tổ bảo vệ ANTT số 1")) {
    $0.textValue.map(TeamField.name)
  },
  FieldKey(key: Key("area", .text, clearable: true, "the residential groups or streets it covers")) {
    .area($0.textValue)
  },
]

private struct SupportArguments: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
  let id = RequiredArgument<SupportID>.newID("the new support's id (filled in by caseload)")
  let kind = RequiredArgument<SupportKind>.required("kind", "what kind of support (NĐ 49/2020/NĐ-CP)")
  let on = RequiredArgument<Day>.dated("on", "date it was given (default today)")
  let by = OptionalArgument<SupervisorID>.key("by", "the supervisor who arranged it")
  let amount = OptionalArgument<Money>.key("amount", "whole đồng, e.g. 40.000.000")
  let provider = OptionalArgument<String>.key(
    "provider", "who gave it, e.g. Ngân hàng Chính sách xã hội")
  let note = OptionalArgument<String>.key("note", "what was given")
}

private struct SupportList: CommandArguments {
  let person = OptionalArgument<PersonID>.slot("PERSON")
  let kind = OptionalArgument<SupportKind>.key("kind", "only this kind")
  let from = OptionalArgument<Day>.key("from", "on or after this date")
  let to = OptionalArgument<Day>.key("to", "on or before this date")
}

private struct TeamAdd: CommandArguments {
  let name = RequiredArgument<String>.slot("NAME")
  let id = RequiredArgument<TeamID>.newID("the new team's id (filled in by caseload)")
}

private struct OneTeam: CommandArguments {
  let team = RequiredArgument<TeamID>.slot("TEAM")
}

private struct OnePerson: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
}

let caseworkCommands: [CommandSpec] = [
  .mutation(
    "support", "record a support measure: a job, training, a loan, papers…", SupportArguments.self,
    build: { values in
      .support(
        Support(
          id: try values.id, person: try values.person, kind: try values.kind, on: try values.on,
          by: values.by, amount: values.amount, provider: values.provider, note: values.note))
    }),
  .query(
    "supports", "support measures, of one person or all", SupportList.self, reads: .everything,
    build: { values in
      .supports(SupportFilter(person: values.person, kind: values.kind, from: values.from, to: values.to))
    }),
  .mutation(
    "team add", "add a security team (Tổ bảo vệ ANTT ở cơ sở)", TeamAdd.self,
    fieldKeys: teamFieldKeys.dropFirst().map(\.key),
    build: { values in
      let fields =
        [TeamField.name(try values.name)]
        + FieldKey.fields(teamFieldKeys.dropFirst().map { $0 }, from: values.arguments)
      return .addTeam(try values.id, fields)
    }),
  .mutation(
    "team edit", "change a team's name or area", OneTeam.self, fieldKeys: teamFieldKeys.map(\.key),
    build: { values in
      let fields = try FieldKey.edits(teamFieldKeys, from: values.arguments, command: "team edit")
      return .editTeam(try values.team, fields)
    }),
  .query(
    "team show", "one team with its members", OneTeam.self, reads: .everything,
    build: { values in .teamShow(try values.team) }),
  .query(
    "team list", "security teams: active members and the open cases they lead", reads: .everything,
    build: { _ in .teamList }),
  .query(
    "timeline", "a person's history in date order, then the law's coming dates", OnePerson.self,
    reads: .everything, build: { values in .timeline(try values.person) }),
]
