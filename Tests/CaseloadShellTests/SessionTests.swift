import CaseloadCore
import CaseloadStore
import Foundation
import Testing

@testable import CaseloadShell

@Suite struct SessionTests {
  @Test func errorsCarryPlaceAndCaret() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run("\n# comment\nperson add \"Hoa\" brn=1990-01-01 released=2026-01-01")
    #expect(
      harness.console.errors == [
        "test.caseload:3: error: unknown key 'brn' for 'person add'; did you mean 'born'?",
        "  person add \"Hoa\" brn=1990-01-01 released=2026-01-01",
        "                   ^~~~~~~~~~~~~~",
      ])
    #expect(harness.session.exitStatus == 1)
  }

  @Test(arguments: [
    ("help as", "test.caseload:1: error: 'as' is ambiguous: assign, as-of", "       ^~"),
    ("help person frob", "unknown word after 'person' 'frob'", "              ^~~~"),
    ("help shwo", "unknown command 'shwo'; did you mean 'show'?", "       ^~~~"),
  ])
  func helpPutsTheCaretUnderTheBadWord(line: String, message: String, caret: String) throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(line)
    #expect(harness.console.errors.first?.contains(message) == true, "\(harness.console.errors)")
    #expect(harness.console.errors.last == caret)
  }

  /// A buffered console writes at each flush: after every command outside a transaction
  /// (a change is acknowledged once durable), not after the lines a transaction stages.
  @Test func outputIsFlushedAfterEachCommandOutsideATransaction() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(
      """
      supervisor add "Trần Thị Bích" kind=team
      begin
      person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01 received=2026-10-05
      person add "Đặng Thị Đào" born=1992-07-07 released=2026-09-01 received=2026-09-03
      commit
      person list
      """)
    #expect(harness.console.output.count == 6, "\(harness.console.output)")
    #expect(harness.console.flushes == [1, 5, 6])
  }

  @Test func caretSitsUnderVietnameseTextByDisplayWidth() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run("person add \"Nguyễn Văn Ân\" born=30/02/1990 released=2026-01-01")
    #expect(harness.console.errors[2] == String(repeating: " ", count: 2 + 27) + "^~~~~~~~~~~~~~~")
  }

  @Test func multiLineCommandsReportTheirLine() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run("supervisor add \"A\" \\\n  kind=boat")
    #expect(harness.console.errors[0].hasPrefix("test.caseload:2: error: 'boat' is not allowed for kind="))
  }

  @Test func stopsAtFirstFailureUnlessKeepGoing() throws {
    let harness = try Harness()
    defer { harness.remove() }
    let finished = harness.run("supervisor add A\nfrobnicate\nsupervisor add B", stopOnError: true)
    #expect(!finished)
    #expect(harness.store.state.supervisors.count == 1)
    harness.run("frobnicate\nsupervisor add B")
    #expect(harness.store.state.supervisors.count == 2)
  }

  @Test func transactionCommitsTogetherAndRollsBack() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run("begin\nsupervisor add A\nsupervisor add B\nrollback\nsupervisor list")
    #expect(harness.store.state.supervisors.isEmpty)
    #expect(harness.console.output.contains("rolled back 2 changes"))
    harness.run("begin\nsupervisor add A\nsupervisor add B\ncommit")
    let journal = try String(contentsOfFile: harness.path + "/journal.caseload", encoding: .utf8)
    #expect(journal.split(separator: "\n").allSatisfy { $0.contains("tx=1-2") })
    harness.run("commit\nbegin\nbegin")
    #expect(harness.console.errors.contains("test.caseload:1: error: no transaction is open"))
    #expect(
      harness.console.errors.contains(
        "test.caseload:3: error: a transaction is already open; commit or rollback first"))
    harness.session.rollbackTransaction()
  }

  @Test func sourceRunsAFileThroughTheSameLoop() throws {
    let harness = try Harness()
    defer { harness.remove() }
    let file = harness.path + "/more.caseload"
    try "supervisor add \"Ngô Thị Lan\"\nfrobnicate\n".write(toFile: file, atomically: true, encoding: .utf8)
    harness.run("source \"\(file)\"\nsource nowhere.caseload")
    #expect(harness.store.state.supervisors.count == 1)
    #expect(
      harness.console.errors.contains {
        $0.hasPrefix("\(file):2: error: unknown command 'frobnicate'; allowed: person, supervisor,")
      })
    #expect(
      harness.console.errors.last == "test.caseload:2: error: cannot read 'nowhere.caseload': no such file")
  }

  @Test func aSourcedFileMayEndItsLinesWithCRLFAndMustBeUTF8() throws {
    let harness = try Harness()
    defer { harness.remove() }
    let file = harness.path + "/notepad.caseload"
    #expect(
      FileManager.default.createFile(
        atPath: file,
        contents: Data("# Notepad\r\nsupervisor add \"Ngô Thị Lan\"\r\nsupervisor list\r\n".utf8)))
    let latin1 = harness.path + "/latin1.caseload"
    #expect(FileManager.default.createFile(atPath: latin1, contents: Data([0x4C, 0xEA, 0x0A])))
    harness.run("source \"\(file)\"\nsource \"\(latin1)\"")
    #expect(harness.store.state.supervisors.first?.value.name == "Ngô Thị Lan")
    #expect(harness.console.output.last?.contains("S1  Ngô Thị Lan") == true)
    #expect(
      harness.console.errors == [
        "test.caseload:2: error: cannot read '\(latin1)': line 1 is not UTF-8 text (byte 0xEA); save the script as UTF-8"
      ])
  }

  @Test func warningsGoToErrorsAndDoNotFail() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(wardScript + "\nvisit P1 by=S2 on=2026-11-02")
    #expect(
      harness.console.errors == [
        "test.caseload:8: warning: S2 Lê Văn Cường is not assigned to P1 Nguyễn Văn An"
      ])
    #expect(harness.session.exitStatus == 0)
  }

  @Test func setFormatChangesTheDefault() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run(wardScript + "\nset format=csv\nunassigned\nunassigned format=json")
    #expect(harness.console.output.suffix(3).first == "output format: csv")
    #expect(
      harness.console.output.suffix(2).first?.hasPrefix(
        "person,name,lead,lastVisit,nextVisitDue,daysOverdue\r\nP2,") == true)
    #expect(harness.console.output.last?.hasPrefix("[\n  {\n    \"person\": \"P2\"") == true)
  }

  @Test func helpIsDerivedFromTheRegistry() throws {
    let harness = try Harness()
    defer { harness.remove() }
    harness.run("help\nhelp sup ad\nhelp frob")
    #expect(harness.console.output[0].contains("  supervisor list"))
    #expect(
      harness.console.output[1].hasPrefix(
        "usage: supervisor add NAME [kind=police|team|mass-org|residential|family|employer|other]"))
    #expect(harness.console.errors.first?.contains("unknown command 'frob'") == true)
  }
}
