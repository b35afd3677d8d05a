import CaseloadCore
import Testing

@testable import CaseloadLanguage

@Suite struct RegistryTests {
  let registry = Registry.standard

  @Test func namesAreUniqueAndEveryCommandHasHelp() {
    let names = registry.commands.flatMap { $0.paths.map { $0.joined(separator: " ") } }
    #expect(Set(names).count == names.count)
    for spec in registry.commands {
      #expect(!spec.summary.isEmpty, "\(spec.name)")
      for key in spec.keys { #expect(!key.help.isEmpty, "\(spec.name) \(key.name)") }
      #expect(Set(spec.keys.map(\.name)).count == spec.keys.count, "\(spec.name)")
    }
  }

  @Test(arguments: [
    ("sup li", "supervisor list"), ("person add X born=1990-01-01 released=2020-01-01", "person add"),
    ("VISIT P1", "visit"), ("visits", "visits"), ("show P1", "person show"), ("exit", "quit"),
    ("pol se A=10", "policy set"), ("unassigned", "unassigned"), ("unassign P1 S1", "unassign"),
    ("PERSON LIST", "person list"), ("ov", "overdue"),
  ])
  func prefixesResolve(text: String, expected: String) throws {
    guard case .invocation(let invocation) = try registry.parse(text) else {
      Issue.record("no invocation for \(text)")
      return
    }
    #expect(invocation.spec.name == expected)
  }

  @Test(arguments: [
    ("vis", "ambiguous: visit, visits"), ("una", "ambiguous: unassign, unassigned"), ("c", "ambiguous"),
    ("frobnicate", "unknown command 'frobnicate'"),
    ("person", "'person' needs one of: add, expect, receive, edit, close, reopen, show, list"),
    ("person add X brn=1990-01-01", "unknown key 'brn' for 'person add'; did you mean 'born'?"),
    ("person add X born=1990-01-01", "'person add' needs released=DATE"),
    ("person show", "'person show' needs PERSON"),
    ("person show P1 P2", "unexpected word 'P2'"),
    ("visit P1 on=today on=yesterday", "key 'on' is given twice"),
    ("due within=3 zzz=1", "allowed: within, format"),
    ("shwo P1", "unknown command 'shwo'; did you mean 'show'?"),
    ("vist P1", "unknown command 'vist'; did you mean 'visit'?"),
    ("person lsit", "unknown word after 'person' 'lsit'; did you mean 'list'?"),
    ("audti log", "unknown command 'audti'; did you mean 'audit'?"),
    ("xyzzy", "unknown command 'xyzzy'; allowed: person, supervisor,"),
  ])
  func mistakesAreNamed(text: String, expected: String) {
    let error = #expect(throws: LanguageError.self) { try registry.parse(text) }
    #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
  }

  @Test(arguments: [
    ("shwo", "show", 1), ("show", "show", 0), ("lsit", "list", 1), ("", "abcd", 4), ("vist", "visit", 1),
  ])
  func swappedNeighboursAreOneEdit(typed: String, name: String, distance: Int) {
    #expect(editDistance(typed, name) == distance)
  }

  @Test func usageIsDerivedFromDeclarations() throws {
    let spec = try registry.spec(named: ["person", "add"])
    #expect(spec.usage.hasPrefix("person add NAME born=DATE released=DATE [gender=male|female]"))
    #expect(!spec.usage.contains("id="))
    #expect(try registry.spec(named: ["ass"]).usage.hasSuffix("[force]"))
  }
}

/// `isCanonicalText` answers what comparing with `canonicalText` answers, without writing it.
@Suite struct CanonicalTextTests {
  @Test(arguments: [
    #"supervisor add "Trần Thị Bích" id=S1 kind=team capacity=3"#,
    #"person add "Nguyễn Văn An" id=P1 born=1980-01-02 released=2026-10-01 received=2026-10-05"#,
    #"visit P1 id=V1 by=S1 on=2026-11-01 kind=home note="ổn định \"tốt\"""#,
    "classify P1 group=B on=2026-11-02", "person close P1 reason=moved on=2026-11-03 force",
  ])
  func agreesWithTheWrittenText(canonical: String) throws {
    guard case .invocation(let invocation) = try Registry.standard.parse(canonical) else {
      Issue.record("no invocation for \(canonical)")
      return
    }
    var state = State()
    let today = Day(parsing: "2026-11-27")!
    let person: [PersonField] = [
      .name("Nguyễn Văn An"), .born(Day(parsing: "1980-01-02")!), .released(Day(parsing: "2026-10-01")!),
      .received(Day(parsing: "2026-10-05")!),
    ]
    _ = try state.apply(.addPerson(PersonID(1), person, group: nil), today: today)
    _ = try state.apply(.addSupervisor(SupervisorID(1), [.name("Trần Thị Bích")]), today: today)
    let (arguments, _) = try invocation.resolvedArguments(in: ResolveContext(state: state, today: nil))
    let spec = invocation.spec
    let variants = [
      canonical, canonical + " ", " " + canonical, String(canonical.dropLast()), canonical + "x",
      canonical.replacing(" ", with: "  "),
      canonical.replacing("=", with: "= "),
      spec.name,
    ]
    for variant in variants {
      #expect(
        spec.isCanonicalText(variant, of: arguments) == (spec.canonicalText(arguments) == variant),
        "\(variant)")
    }
    #expect(spec.isCanonicalText(canonical, of: arguments))
  }
}
