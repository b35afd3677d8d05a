import CaseloadCore

private struct Due: CommandArguments {
  let within = OptionalArgument<Int>.key("within", "days from today (default 7)")
}

private struct Expungement: CommandArguments {
  let within = OptionalArgument<Int>.key("within", "days from today (default 30)")
}

private struct Loans: CommandArguments {
  let on = RequiredArgument<Day>.dated("on", "the day the window must include (default today)")
}

private struct PolicySet: CommandArguments {
  let a = RequiredArgument<Int>.key("A", default: { $0.state.policy.a }, "days between visits for group A")
  let b = RequiredArgument<Int>.key("B", default: { $0.state.policy.b }, "days between visits for group B")
  let c = RequiredArgument<Int>.key("C", default: { $0.state.policy.c }, "days between visits for group C")
  let unclassified = RequiredArgument<Int>.key(
    "unclassified", default: { $0.state.policy.unclassified },
    "days between visits for unclassified persons")
}

private struct WardSet: CommandArguments {
  let name = RequiredArgument<String>.required("name", "the ward's name, e.g. \"Phường Hòa Bình\"")
  let province = OptionalArgument<String>.key("province", "its province or city")
}

let reportCommands: [CommandSpec] = [
  .query(
    "due", "open cases whose next visit falls within the coming days", Due.self, reads: .everything,
    build: { values in .due(within: values.within ?? 7) }),
  .query(
    "overdue", "open cases whose next visit is before today", reads: .everything,
    build: { _ in .overdue }),
  .query("unassigned", "open cases with no lead", reads: .everything, build: { _ in .unassigned }),
  .query(
    "caseload", "each active supervisor: capacity, open cases led, overdue among them",
    reads: .everything, build: { _ in .caseload }),
  .query(
    "arrivals", "expected persons: release, notification and the day residence must be verified by",
    reads: .everything, build: { _ in .arrivals }),
  .query(
    "expungement", "open cases whose criminal record clears within the coming days (xóa án tích)",
    Expungement.self, reads: .everything,
    build: { values in .expungement(within: values.within ?? 30) }),
  .query(
    "loans", "open cases (group A or B) still within the preferential-loan window", Loans.self,
    reads: .everything, build: { values in .loans(on: try values.on) }),
  reportUpwardsCommand,
  .query("law", "every rule the program applies, with its value and legal source", build: { _ in .law }),
  .query("ward show", "the ward's own name and province", build: { _ in .wardShow }),
  .mutation(
    "ward set", "name the ward (used by reports and transfers)", WardSet.self,
    build: { values in .setWard(name: try values.name, province: values.province) }),
  .query("policy show", "the visit interval of each group", build: { _ in .policyShow }),
  .mutation(
    "policy set", "change visit intervals (days); D is never due", PolicySet.self,
    build: { values in
      var policy = Policy()
      policy.a = try values.a
      policy.b = try values.b
      policy.c = try values.c
      policy.unclassified = try values.unclassified
      return .setPolicy(policy)
    }),
]

private struct Help: CommandArguments {
  let command = RestArgument("COMMAND")
}

private struct Source: CommandArguments {
  let file = RequiredArgument<String>.slot("FILE")
}

private struct SetArguments: CommandArguments {
  let format = OptionalArgument<OutputFormat>.key("format", "table, csv or json")
  let lang = OptionalArgument<DisplayLanguage>.key("lang", "vi or en: the language caseload speaks")
}

let sessionCommands: [CommandSpec] = [
  .session(
    "help", "list the commands, or explain one", Help.self,
    build: { values in .help(values.command) }),
  .session("quit", aliases: ["exit"], "leave caseload", build: { _ in .quit }),
  .session("source", "run the commands of a file", Source.self, build: { .source(try $0.file) }),
  .session(
    "set", "set this session's output format or language", SetArguments.self,
    build: { values in
      guard values.format != nil || values.lang != nil else {
        throw LanguageError("'set' needs format=table|csv|json or lang=vi|en")
      }
      return .set(format: values.format, language: values.lang)
    }),
  .session(
    "begin", "start a transaction: what follows becomes durable together, or not at all",
    build: { _ in .begin }),
  .session("commit", "make the transaction's changes durable", build: { _ in .commit }),
  .session("rollback", "drop the transaction's changes", build: { _ in .rollback }),
]
