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
    ("sup", ["supervisor "]),
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

  @Test func commonPrefixOfSeveral() throws {
    let result = try completer().complete("v")
    #expect(result.candidates == ["visit ", "visits "])
    #expect(result.commonPrefix == "visit")
  }
}
