import CaseloadCore
import CaseloadLanguage
import Foundation
import Testing

@testable import CaseloadStore

extension Store {
  /// Undoes as a session does: finds the target, stages `undo …` and commits it.
  func undo(_ requested: ClosedRange<Int>? = nil) throws -> Outcome {
    try beginWrite()
    do {
      let outcome = try stage(AuditCommand.undoText(try undoTarget(requested)), today: today)
      try commitWrite()
      return outcome
    } catch {
      if isWriting { rollbackWrite() }
      throw error
    }
  }

  /// The state the journal makes when played from the start.
  func played() throws -> State {
    let journal = try entries()
    var playback = Playback(planning: journal, imports: imports)
    for entry in journal { try playback.play(entry) }
    return playback.state
  }
}

@Suite struct PlaybackTests {
  func seeded() throws -> (TemporaryDirectory, Store) {
    let directory = TemporaryDirectory()
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    return (directory, store)
  }

  @Test func undoRestoresAndUndoOfUndoRedoes() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    let before = store.state
    try store.commit([#"person edit P1 address="Tổ 3" phone="0912000111""#])
    let edited = store.state
    #expect(
      try store.undo().summary.english == #"undid entry 5: person edit P1 address="Tổ 3" phone="0912000111""#)
    #expect(store.state == before)
    _ = try store.undo()
    #expect(store.state == edited)
    _ = try store.undo()
    #expect(store.state == before)
    #expect(try store.entries().map(\.command).suffix(3) == ["undo 5", "undo 6", "undo 7"])
    #expect(store.verify() == .ok(entries: 8))
    #expect(try store.played() == store.state)
  }

  @Test func aTransactionIsUndoneAsAUnit() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    #expect(try store.undoTarget(nil) == 1...4)
    _ = try store.undo()
    #expect(store.state.persons.isEmpty && store.state.supervisors.isEmpty)
    #expect(store.state.nextPerson == PersonID(2), "ids are never reused")
    #expect(try store.undoTarget(2...2) == 1...4, "an entry inside a transaction widens to all of it")
    _ = try store.undo()
    #expect(store.state.persons[PersonID(1)]?.visits.count == 1)
    #expect(store.verify() == .ok(entries: 6))
  }

  @Test func undoTakesThisOfficersLastEntry() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    let other = try Store(path: directory.path, officer: "bình")
    #expect(throws: DomainError.self) { try other.undoTarget(nil) }
    try other.commit(["classify P1 group=B on=2026-11-20"])
    try store.refresh()
    #expect(try store.undoTarget(nil) == 1...4)
    #expect(try other.undoTarget(nil) == 5...5)
  }

  @Test func undoRefusesToOverwriteALaterChange() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    try store.commit(["visit P1 id=V2 by=S1 on=2026-11-20 kind=phone"])
    _ = try store.undo()
    let other = try Store(path: directory.path, officer: "bình")
    try other.commit(["person close P1 reason=moved on=2026-11-25"])
    try store.refresh()
    let journal = fileText(directory.path + "/journal.caseload")
    let state = store.state
    #expect {
      _ = try store.undo()
    } throws: { error in
      "\(error)".contains("cannot undo entry 6: P1 has changed since, in entry 7 (person close P1")
    }
    #expect(store.state == state)
    #expect(fileText(directory.path + "/journal.caseload") == journal)
    #expect(!store.isWriting)
  }

  @Test func undoThatWouldBreakARuleIsRefused() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    try store.commit(["unassign P1 S1 on=2026-11-21"])
    try store.commit(["supervisor retire S1 on=2026-11-22"])
    let other = try Store(path: directory.path, officer: "bình")
    #expect {
      _ = try other.undo(5...5)
    } throws: { error in
      "\(error)" == "undo would make S1 Trần Thị Bích a lead of P1, but S1 has retired"
    }
    #expect(store.verify() == .ok(entries: 6))
  }

  @Test func undoingAnAddedSupervisorStillNamedElsewhereIsRefused() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    try store.commit([#"supervisor add "Lê Văn Cường" id=S2 kind=other capacity=3"#])
    try store.commit(["assign P1 S2 role=helper from=2026-11-02"])
    #expect {
      _ = try store.undo(5...5)
    } throws: { error in
      "\(error)".contains("undo would remove S2 Lê Văn Cường, but P1's assignments or visits name it since")
    }
  }

  @Test func anotherSessionCatchesUpWithAnUndo() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    let other = try Store(path: directory.path, officer: "bình")
    try store.commit(["classify P1 group=C on=2026-11-20"])
    _ = try store.undo()
    try other.refresh()
    try other.ensure(.everything)
    #expect(other.state == store.state)
    let reopened = try Store(path: directory.path, officer: "an")
    try reopened.ensure(.everything)
    #expect(reopened.state == store.state)
  }

  @Test func changesNameEachFieldBeforeAndAfter() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    let before = store.state
    try store.commit([
      #"person edit P1 phone="0912000111""#, "visit P1 id=V2 by=S1 on=2026-11-20 kind=phone group=B",
    ])
    var touched = Touched()
    touched.persons = [PersonID(1)]
    #expect(
      Store.changes(from: before, to: store.state, touched: touched) == [
        "P1 phone: — → 0912000111", "P1 group: — → B",
        "P1 visits[2]: + {id V2, person P1, by S1, on 2026-11-20, kind phone, group B}",
        "P1 classifications[1]: + {on 2026-11-20, group B, visit V2}",
      ])
  }

  @Test func verifyNamesAHandEditedRecordFile() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    let file = directory.path + "/persons/P1.plist"
    try fileText(file).replacingOccurrences(of: "Nguyễn Văn An", with: "Nguyễn Văn Ân")
      .write(toFile: file, atomically: true, encoding: .utf8)
    #expect(
      store.verify()
        == .bad("persons/P1.plist differs from the journal: P1 name: Nguyễn Văn An → Nguyễn Văn Ân"))
  }

  @Test func verifyNamesAMissingRecordFileAndAChangedPolicy() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    try FileManager.default.removeItem(atPath: directory.path + "/supervisors/S1.plist")
    #expect(store.verify() == .bad("supervisors/S1.plist differs from the journal: S1: removed"))
  }

  @Test func verifyNamesAnEditedJournalEntry() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    let journal = directory.path + "/journal.caseload"
    try fileText(journal).replacingOccurrences(of: "on=2026-11-01", with: "on=2026-11-02")
      .write(toFile: journal, atomically: true, encoding: .utf8)
    #expect(store.verify() == .bad("cannot read \(journal): entry 4 does not match its hash"))
  }

  @Test func verifyDetectsATruncatedJournal() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    try store.commit(["classify P1 group=A on=2026-11-20"])
    let journal = directory.path + "/journal.caseload"
    let lines = fileText(journal).split(separator: "\n")
    try (lines.dropLast().joined(separator: "\n") + "\n").write(
      toFile: journal, atomically: true, encoding: .utf8)
    #expect(
      store.verify() == .bad("the journal has 4 entries but store.plist records 5: the journal was truncated")
    )
    let reopened = try Store(path: directory.path, officer: "an")
    #expect(reopened.problem != nil)
    #expect(reopened.verify() == store.verify())
  }

  @Test func aRecreatedStoreHoldsTheSameEntriesAndVerifies() throws {
    let (directory, store) = try seeded()
    defer { directory.remove() }
    _ = try store.undo()
    let copy = try Store.create(at: directory.path + "/copy", entries: try store.entries(), officer: "an")
    #expect(copy.state == store.state)
    #expect(
      fileText(directory.path + "/copy/journal.caseload") == fileText(directory.path + "/journal.caseload"))
    #expect(copy.verify() == .ok(entries: 5))
    #expect(throws: (any Error).self) { try Store.create(at: directory.path, entries: [], officer: "an") }
  }
}

@Suite struct ParseAheadTests {
  /// A journal long enough to be parsed in several chunks, with an undo among its entries.
  func journal() throws -> (TemporaryDirectory, Store, [JournalEntry]) {
    let directory = TemporaryDirectory()
    let store = try Store(path: directory.path, officer: "an")
    try store.commit([#"supervisor add "Cán bộ Một" id=S1 kind=team capacity=50"#])
    try store.commit(
      (1...40).map {
        #"person add "Người Thử \#($0)" id=P\#($0) born=1990-01-01 released=2024-01-01 received=2024-01-02"#
      })
    try store.commit((1...40).map { "assign P\($0) S1 role=lead from=2024-01-02" })
    try store.commit(
      (1...1_100).map {
        #"visit P\#($0 % 40 + 1) id=V\#($0) by=S1 on=2024-03-01 kind=home note="Lần \#($0)""#
      })
    _ = try store.undo()
    return (directory, store, try store.entries())
  }

  @Test func playingWithTheParserAheadMakesWhatPlayingInlineMakes() throws {
    let (directory, store, entries) = try journal()
    defer { directory.remove() }
    #expect(entries.count > 2 * ParseAhead.chunk)
    var ahead = Playback(planning: entries, imports: store.imports, parseAhead: true)
    var inline = Playback(planning: entries, imports: store.imports, parseAhead: false)
    for entry in entries {
      #expect(try ahead.play(entry) == inline.play(entry))
    }
    #expect(ahead.state == inline.state)
    #expect(ahead.state == store.state)
  }

  @Test func anEntryThatDoesNotParseIsReportedAsWhenPlayedInline() throws {
    let (directory, store, entries) = try journal()
    defer { directory.remove() }
    var broken = entries
    broken[700].command = "visit P1 colour=red"
    let errors = [true, false].map { parseAhead in
      var playback = Playback(planning: broken, imports: store.imports, parseAhead: parseAhead)
      do {
        for entry in broken { try playback.play(entry) }
        return "played"
      } catch {
        return "\(error)"
      }
    }
    #expect(errors[0] == errors[1])
    #expect(errors[0].hasPrefix("journal entry 701 cannot be played back: unknown key 'colour' for 'visit'"))
  }

  @Test func theParserHandsOverWhatParsingInlineGivesAChunkAtATime() throws {
    let (directory, _, entries) = try journal()
    defer { directory.remove() }
    let commands = entries.prefix(100).map(\.command) + ["visit P1 colour=red"]
    // One chunk ahead at most: the parser waits for each chunk to be taken.
    let ahead = ParseAhead(commands, registry: .standard, chunk: 3, lead: 1)
    for (index, command) in commands.enumerated() {
      let inline = try? Registry.standard.canonicalInvocation(command)
      let handed = ahead.invocation(at: index, command: command)
      #expect(handed?.spec.name == inline?.spec.name)
      #expect(handed?.slotWords == inline?.slotWords && handed?.keyWords == inline?.keyWords)
    }
    #expect(ahead.invocation(at: 5, command: "not the planned text") == nil)
  }

  @Test func aPlaybackLeftEarlyLetsItsParserStop() throws {
    let (directory, _, entries) = try journal()
    defer { directory.remove() }
    let commands = entries.map(\.command)
    for _ in 0..<20 {
      let ahead = ParseAhead(commands, registry: .standard, chunk: 3, lead: 2)
      _ = ahead.invocation(at: 4, command: commands[4])
    }
  }
}
