import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// The journal writer never appends what its reader cannot read, and a journal found
/// unreadable refuses every write, naming the entry.
@Suite struct UnreadableJournalTests {
  /// Replaces `old` by `new` (of the same length, so the size still matches `store.plist`)
  /// in line `index` of the journal.
  func damage(_ path: String, line index: Int, _ old: String, _ new: String) throws {
    let journal = path + "/journal.caseload"
    var lines = try String(contentsOfFile: journal, encoding: .utf8).components(separatedBy: "\n")
    lines[index] = lines[index].replacingOccurrences(of: old, with: new)
    try lines.joined(separator: "\n").write(toFile: journal, atomically: false, encoding: .utf8)
  }

  @Test(arguments: [false, true])
  func anEntryThatWouldNotReadBackIsNotWritten(transaction: Bool) throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try Store(path: directory.path, officer: "an").commit(seedCommands)
    let journal = FileManager.default.contents(atPath: directory.path + "/journal.caseload")
    let header = FileManager.default.contents(atPath: directory.path + "/store.plist")
    // An officer's name with a carriage return: the lexer refuses it when reading back.
    let store = try Store(path: directory.path, officer: "an\rb")
    try store.ensure(.everything)
    let before = store.state
    try store.beginWrite(transaction: transaction)
    _ = try store.stage(#"supervisor add "Lê Văn Cường" id=S2 kind=police capacity=3"#, today: today)
    #expect {
      try store.commitWrite()
    } throws: { error in
      guard case .internalError(let message) = error as? StoreError else { return false }
      return message.english.contains("would not read back (entry 5: no metadata); nothing was written")
    }
    #expect(FileManager.default.contents(atPath: directory.path + "/journal.caseload") == journal)
    #expect(FileManager.default.contents(atPath: directory.path + "/store.plist") == header)
    #expect(!FileManager.default.fileExists(atPath: directory.path + "/supervisors/S2.plist"))
    try store.ensure(.everything)
    #expect(store.state == before)
    #expect(store.problem == nil)
    #expect(store.head.entries == 4)
  }

  @Test func aJournalWhoseEndDoesNotReadRefusesWrites() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try Store(path: directory.path, officer: "an").commit(seedCommands)
    try damage(directory.path, line: 3, "kind=home", "kind=hom\r")
    let store = try Store(path: directory.path, officer: "an")
    let refusal = StoreError.unreadable(
      path: directory.path + "/journal.caseload", reason: "entry 4 does not match its hash")
    #expect(throws: refusal) { try store.beginWrite() }
    #expect(store.problem == refusal)
    #expect(throws: refusal) { try store.beginWrite() }
  }

  @Test func aDamagedEntryFoundWhenTheJournalIsReadRefusesWrites() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try Store(path: directory.path, officer: "an").commit(seedCommands)
    try damage(directory.path, line: 1, "kind=team", "kind=tea\r")
    let store = try Store(path: directory.path, officer: "an")
    #expect(throws: StoreError.self) { try store.entries() }
    let refusal = StoreError.unreadable(
      path: directory.path + "/journal.caseload", reason: "entry 2 does not match its hash")
    #expect(store.problem == refusal)
    #expect(throws: refusal) { try store.beginWrite() }
  }

  @Test func theEndOfAJournalReadsWhateverItsLength() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    let long = String(repeating: "ghi chép dài ", count: 800)
    try store.commit([seedCommands[0]])
    try store.commit([#"person edit P1 note="\#(long)""#])
    try store.commit(["person edit P1 phone=\"0912\""])
    try Journal.checkEnd(of: directory.path + "/journal.caseload", at: store.head)
    let one = TemporaryDirectory()
    defer { one.remove() }
    let single = try Store(path: one.path, officer: "an")
    try single.commit([seedCommands[0]])
    try Journal.checkEnd(of: one.path + "/journal.caseload", at: single.head)
  }
}
