import CaseloadCore

let caseCommands: [CommandSpec] = [
  CommandSpec(
    "assign", "assign a supervisor to a person as lead (default) or helper",
    slots: [Slot("PERSON", .person), Slot("SUPERVISOR", .supervisor)],
    keys: [
      Key("role", .choice(Role.words), "lead (default) or helper"),
      Key("from", .date, "first day of the assignment (default today)"),
      Key("decision", .text, "number of the assignment decision, e.g. 12/QĐ-UBND"),
      Key("reason", .text, "why"),
    ], flags: [Flag("force", "assign a lead even beyond the supervisor's capacity")], effect: .mutation,
    reads: .everythingWhen { ($0.word("role") ?? "lead").lowercased() != "helper" },
    fill: { arguments, context in
      if arguments["role"] == nil { arguments["role"] = .word(Role.lead.rawValue) }
      try context.defaultToToday(&arguments, "from")
    },
    build: { arguments in
      .mutation(
        .assign(
          arguments.person("PERSON")!, arguments.supervisor("SUPERVISOR")!,
          role: arguments.choice("role")!, from: arguments.day("from")!,
          decision: arguments.optionalText("decision"), reason: arguments.optionalText("reason"),
          force: arguments.flags.contains("force")), canonical: "")
    }),
  CommandSpec(
    "unassign", "end a supervisor's assignment to a person",
    slots: [Slot("PERSON", .person), Slot("SUPERVISOR", .supervisor)],
    keys: [Key("on", .date, "last day of the assignment (default today)"), Key("reason", .text, "why")],
    effect: .mutation,
    fill: { arguments, context in try context.defaultToToday(&arguments, "on") },
    build: { arguments in
      .mutation(
        .unassign(
          arguments.person("PERSON")!, arguments.supervisor("SUPERVISOR")!, on: arguments.day("on")!,
          reason: arguments.optionalText("reason")), canonical: "")
    }),
  CommandSpec(
    "visit", "record a visit or other contact", slots: [Slot("PERSON", .person)],
    keys: [
      Key("id", .newID, "the new visit's id (filled in by caseload)"),
      Key("by", .supervisor, "who made the contact (default the lead)"),
      Key("on", .date, "date of the contact (default today)"),
      Key("kind", .choice(ContactKind.words), "home (default), phone, office, workplace or other"),
      Key("note", .text, "what was found"),
      Key("group", .choice(Group.words), "classification made at the visit"),
    ], effect: .mutation,
    fill: { arguments, context in
      if arguments["id"] == nil { arguments["id"] = .visit(context.state.nextVisit) }
      if arguments["by"] == nil, let id = arguments.person("PERSON") {
        guard let lead = context.state.persons[id]?.leadAssignment?.supervisor else {
          throw LanguageError("\(context.state.label(id)) has no lead; say who visited with by=")
        }
        arguments["by"] = .supervisor(lead)
      }
      try context.defaultToToday(&arguments, "on")
      if arguments["kind"] == nil { arguments["kind"] = .word(ContactKind.home.rawValue) }
    },
    build: { arguments in
      guard case .visit(let id) = arguments["id"] else {
        throw LanguageError("id= must be a visit id like V1")
      }
      let visit = Visit(
        id: id, person: arguments.person("PERSON")!, by: arguments.supervisor("by")!,
        on: arguments.day("on")!, kind: arguments.choice("kind")!,
        note: arguments.optionalText("note"), group: arguments.choice("group"))
      return .mutation(.visit(visit), canonical: "")
    }),
  CommandSpec(
    "visits", "visits, of one person or all", slots: [Slot("PERSON", .person, optional: true)],
    keys: [
      Key("by", .supervisor, "only visits by this supervisor"),
      Key("from", .date, "on or after this date"), Key("to", .date, "on or before this date"),
      formatKey,
    ], effect: .query, reads: .everything,
    build: { arguments in
      let filter = VisitFilter(
        person: arguments.person("PERSON"), by: arguments.supervisor("by"),
        from: arguments.day("from"), to: arguments.day("to"))
      return .query(.visits(filter), format: arguments.format)
    }),
  CommandSpec(
    "classify", "classify how a person is doing", slots: [Slot("PERSON", .person)],
    keys: [
      Key(
        "group", .choice(Group.words), required: true,
        "A law-abiding and stable, B struggling, C at risk, D detained"),
      Key("on", .date, "date of the classification (default today)"), Key("reason", .text, "why"),
    ], effect: .mutation,
    fill: { arguments, context in try context.defaultToToday(&arguments, "on") },
    build: { arguments in
      .mutation(
        .classify(
          arguments.person("PERSON")!, arguments.choice("group")!, on: arguments.day("on")!,
          reason: arguments.optionalText("reason")), canonical: "")
    }),
]
