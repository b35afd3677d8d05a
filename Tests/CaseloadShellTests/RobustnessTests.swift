import CaseloadCore
import CaseloadLanguage
import Foundation
import Testing

@testable import CaseloadShell

/// Thousands of random and mutated lines: nothing crashes, every bad line is an error, and a
/// line that fails leaves the store exactly as it was.
@Suite struct RobustnessTests {
  /// A small deterministic generator, so a failure can be reproduced.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let seeds = [
    "person add \"Nguyễn Văn An\" born=1980-01-02 released=2026-10-01 id-card=001080000001",
    "person edit P1 phone=0912 note=\"mới\"", "person close P2 reason=moved on=2026-11-01",
    "person reopen P2", "supervisor add \"Lê Cường\" kind=police capacity=2", "supervisor retire S2",
    "assign P1 S1 role=helper from=2026-11-01", "assign P2 S2 force", "unassign P1 S1 on=2026-11-20",
    "visit P1 by=S1 on=27/11/2026 kind=phone group=B", "classify \"dao\" group=C",
    "policy set A=60 unclassified=20", "person list status=all group=none format=json", "due within=30",
    "visits P1 from=2026-01-01 to=today format=csv", "caseload", "overdue", "unassigned", "help visit",
    "set format=table", "show \"nguyen\"", "audit log last=2 person=P1 format=csv", "audit show 3",
    "why P1", "as-of 2026-11-27 person list", "undo", "undo 2-3", "audit replay off",
    "audit verify", "visit P1 by=S1 note=\"Từ Notepad\"\r\n", "person list\r\n# comment\r\n",
    "person edit P1 note=\"a\rb\"", "visit P1 by=S1 note=\"x\u{0}y\"", "supervisor add \"Lê\r\"",
    "person edit P1 address=\"số 3\\\r\nngõ 5\"", "classify P1 group=A \\\r\n on=2026-11-27",
  ]

  static let alphabet: [Character] =
    Array("abcdefghPSV0123456789 =\"'\\#-/ăâđêôơưạảãáàẤệ\t") + [
      "\u{0301}", "\r", "\r\n", "\n", "\u{0000}", "\u{1B}", "\u{FFFD}",
    ]

  func mutate(_ line: String, _ random: inout SplitMix) -> String {
    var characters = Array(line)
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let action = Int.random(in: 0..<4, using: &random)
      let position = characters.isEmpty ? 0 : Int.random(in: 0..<characters.count, using: &random)
      switch action {
      case 0 where !characters.isEmpty: characters.remove(at: position)
      case 1: characters.insert(Self.alphabet.randomElement(using: &random)!, at: position)
      case 2 where !characters.isEmpty:
        characters[position] = Self.alphabet.randomElement(using: &random)!
      default:
        let cut = Int.random(in: 0...characters.count, using: &random)
        characters = Array(characters[..<cut])
      }
    }
    return String(characters)
  }

  @Test func randomAndMutatedLinesNeverCrashOrHalfApply() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(wardScript)
    // Every record in memory, so that comparing states compares the data, not what was read.
    try harness.store.ensure(.everything)
    var random = SplitMix(state: 20_261_127)
    let journalPath = harness.path + "/journal.caseload"
    for round in 0..<3000 {
      let line: String
      if round % 3 == 0 {
        line = String(
          (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.alphabet.randomElement(using: &random)!
          })
      } else {
        line = mutate(Self.seeds.randomElement(using: &random)!, &random)
      }
      let stateBefore = harness.store.state
      let journalBefore = FileManager.default.contents(atPath: journalPath)
      let errorsBefore = harness.console.errors.count
      let quits = ScriptText.lines(of: line).contains { part in
        guard case .invocation(let invocation)? = try? Registry.standard.parse(part) else { return false }
        return invocation.spec.name == "quit"
      }
      if quits { continue }
      // A line break (LF, CRLF) may make several commands: stopping at the first failure,
      // one reported on line 1 means nothing before it ran.
      harness.run(line, stopOnError: true)
      let failed = harness.console.errors.dropFirst(errorsBefore).contains {
        $0.hasPrefix("test.caseload:1: error:")
      }
      if failed {
        #expect(harness.store.state == stateBefore, "\(line)")
        #expect(FileManager.default.contents(atPath: journalPath) == journalBefore, "\(line)")
      }
      if harness.session.inTransaction { harness.session.rollbackTransaction() }
      harness.session.view = nil
    }
    #expect(harness.store.problem == nil)
    harness.run("audit verify")
    #expect(harness.console.output.last?.hasPrefix("ok: ") == true, "\(harness.console.errors.suffix(3))")
    #expect(harness.console.errors.count > 1000)
    #expect(harness.console.output.count > 100)
  }
}
