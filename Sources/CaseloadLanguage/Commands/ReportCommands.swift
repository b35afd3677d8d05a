import CaseloadCore

let reportCommands: [CommandSpec] = [
  CommandSpec(
    "due", "open cases whose next visit falls within the coming days",
    keys: [Key("within", .count, "days from today (default 7)"), formatKey], effect: .query,
    reads: .everything,
    build: { arguments in .query(.due(within: arguments.number("within") ?? 7), format: arguments.format) }),
  CommandSpec(
    "overdue", "open cases whose next visit is before today", keys: [formatKey], effect: .query,
    reads: .everything,
    build: { arguments in .query(.overdue, format: arguments.format) }),
  CommandSpec(
    "unassigned", "open cases with no lead", keys: [formatKey], effect: .query, reads: .everything,
    build: { arguments in .query(.unassigned, format: arguments.format) }),
  CommandSpec(
    "caseload", "each active supervisor: capacity, open cases led, overdue among them",
    keys: [formatKey], effect: .query, reads: .everything,
    build: { arguments in .query(.caseload, format: arguments.format) }),
  CommandSpec(
    "policy show", "the visit interval of each group", keys: [formatKey], effect: .query,
    build: { arguments in .query(.policyShow, format: arguments.format) }),
  CommandSpec(
    "policy set", "change visit intervals (days); D is never due",
    keys: [
      Key("A", .count, "days between visits for group A"),
      Key("B", .count, "days between visits for group B"),
      Key("C", .count, "days between visits for group C"),
      Key("unclassified", .count, "days between visits for unclassified persons"),
    ], effect: .mutation,
    fill: { arguments, context in
      let current = context.state.policy
      let defaults = [
        ("A", current.a), ("B", current.b), ("C", current.c), ("unclassified", current.unclassified),
      ]
      for (name, days) in defaults where arguments[name] == nil {
        arguments[name] = .number(days)
      }
    },
    build: { arguments in
      var policy = Policy()
      policy.a = arguments.number("A")!
      policy.b = arguments.number("B")!
      policy.c = arguments.number("C")!
      policy.unclassified = arguments.number("unclassified")!
      return .mutation(.setPolicy(policy), canonical: "")
    }),
]

let sessionCommands: [CommandSpec] = [
  CommandSpec(
    "help", "list the commands, or explain one", slots: [Slot("COMMAND", .text, optional: true, rest: true)],
    effect: .session, build: { arguments in .session(.help(arguments.rest)) }),
  CommandSpec(
    "quit", aliases: ["exit"], "leave caseload", effect: .session,
    build: { _ in .session(.quit) }),
  CommandSpec(
    "source", "run the commands of a file", slots: [Slot("FILE", .text)], effect: .session,
    build: { arguments in .session(.source(arguments.text("FILE")!)) }),
  CommandSpec(
    "set", "set the default output format of this session",
    keys: [Key("format", .choice(OutputFormat.words), required: true, "table, csv or json")],
    effect: .session,
    build: { arguments in .session(.setFormat(arguments.format!)) }),
  CommandSpec(
    "begin", "start a transaction: what follows becomes durable together, or not at all",
    effect: .session, build: { _ in .session(.begin) }),
  CommandSpec(
    "commit", "make the transaction's changes durable", effect: .session,
    build: { _ in .session(.commit) }),
  CommandSpec(
    "rollback", "drop the transaction's changes", effect: .session,
    build: { _ in .session(.rollback) }),
]
