import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

@Suite struct StoreTests {
  @Test func committedChangesSurviveReopeningWithPrivateModes() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path + "/s", officer: "an")
    try store.commit(seedCommands)
    let reopened = try Store(path: directory.path + "/s", officer: "an")
    #expect(reopened.state.persons.isEmpty, "records are read when needed")
    try reopened.ensure(.everything)
    #expect(reopened.state == store.state)
    #expect(reopened.head == store.head)
    #expect(reopened.head.entries == 4)
    for file in ["", "/persons", "/supervisors"] { #expect(mode(directory.path + "/s" + file) == 0o700) }
    for file in ["/store.plist", "/journal.caseload", "/persons/P1.plist", "/supervisors/S1.plist", "/lock"] {
      #expect(mode(directory.path + "/s" + file) == 0o600, "\(file)")
    }
  }

  @Test func aMutationRewritesOnlyTheFilesItTouches() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    try store.commit([
      #"person add "Lê Văn Bảy" id=P2 born=1985-03-03 released=2026-09-01 received=2026-09-02"#
    ])
    let untouched = directory.path + "/persons/P1.plist"
    let before = try FileManager.default.attributesOfItem(atPath: untouched)[.modificationDate] as! Date
    let inodeBefore = try FileManager.default.attributesOfItem(atPath: untouched)[.systemFileNumber] as! Int
    try store.commit(["classify P2 group=B on=2026-11-20"])
    let after = try FileManager.default.attributesOfItem(atPath: untouched)
    #expect(after[.modificationDate] as! Date == before)
    #expect(after[.systemFileNumber] as! Int == inodeBefore)
    #expect(fileText(directory.path + "/persons/P2.plist").contains("<string>B</string>"))
  }

  @Test func aRefusedCommandLeavesStateAndFilesUnchanged() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    let journal = fileText(directory.path + "/journal.caseload")
    let state = store.state
    #expect(throws: DomainError.self) { try store.commit(["supervisor retire S1 on=2026-11-20"]) }
    #expect(store.state == state)
    #expect(fileText(directory.path + "/journal.caseload") == journal)
    #expect(!store.isWriting)
  }

  @Test func anotherSessionsWorkIsCaughtUpThroughTheJournal() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let first = try Store(path: directory.path, officer: "an")
    let second = try Store(path: directory.path, officer: "bình")
    try first.commit(seedCommands)
    try second.refresh()
    #expect(second.state == first.state)
    try second.commit([#"supervisor add "Hồ Văn Cường" id=S2 kind=police capacity=5"#])
    // The first session's next write catches up before resolving, so ids never collide.
    try first.beginWrite()
    #expect(first.state.nextSupervisor == SupervisorID(3))
    first.rollbackWrite()
    #expect(first.state == second.state)
  }

  @Test func lockHeldTooLongNamesTheHolder() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let holder = try Store(path: directory.path, officer: "Phan Thị Hà")
    let waiter = try Store(path: directory.path, officer: "an", lockTimeout: 0.2)
    try holder.beginWrite()
    let error = #expect(throws: StoreError.self) { try waiter.beginWrite() }
    #expect(
      error?.description.contains("officer Phan Thị Hà, process \(getpid())") == true,
      "\(String(describing: error))")
    holder.rollbackWrite()
    try waiter.beginWrite()
    waiter.rollbackWrite()
  }

  @Test func corruptFileIsNamedAndWritesAreRefused() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try Store(path: directory.path, officer: "an").commit(seedCommands)
    let file = directory.path + "/persons/P1.plist"
    try "<plist><dict><key>formatVersion</key></dict>".write(toFile: file, atomically: false, encoding: .utf8)
    let store = try Store(path: directory.path, officer: "an")
    try store.ensure(.records(persons: [], supervisors: [SupervisorID(1)]))
    #expect(store.problem == nil, "a record that is not read is not checked")
    #expect(throws: StoreError.self) { try store.ensure(.everything) }
    #expect(store.problem == .unverified(path: file))
    #expect(store.state.supervisors[SupervisorID(1)] != nil, "the other records stay readable")
    #expect(throws: StoreError.self) { try store.beginWrite() }
    #expect(fileText(file) == "<plist><dict><key>formatVersion</key></dict>")
  }

  @Test func tornLastEntryIsRemovedAndReported() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try Store(path: directory.path, officer: "an").commit(seedCommands)
    let journal = directory.path + "/journal.caseload"
    let handle = FileHandle(forWritingAtPath: journal)!
    handle.seekToEndOfFile()
    handle.write(Data("classify P1 group=A on=2026-11-2".utf8))
    handle.closeFile()
    let store = try Store(path: directory.path, officer: "an")
    #expect(store.notices.contains { $0.contains("removed an unfinished last journal entry") })
    #expect(store.problem == nil)
    #expect(!fileText(journal).contains("group=A"))
    try store.commit(["classify P1 group=A on=2026-11-20"])
  }

  @Test func shortenedJournalMakesTheStoreReadOnly() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    try store.commit(["classify P1 group=A on=2026-11-20"])
    let journal = directory.path + "/journal.caseload"
    let firstLine = fileText(journal).split(separator: "\n")[0] + "\n"
    try firstLine.write(toFile: journal, atomically: true, encoding: .utf8)
    let reopened = try Store(path: directory.path, officer: "an")
    guard case .inconsistent(let message)? = reopened.problem else {
      Issue.record("no problem")
      return
    }
    #expect(message.english.contains("shorter than store.plist records"))
    #expect(throws: StoreError.self) { try reopened.beginWrite() }
  }
}
