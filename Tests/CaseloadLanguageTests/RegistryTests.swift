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
