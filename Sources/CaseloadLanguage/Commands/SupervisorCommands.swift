import CaseloadCore

/// The keys that set a supervisor's fields, shared by `supervisor add` and `supervisor edit`.
let supervisorFieldKeys: [FieldKey<SupervisorField>] = [
  FieldKey(key: Key("name", .text, "full name")) { $0.textValue.map(SupervisorField.name) },
  FieldKey(key: Key("kind", .choice(SupervisorKind.words), "who the supervisor is (default other)")) {
    $0.textValue.flatMap(SupervisorKind.init(rawValue:)).map(SupervisorField.kind)
  },
  FieldKey(key: Key("org", .text, clearable: true, "organisation, e.g. Tổ bảo vệ ANTT số 3")) {
    .org($0.textValue)
  },
  FieldKey(key: Key("phone", .text, clearable: true, "phone number")) { .phone($0.textValue) },
  FieldKey(key: Key("area", .text, clearable: true, "area covered")) { .area($0.textValue) },
  FieldKey(key: Key("capacity", .count, "most open cases they may lead (default 3)")) {
    if case .number(let number) = $0 { return .capacity(number) }
    return nil
  },
]

let supervisorCommands: [CommandSpec] = [
  CommandSpec(
    "supervisor add", "add someone who can be assigned to persons", slots: [Slot("NAME", .text)],
    keys: [Key("id", .newID, "the new supervisor's id (filled in by caseload)")]
      + supervisorFieldKeys.dropFirst().map(\.key), effect: .mutation,
    // Every record, to warn of a supervisor of the same name (a script run twice).
    reads: .everything,
    fill: { arguments, context in
      if arguments["id"] == nil { arguments["id"] = .supervisor(context.state.nextSupervisor) }
      if arguments["kind"] == nil { arguments["kind"] = .word(SupervisorKind.other.rawValue) }
      if arguments["capacity"] == nil { arguments["capacity"] = .number(3) }
    },
    build: { arguments in
      guard let id = arguments.supervisor("id") else {
        throw LanguageError("id= must be a supervisor id like S1")
      }
      let fields =
        [SupervisorField.name(arguments.text("NAME") ?? "")]
        + FieldKey.fields(supervisorFieldKeys, from: arguments)
      return .mutation(.addSupervisor(id, fields), canonical: "")
    }),
  CommandSpec(
    "supervisor edit", "change a supervisor's details", slots: [Slot("SUPERVISOR", .supervisor)],
    keys: supervisorFieldKeys.map(\.key), effect: .mutation,
    build: { arguments in
      let fields = try FieldKey.edits(supervisorFieldKeys, from: arguments, command: "supervisor edit")
      return .mutation(.editSupervisor(arguments.supervisor("SUPERVISOR")!, fields), canonical: "")
    }),
  CommandSpec(
    "supervisor retire", "retire a supervisor who leads no open case",
    slots: [Slot("SUPERVISOR", .supervisor)], keys: [Key("on", .date, "date (default today)")],
    effect: .mutation, reads: .everything, changesUnnamed: true,
    fill: { arguments, context in try context.defaultToToday(&arguments, "on") },
    build: { arguments in
      .mutation(
        .retireSupervisor(arguments.supervisor("SUPERVISOR")!, on: arguments.day("on")!),
        canonical: "")
    }),
  CommandSpec(
    "supervisor show", "one supervisor", slots: [Slot("SUPERVISOR", .supervisor)], keys: [formatKey],
    effect: .query, reads: .everything,
    build: { arguments in
      .query(.supervisorShow(arguments.supervisor("SUPERVISOR")!), format: arguments.format)
    }),
  CommandSpec(
    "supervisor list", "supervisors, active ones by default",
    slots: [Slot("TEXT", .text, optional: true)],
    keys: [
      Key("status", .choice(SupervisorStatus.words + ["all"]), "active (default), retired or all"),
      Key("kind", .choice(SupervisorKind.words), "only this kind"), sortKey, formatKey,
    ], effect: .query, reads: .everything,
    build: { arguments in
      var filter = SupervisorFilter()
      if let status = arguments.text("status") { filter.status = SupervisorStatus(rawValue: status) }
      filter.kind = arguments.choice("kind")
      filter.text = arguments.text("TEXT")
      filter.byName = arguments.text("sort") == "name"
      return .query(.supervisorList(filter), format: arguments.format)
    }),
]
