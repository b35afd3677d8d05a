import CaseloadCore

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
  FieldKey(key: Key("id-card", .text, clearable: true, "CCCD number, 12 digits")) { .idCard($0.textValue) },
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

private let groupKey = Key("group", .choice(Group.words), "classification A, B, C or D")

private func personAddKeys() -> [Key] {
  var keys = [Key("id", .newID, "the new person's id (filled in by caseload)")]
  for entry in personFieldKeys where entry.key.name != "name" {
    let required = entry.key.name == "born" || entry.key.name == "released"
    keys.append(Key(entry.key.name, entry.key.kind, required: required, entry.key.help))
  }
  keys.insert(groupKey, at: keys.count - 1)
  return keys
}

let personCommands: [CommandSpec] = [
  CommandSpec(
    "person add", "receive a person released from prison (a new case)",
    slots: [Slot("NAME", .text)], keys: personAddKeys(), effect: .mutation, reads: .everything,
    fill: { arguments, context in
      if arguments["id"] == nil { arguments["id"] = .person(context.state.nextPerson) }
      try context.defaultToToday(&arguments, "received")
    },
    build: { arguments in
      var fields = [PersonField.name(arguments.text("NAME") ?? "")]
      fields += FieldKey.fields(personFieldKeys, from: arguments)
      guard let id = arguments.person("id") else {
        throw LanguageError("id= must be a person id like P1")
      }
      return .mutation(
        .addPerson(id, fields, group: arguments.choice("group")), canonical: "")
    }),
  CommandSpec(
    "person edit", "change a person's details", slots: [Slot("PERSON", .person)],
    keys: personFieldKeys.map(\.key), effect: .mutation,
    reads: .everythingWhen { $0.has("id-card") },
    build: { arguments in
      let fields = try FieldKey.edits(personFieldKeys, from: arguments, command: "person edit")
      return .mutation(.editPerson(arguments.person("PERSON")!, fields), canonical: "")
    }),
  CommandSpec(
    "person close", "close a case", slots: [Slot("PERSON", .person)],
    keys: [
      Key("reason", .choice(CloseReason.words), required: true, "why the case closes"),
      Key("on", .date, "date of closing (default today)"), noteKey,
    ], effect: .mutation,
    fill: { arguments, context in try context.defaultToToday(&arguments, "on") },
    build: { arguments in
      .mutation(
        .closePerson(
          arguments.person("PERSON")!, reason: arguments.choice("reason")!, on: arguments.day("on")!,
          note: arguments.optionalText("note")), canonical: "")
    }),
  CommandSpec(
    "person reopen", "reopen a closed case", slots: [Slot("PERSON", .person)],
    keys: [Key("on", .date, "date of reopening (default today)"), noteKey], effect: .mutation,
    fill: { arguments, context in try context.defaultToToday(&arguments, "on") },
    build: { arguments in
      .mutation(
        .reopenPerson(
          arguments.person("PERSON")!, on: arguments.day("on")!, note: arguments.optionalText("note")),
        canonical: "")
    }),
  CommandSpec(
    "person show", aliases: ["show"], "one person with assignments, visits and history",
    slots: [Slot("PERSON", .person)], keys: [formatKey], effect: .query,
    build: { arguments in .query(.personShow(arguments.person("PERSON")!), format: arguments.format) }),
  CommandSpec(
    "person list", "persons, open cases by default", slots: [Slot("TEXT", .text, optional: true)],
    keys: [
      Key("status", .choice(CaseStatus.words + ["all"]), "open (default), closed or all"),
      Key("group", .choice(Group.words + ["none"]), "classification; none for unclassified"),
      Key("lead", .supervisor, "only cases led by this supervisor"), sortKey, formatKey,
    ], effect: .query, reads: .everything,
    build: { arguments in
      var filter = PersonFilter()
      if let status = arguments.text("status") { filter.status = CaseStatus(rawValue: status) }
      if let group = arguments.text("group") { filter.group = .some(Group(rawValue: group)) }
      filter.lead = arguments.supervisor("lead")
      filter.text = arguments.text("TEXT")
      filter.byName = arguments.text("sort") == "name"
      return .query(.personList(filter), format: arguments.format)
    }),
]
