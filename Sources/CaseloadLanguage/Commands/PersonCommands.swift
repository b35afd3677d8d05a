import CaseloadCore

/// `id-card=`: a person add or edit with it reads every record, for the uniqueness rule.
private let idCardKey = Key("id-card", .text, clearable: true, "CCCD number, 12 digits")

/// The keys that set a person's fields, shared by `person add` and `person edit`.
let personFieldKeys: [FieldKey<PersonField>] = [
  FieldKey(key: Key("name", .text, "full name (họ, đệm, tên)")) { $0.textValue.map(PersonField.name) },
  FieldKey(key: Key("born", .date, "date of birth")) { $0.dayValue.map(PersonField.born) },
  FieldKey(key: Key("released", .date, "date the sentence was completed")) {
    $0.dayValue.map(PersonField.released)
  },
  FieldKey(key: Key("gender", .choice(Gender.words), clearable: true, "male or female")) {
    .gender($0.textValue.flatMap(Gender.init(rawValue:)))
  },
  FieldKey(key: idCardKey) { .idCard($0.textValue) },
  FieldKey(key: Key("address", .text, clearable: true, "where the person lives")) { .address($0.textValue) },
  FieldKey(key: Key("phone", .text, clearable: true, "phone number")) { .phone($0.textValue) },
  FieldKey(key: Key("offence", .text, clearable: true, "the offence of the sentence")) {
    .offence($0.textValue)
  },
  FieldKey(key: Key("sentence", .duration, clearable: true, "sentence length: 3y, 6m, 3y6m or life")) {
    if case .duration(let length) = $0 { return .sentence(length) }
    return .sentence(nil)
  },
  FieldKey(key: Key("release", .choice(ReleaseKind.words), clearable: true, "how the sentence ended")) {
    .release($0.textValue.flatMap(ReleaseKind.init(rawValue:)))
  },
  FieldKey(key: Key("certificate", .text, clearable: true, "number of the release certificate")) {
    .certificate($0.textValue)
  },
  FieldKey(key: Key("received", .date, "date the ward received the person (default today)")) {
    $0.dayValue.map(PersonField.received)
  },
  FieldKey(key: Key("note", .text, clearable: true, "free text")) { .note($0.textValue) },
]

private struct PersonAdd: CommandArguments {
  let name = Argument<String>.slot("NAME")
  let id = Argument<PersonID>.newID("the new person's id (filled in by caseload)")
  let received = Argument<Day>.dated("received", "date the ward received the person (default today)")
  let group = OptionalArgument<Group>.key("group", "classification A, B, C or D")
  let note = OptionalArgument<String>.key("note", "free text")
}

/// The field keys `person add` takes besides those it declares itself, `born=` and
/// `released=` required.
private let personAddFieldKeys: [Key] = personFieldKeys.compactMap { entry in
  let key = entry.key
  switch key.name {
  case "name", "received", "note": return nil
  default:
    let required = key.name == "born" || key.name == "released"
    return Key(key.name, key.kind, required: required, key.help)
  }
}

private struct OnePerson: CommandArguments {
  let person = Argument<PersonID>.slot("PERSON")
}

private struct PersonClose: CommandArguments {
  let person = Argument<PersonID>.slot("PERSON")
  let reason = Argument<CloseReason>.required("reason", "why the case closes")
  let on = Argument<Day>.dated("on", "date of closing (default today)")
  let note = OptionalArgument<String>.key("note", "free text")
}

private struct PersonReopen: CommandArguments {
  let person = Argument<PersonID>.slot("PERSON")
  let on = Argument<Day>.dated("on", "date of reopening (default today)")
  let note = OptionalArgument<String>.key("note", "free text")
}

private struct PersonList: CommandArguments {
  let text = OptionalArgument<String>.slot("TEXT")
  let status = OptionalArgument<String>.key(
    "status", words: CaseStatus.words + ["all"], "open (default), closed or all")
  let group = OptionalArgument<String>.key(
    "group", words: Group.words + ["none"], "classification; none for unclassified")
  let lead = OptionalArgument<SupervisorID>.key("lead", "only cases led by this supervisor")
  let sort = sortKey
}

let personCommands: [CommandSpec] = [
  .mutation(
    "person add", "receive a person released from prison (a new case)", PersonAdd.self,
    fieldKeys: personAddFieldKeys, reads: .everything,
    build: { values in
      var fields = [PersonField.name(try values.name)]
      fields += FieldKey.fields(personFieldKeys, from: values.arguments)
      return .addPerson(try values.id, fields, group: values.group)
    }),
  .mutation(
    "person edit", "change a person's details", OnePerson.self,
    fieldKeys: personFieldKeys.map(\.key), reads: .everythingWhen { $0.has(idCardKey.name) },
    build: { values in
      let fields = try FieldKey.edits(personFieldKeys, from: values.arguments, command: "person edit")
      return .editPerson(try values.person, fields)
    }),
  .mutation(
    "person close", "close a case", PersonClose.self,
    build: { values in
      .closePerson(
        try values.person, reason: try values.reason, on: try values.on, note: values.note, document: nil,
        force: false)
    }),
  .mutation(
    "person reopen", "reopen a closed case", PersonReopen.self,
    build: { values in .reopenPerson(try values.person, on: try values.on, note: values.note) }),
  .query(
    "person show", aliases: ["show"], "one person with assignments, visits and history",
    OnePerson.self, build: { values in .personShow(try values.person) }),
  .query(
    "person list", "persons, open cases by default", PersonList.self, reads: .everything,
    build: { values in
      var filter = PersonFilter()
      if let status = values.status { filter.status = CaseStatus(rawValue: status) }
      if let group = values.group { filter.group = .some(Group(rawValue: group)) }
      filter.lead = values.lead
      filter.text = values.text
      filter.byName = values.sort.sortsByName
      return .personList(filter)
    }),
]
