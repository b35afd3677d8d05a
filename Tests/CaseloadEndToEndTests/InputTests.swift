import Foundation
import Testing

/// §3: a line ends with LF or CRLF in files, on stdin and in `-c`; every other control
/// character is refused; input that is not UTF-8 is refused whole. After each, the journal
/// still verifies.
@Suite struct InputTests {
  let fixed = ["--today", "2026-11-27", "--officer", "tester"]

  /// A store with one person and a lead, so that a visit can be recorded.
  func ward(_ scratch: Scratch) throws {
    let run = try caseload(
      ["--store", scratch.store] + fixed
        + [
          "-c", #"person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01"#,
          "-c", #"supervisor add "Trần Thị Bích""#, "-c", "assign P1 S1",
        ])
    #expect(run.status == 0, "\(run.stderr)")
  }

  func verify(_ scratch: Scratch) throws {
    let run = try caseload(["--store", scratch.store] + fixed + ["-c", "audit verify"])
    #expect(run.stdout.hasPrefix("ok: "), "\(run.stdout)\(run.stderr)")
    let journal = FileManager.default.contents(atPath: scratch.store + "/journal.caseload") ?? Data()
    #expect(!journal.contains(0x0D), "a carriage return reached the journal")
  }

  @Test func aCRLFScriptRunsEveryLine() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let file = scratch.path + "/t.caseload"
    FileManager.default.createFile(atPath: file, contents: Data("# comment\r\nperson list\r\n".utf8))
    let run = try caseload(["--store", scratch.store] + fixed + [file])
    #expect(run.status == 0)
    #expect(run.stdout == "(none)\n")
  }

  @Test func aCRLFVisitKeepsTheJournalReadable() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try ward(scratch)
    let file = scratch.path + "/t2.caseload"
    FileManager.default.createFile(
      atPath: file, contents: Data("visit P1 by=S1 note=\"Từ Notepad\"\r\n".utf8))
    let run = try caseload(["--store", scratch.store] + fixed + [file])
    #expect(run.status == 0, "\(run.stderr)")
    try verify(scratch)
    let csv = try caseload(["--store", scratch.store] + fixed + ["-c", "visits P1 format=csv"])
    #expect(csv.stdout.contains(",Từ Notepad,"))
    #expect(try caseload(["--store", scratch.store] + fixed + ["-c", "undo"]).status == 0)
  }

  enum Via: String, CustomStringConvertible {
    case file, stdin, command
    var description: String { rawValue }
  }

  /// Seeds of bytes: what the run must print on stderr (empty: nothing) and its exit status.
  static let seeds: [(String, [UInt8], Int32, String)] = [
    ("crlf", Array("visit P1 by=S1 note=\"a\"\r\nvisits\r\n".utf8), 0, ""),
    ("crlf-continued", Array("visit P1 by=S1 \\\r\n  note=\"b\"\r\n".utf8), 0, ""),
    ("mixed endings", Array("visits\nvisits\r\nvisits".utf8), 0, ""),
    ("lone CR in quotes", Array("visit P1 by=S1 note=\"a\rb\"\n".utf8), 1, "U+000D (carriage return)"),
    ("lone CR outside", Array("visit P1\rby=S1\n".utf8), 1, "U+000D (carriage return)"),
    ("CR CR LF", Array("visit P1 by=S1 note=x\r\r\n".utf8), 1, "U+000D (carriage return)"),
    ("CR in open quote", Array("visit P1 by=S1 note=\"a\r\r\nb\"\r\n".utf8), 1, "U+000D"),
    ("NUL", Array("visit P1 by=S1 note=\"a".utf8) + [0] + Array("b\"\n".utf8), 1, "U+0000 (NUL)"),
    ("escape", Array("visit P1 by=S1 note=\"\u{1B}[2J\"\n".utf8), 1, "U+001B (escape)"),
    (
      "invalid UTF-8", Array("visits\nvisit P1 by=S1 note=\"".utf8) + [0xC3, 0x28] + [0x22, 0x0A], 1,
      "line 2 is not UTF-8 text (byte 0xC3)"
    ),
    (
      "lone surrogate", Array("visit P1 by=S1 note=\"".utf8) + [0xED, 0xA0, 0x80] + [0x22, 0x0A], 1,
      "line 1 is not UTF-8 text (byte 0xED)"
    ),
  ]

  @Test(arguments: seeds.indices, [Via.file, .stdin, .command])
  func everyInputKeepsTheJournalVerifiable(seed: Int, via: Via) throws {
    let (name, bytes, status, message) = Self.seeds[seed]
    let text = String(validating: bytes, as: UTF8.self)
    // A -c argument is a C string: it can hold neither NUL nor bytes that are not UTF-8.
    if via == .command, text == nil || bytes.contains(0) { return }
    let scratch = Scratch()
    defer { scratch.remove() }
    try ward(scratch)
    let arguments = ["--store", scratch.store] + fixed
    let run: Run
    switch via {
    case .file:
      let file = scratch.path + "/seed.caseload"
      FileManager.default.createFile(atPath: file, contents: Data(bytes))
      run = try caseload(arguments + [file])
    case .stdin:
      run = try caseload(arguments, stdinBytes: Data(bytes))
    case .command:
      run = try caseload(arguments + ["-c", text!])
    }
    #expect(run.status == status, "\(name) via \(via): \(run.stderr)")
    #expect(message.isEmpty ? run.stderr.isEmpty : run.stderr.contains(message), "\(name): \(run.stderr)")
    try verify(scratch)
  }

  @Test func aScriptThatIsNotUTF8RunsNotAtAll() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let file = scratch.path + "/latin1.caseload"
    FileManager.default.createFile(
      atPath: file, contents: Data("supervisor add A\nsupervisor add \"Tr".utf8) + Data([0xE2, 0x6E, 0x0A]))
    let run = try caseload(["--store", scratch.store] + fixed + [file])
    #expect(run.status == 1)
    #expect(run.stdout == "")
    #expect(
      run.stderr
        == "error: cannot read '\(file)': line 2 is not UTF-8 text (byte 0xE2); save the script as UTF-8\n")
  }

  @Test func aMissingScriptSaysWhy() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(["--store", scratch.store] + fixed + ["x.caseload"], directory: scratch.path)
    #expect(run.status == 1)
    #expect(run.stderr == "error: cannot read 'x.caseload': no such file\n")
  }

  @Test func aControlCharacterIsShownAndUnderlined() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(["--store", scratch.store] + fixed, stdin: "person list\rx\n")
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "<stdin>:1: error: control character U+000D (carriage return) is not allowed; text may hold tabs, and \\n in double quotes\n  person list␍x\n             ^\n"
    )
  }
}
