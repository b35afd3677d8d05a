import Foundation
import Testing

/// SPEC §12, through the binary: what reaches the terminal, the officer's name, output paths
/// inside the store, and a journal whose clock went back.
@Suite struct TrustTextTests {
  static let seed = #"person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01 received=2026-10-05"#

  func newStore(_ scratch: Scratch) throws {
    let made = try caseload(["--store", scratch.store, "--today", "2026-11-27", "-c", Self.seed])
    #expect(made.status == 0, "\(made.stderr)")
  }

  /// Whether `text` holds a scalar a terminal acts on or hides (C0 but tab and line feed,
  /// DEL, C1, the format characters), other than the colour codes caseload writes itself.
  static func holdsRaw(_ text: String, colours: Bool = false) -> Bool {
    var text = text.replacing("\r\n", with: "\n")
    if colours {
      for code in ["\u{1B}[31m", "\u{1B}[33m", "\u{1B}[0m"] { text = text.replacing(code, with: "") }
    }
    return text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || (0x7F...0x9F).contains($0.value)
        || [0xAD, 0xFEFF].contains($0.value) || (0x200B...0x200F).contains($0.value)
        || (0x202A...0x202E).contains($0.value) || (0x2060...0x2069).contains($0.value)
    }
  }

  /// Issue 17, finding 3: a record file holding a terminal escape (as an imported transfer
  /// file once could write one) is never printed raw, in any format, message or colour mode.
  /// If the record is not served at all (rebuilt from the journal, or refused), no raw
  /// character reaches the terminal either, which is what this holds.
  @Test func anEscapeInARecordFileNeverReachesTheTerminalRaw() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try newStore(scratch)
    let file = scratch.store + "/persons/P1.plist"
    let plist = try String(contentsOfFile: file, encoding: .utf8)
    try plist.replacing(
      "<string>Nguyễn Văn An</string>", with: "<string>&#x1b;]0;PWNED&#x7;&#x1b;[2J&#x9b;2J Văn An</string>"
    ).write(toFile: file, atomically: true, encoding: .utf8)
    try? FileManager.default.removeItem(atPath: scratch.store + "/snapshot.bin")
    let commands = [
      "person list", "show P1", "person list format=csv", "person list format=json", "caseload",
      "person edit P1 phone=0912000000", "audit verify", #"show "PWNED""#,
    ]
    for colour in ["never", "always"] {
      let run = try caseload(
        ["--store", scratch.store, "--today", "2026-11-27", "--keep-going", "--color", colour]
          + commands.flatMap { ["-c", $0] })
      for (name, text) in [("stdout", run.stdout), ("stderr", run.stderr)] {
        #expect(!Self.holdsRaw(text, colours: colour == "always"), "\(name): \(text.debugDescription)")
      }
      if run.stdout.contains("PWNED") {
        #expect(run.stdout.contains(#"\u{1B}]0;PWNED\u{7}\u{1B}[2J\u{9B}2J Văn An"#))
        #expect(run.stdout.contains(#""\u001b]0;PWNED\u0007\u001b[2J\u009b2J Văn An""#))
      }
    }
  }

  @Test(arguments: ["An\u{200B}", "An\u{AD}", "\u{202E}nA", "An\u{1B}[2J"])
  func anOfficerNameWithAnInvisibleOrControlCharacterIsAUsageError(name: String) throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(["--store", scratch.store, "--officer", name, "-c", "person list"])
    #expect(run.status == 2)
    #expect(
      run.stderr.hasPrefix("caseload: the officer's name (--officer or CASELOAD_OFFICER) must not hold U+"))
    #expect(!Self.holdsRaw(run.stderr), "\(run.stderr.debugDescription)")
    #expect(!FileManager.default.fileExists(atPath: scratch.store))
  }

  /// Issue 17, finding 8: a file= or to= inside the store (by any path: relative, with `..`,
  /// through a link) is refused, exit 1, and nothing is written; the store still verifies.
  @Test func outputPathsInsideTheStoreAreRefused() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try newStore(scratch)
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path + "/link", withDestinationPath: scratch.store)
    try FileManager.default.createDirectory(atPath: scratch.path + "/out", withIntermediateDirectories: true)
    let before = snapshot(scratch.store)
    let refused = [
      #"person transfer P1 to="Phường Bến Thành" file=store/persons/P5.plist"#,
      #"person transfer P1 to="Phường Bến Thành" file=out/../store/persons/P1.plist"#,
      #"person transfer P1 to="Phường Bến Thành" file=link/an.plist"#,
      "report month=2026-11 format=html file=\(scratch.store)/supervisors/S9.plist",
      "report month=2026-11 format=html to=./store/report.html",
      "report month=2026-11 format=html file=store",
      "audit replay to=link/replayed",
      "audit replay to=store/new/deeper",
    ]
    for command in refused {
      let run = try caseload(
        ["--store", scratch.store, "--today", "2026-11-27", "-c", command], directory: scratch.path)
      #expect(run.status == 1, "\(command): \(run.stderr)")
      #expect(
        run.stderr.contains(
          "is inside the store \(scratch.store): a file written there could replace the store's own records; choose a path outside it"
        ), "\(command): \(run.stderr)")
      #expect(snapshot(scratch.store).keys == before.keys, "\(command)")
    }
    let path = #"person transfer P1 to="Phường Bến Thành" file=store/persons/P5.plist"#
    let shown = try caseload(["--store", "store", "-c", path], directory: scratch.path)
    #expect(
      shown.stderr
        == "<command>:1: error: 'store/persons/P5.plist' is inside the store store: a file written there could replace the store's own records; choose a path outside it\n"
    )
    // Beside the store is outside it, however alike the name.
    let beside = try caseload(
      [
        "--store", scratch.store, "--today", "2026-11-27", "-c",
        "report month=2026-11 format=html file=store-page.html",
        "-c", "audit verify",
      ], directory: scratch.path)
    #expect(beside.status == 0, "\(beside.stderr)")
    #expect(FileManager.default.fileExists(atPath: scratch.path + "/store-page.html"))
    #expect(beside.stdout.hasSuffix("ok: 1 entry\n"))
  }

  /// Issue 17, finding 7: `audit verify` warns, and still passes, when an entry was recorded
  /// more than ten minutes before the one before it, comparing instants, not text.
  @Test func verifyWarnsWhenTheClockWentBack() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let clocks = [
      "2026-11-27T09:30:00+07:00",
      "2026-08-27T09:30:00+07:00",  // three months back: warned
      "2026-11-27T09:00:00+07:00",
      "2026-11-27T03:00:00Z",  // 10:00 at +07:00: later, though its text sorts before
      "2026-11-27T09:55:00+07:00",  // five minutes back: a clock set right, not warned
      "2026-11-27T01:00:00Z",  // 08:00 at +07:00, 115 minutes back: warned
    ]
    for (index, clock) in clocks.enumerated() {
      var environment = baseEnvironment(home: scratch.path)
      environment["CASELOAD_TEST_CLOCK"] = clock
      let run = try caseload(
        ["--store", scratch.store, "--today", "2026-11-27", "-c", "supervisor add \"Cán bộ \(index + 1)\""],
        environment: environment)
      #expect(run.status == 0, "\(run.stderr)")
    }
    let verified = try caseload(["--store", scratch.store, "-c", "audit verify"])
    #expect(verified.status == 0)
    #expect(verified.stdout == "ok: 6 entries\n")
    #expect(
      verified.stderr == """
        warning: entry 2 was recorded at 2026-08-27T09:30:00+07:00, 3 months before entry 1 (2026-11-27T09:30:00+07:00): the clock went back
        warning: entry 6 was recorded at 2026-11-27T01:00:00Z, 115 minutes before entry 5 (2026-11-27T09:55:00+07:00): the clock went back

        """)
  }
}
