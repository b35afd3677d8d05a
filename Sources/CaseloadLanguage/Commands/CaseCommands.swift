import CaseloadCore

private struct Assign: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
  let supervisor = RequiredArgument<SupervisorID>.slot("SUPERVISOR")
  let role = RequiredArgument<Role>.key("role", default: { _ in .lead }, "lead (default) or helper")
  let from = RequiredArgument<Day>.dated("from", "first day of the assignment (default today)")
  let decision = OptionalArgument<String>.key(
    "decision", "number of the assignment decision, e.g. 12/QĐ-UBND")
  let reason = OptionalArgument<String>.key("reason", "why")
  let force = FlagArgument("force", "assign a lead even beyond the supervisor's capacity")
}

private struct Unassign: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
  let supervisor = RequiredArgument<SupervisorID>.slot("SUPERVISOR")
  let on = RequiredArgument<Day>.dated("on", "last day of the assignment (default today)")
  let reason = OptionalArgument<String>.key("reason", "why")
}

private struct VisitArguments: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
  let id = RequiredArgument<VisitID>.newID("the new visit's id (filled in by caseload)")
  let by = RequiredArgument<SupervisorID>.filled("by", "who made the contact (default the lead)")
  let on = RequiredArgument<Day>.dated("on", "date of the contact (default today)")
  let kind = RequiredArgument<ContactKind>.key(
    "kind", default: { _ in .home }, "home (default), phone, office, workplace or other")
  let note = OptionalArgument<String>.key("note", "what was found")
  let group = OptionalArgument<Group>.key("group", "classification made at the visit")
}

private struct VisitList: CommandArguments {
  let person = OptionalArgument<PersonID>.slot("PERSON")
  let by = OptionalArgument<SupervisorID>.key("by", "only visits by this supervisor")
  let from = OptionalArgument<Day>.key("from", "on or after this date")
  let to = OptionalArgument<Day>.key("to", "on or before this date")
}

private struct Classify: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
  let group = RequiredArgument<Group>.required(
    "group", "A law-abiding and stable, B struggling, C at risk, D detained")
  let on = RequiredArgument<Day>.dated("on", "date of the classification (default today)")
  let reason = OptionalArgument<String>.key("reason", "why")
}

let caseCommands: [CommandSpec] = [
  .mutation(
    "assign", "assign a supervisor to a person as lead (default) or helper", Assign.self,
    reads: .everythingWhen { ($0.word("role") ?? "lead").lowercased() != Role.helper.rawValue },
    build: { values in
      .assign(
        try values.person, try values.supervisor, role: try values.role, from: try values.from,
        decision: values.decision, reason: values.reason, force: values.force)
    }),
  .mutation(
    "unassign", "end a supervisor's assignment to a person", Unassign.self,
    build: { values in
      .unassign(try values.person, try values.supervisor, on: try values.on, reason: values.reason)
    }),
  .mutation(
    "visit", "record a visit or other contact", VisitArguments.self,
    fill: { values, context in
      guard !values.has(\.by) else { return }
      let person = try values.person
      guard let lead = context.state.persons[person]?.leadAssignment?.supervisor else {
        throw LanguageError("\(context.state.label(person)) has no lead; say who visited with by=")
      }
      values.set(\.by, lead)
    },
    build: { values in
      .visit(
        Visit(
          id: try values.id, person: try values.person, by: try values.by, on: try values.on,
          kind: try values.kind, note: values.note, group: values.group))
    }),
  .query(
    "visits", "visits, of one person or all", VisitList.self, reads: .everything,
    build: { values in
      .visits(VisitFilter(person: values.person, by: values.by, from: values.from, to: values.to))
    }),
  .mutation(
    "classify", "classify how a person is doing", Classify.self,
    build: { values in
      .classify(try values.person, try values.group, on: try values.on, reason: values.reason)
    }),
]
