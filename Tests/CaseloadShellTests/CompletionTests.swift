import CaseloadCore
import CaseloadLanguage
import Testing

@testable import CaseloadShell

@Suite struct CompletionTests {
  func completer() throws -> Completer {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(wardScript)
    return Completer(registry: .standard, state: harness.store.state)
  }

  @Test(arguments: [
    ("per", ["person "]),
    ("person a", ["add "]),
    ("sup", ["supervisor ", "support ", "supports "]),
    ("supe", ["supervisor "]),
    ("team s", ["show "]),
    ("team show \"so", ["\"Tổ bảo vệ ANTT số 3\" "]),
    ("team show T", ["T1 "]),
    ("supervisor edit S1 team-role=d", ["team-role=deputy"]),
    ("support P1 kind=co", ["kind=counselling"]),
    ("person add \"X\" bo", ["born="]),
    ("visit P1 kind=h", ["kind=home"]),
    ("visit P1 KIND=wo", ["kind=workplace"]),
    ("show \"ngu", ["\"Nguyễn Văn An\" "]),
    ("show \"dang", ["\"Đặng Thị Đào\" "]),
    ("assign P1 \"tran", ["\"Trần Thị Bích\" "]),
    ("show P", ["P1 ", "P2 "]),
    ("assign P1 S1 fo", ["force "]),
    ("classify P1 group=", ["group=A", "group=B", "group=C", "group=D"]),
    ("visit P1 on=to", ["on=today"]),
    ("frob", []),
    ("aud", ["audit "]),
    ("audit re", ["replay "]),
    ("audit replay e", ["echo "]),
    ("as-of today ov", ["overdue "]),
    ("as-of 2026-11-01 show \"ngu", ["\"Nguyễn Văn An\" "]),
    ("as-of yesterday person list gr", ["group="]),
  ])
  func completesWordsKeysValuesAndNames(line: String, expected: [String]) throws {
    #expect(try completer().complete(line).candidates == expected)
  }

  /// The ward, with names that differ only in diacritics and a name reached by its middle word.
  @Test func aQuotedNameCompletesFromAnyWordAndThenResolves() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(wardScript)
    harness.run(
      """
      person add "Nguyễn Văn Ân" born=1981-01-02 released=2026-10-01
      person add "Nguyễn Thu Quyên" born=1990-03-04 released=2026-10-01
      """)
    let completer = Completer(registry: .standard, state: harness.store.state)
    #expect(completer.complete("show \"thu").candidates == ["\"Nguyễn Thu Quyên\" "])
    #expect(completer.complete("show \"quy").candidates == ["\"Nguyễn Thu Quyên\" "])
    #expect(completer.complete("show \"van a").candidates == ["\"Nguyễn Văn An\" ", "\"Nguyễn Văn Ân\" "])
    #expect(completer.complete("show \"uyen").candidates == [])
    for (stem, id) in [("show \"Nguyễn Văn A", "P1"), ("show \"Nguyễn Văn Â", "P3")] {
      let offered = completer.complete(stem).candidates
      #expect(offered.count >= 1, "\(stem)")
      // Tab's choice, with its closing quote, must name exactly one person.
      let chosen = offered.first { stem.hasSuffix("Â") ? $0.contains("Ân") : $0.contains("An\"") }!
      harness.run("show " + chosen + "format=csv")
      #expect(harness.console.output.last?.contains("\n\(id),") == true, "\(chosen)")
    }
  }

  @Test func namesStartingWithTheTypedDiacriticsComeFirst() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(
      """
      person add "Ngô Thị Lan" born=1990-01-01 released=2026-10-01 received=2026-10-05
      person add "Đỗ Ngọc Hạnh" born=1967-11-03 released=2026-02-19 received=2026-03-10
      """)
    let completer = Completer(registry: .standard, state: harness.store.state)
    #expect(completer.complete("show \"Ngô").candidates == ["\"Ngô Thị Lan\" "])
    #expect(completer.complete("show \"ngo").candidates.count == 2)
  }

  @Test func commonPrefixOfSeveral() throws {
    let result = try completer().complete("v")
    #expect(result.candidates == ["visit ", "visits "])
    #expect(result.commonPrefix == "visit")
  }
}
