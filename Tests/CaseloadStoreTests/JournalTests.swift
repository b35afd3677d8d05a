import Foundation
import Testing

@testable import CaseloadStore

@Suite struct JournalTests {
  func sample() -> [JournalEntry] {
    Journal.entries(
      after: JournalHead(),
      commands: ["policy set A=60 B=30 C=14 unclassified=30", "policy set A=90 B=30 C=14 unclassified=30"],
      at: "2026-11-27T09:00:00+07:00", officer: "Cán bộ \"Hà\"")
  }

  @Test func linesParseBackToTheSameEntries() throws {
    for entry in sample() {
      let parsed = try Journal.parse(entry.line).get()
      #expect(parsed == entry)
    }
    #expect(sample()[0].transaction == 1...2)
    #expect(
      sample()[0].line.hasPrefix(
        "policy set A=60 B=30 C=14 unclassified=30 #| seq=1 at=2026-11-27T09:00:00+07:00"))
  }

  @Test func chainIsCheckedOnRead() throws {
    let entries = sample()
    let data = Data(entries.map { $0.line + "\n" }.joined().utf8)
    let (read, bytes) = try Journal.read(data, after: JournalHead(), path: "j")
    #expect(read == entries)
    #expect(bytes == data.count)
    let edited = Data(
      entries.map { $0.line + "\n" }.joined().replacingOccurrences(of: "A=60", with: "A=61").utf8)
    #expect(throws: StoreError.unreadable(path: "j", reason: "entry 1 does not match its hash")) {
      try Journal.read(edited, after: JournalHead(), path: "j")
    }
    let reordered = Data((entries.reversed().map { $0.line + "\n" }).joined().utf8)
    #expect(throws: StoreError.self) { try Journal.read(reordered, after: JournalHead(), path: "j") }
  }

  /// A journal long enough to be read in parts on several cores reads as one read in
  /// order: a fault in a later part, or at a boundary between parts, is found and named.
  @Test func aLongJournalReadInPartsReadsAsOne() throws {
    let commands = (1...9_000).map { "policy set A=\($0 % 90 + 10) B=30 C=14 unclassified=30" }
    var entries: [JournalEntry] = []
    var head = JournalHead()
    for command in commands {
      let entry = Journal.entries(
        after: head, commands: [command], at: "2026-11-27T09:00:00+07:00", officer: "an")[0]
      entries.append(entry)
      head.entries = entry.seq
      head.hash = entry.hash
    }
    let lines = entries.map { $0.line + "\n" }
    let data = Data(lines.joined().utf8)
    let (read, bytes) = try Journal.read(data, after: JournalHead(), path: "j")
    #expect(read == entries)
    #expect(bytes == data.count)
    for damaged in [4_500, 4_501, 8_999] {
      var edited = lines
      edited[damaged - 1] = edited[damaged - 1].replacingOccurrences(of: "B=30", with: "B=31")
      #expect(throws: StoreError.unreadable(path: "j", reason: "entry \(damaged) does not match its hash")) {
        try Journal.read(Data(edited.joined().utf8), after: JournalHead(), path: "j")
      }
    }
    var dropped = lines
    dropped.remove(at: 4_500)
    #expect(throws: StoreError.unreadable(path: "j", reason: "entry 4501 has sequence number 4502")) {
      try Journal.read(Data(dropped.joined().utf8), after: JournalHead(), path: "j")
    }
  }

  @Test func unfinishedTransactionAndTornLineAreNotRead() throws {
    let entries = sample()
    let firstOnly = Data((entries[0].line + "\n" + entries[1].line.prefix(20)).utf8)
    let (read, bytes) = try Journal.read(firstOnly, after: JournalHead(), path: "j")
    #expect(read.isEmpty)
    #expect(bytes == 0)
  }

  /// The quick reading of a line's bytes takes only lines that `parse` reads the same way.
  @Test(arguments: [
    "an", "Cán bộ Hà", "Cán bộ \"Hà\"", "back\\slash", "tab\there", "c1\u{85}x", "carriage\rreturn",
  ])
  func quickReadingAgreesWithTheParser(officer: String) throws {
    let commands = [#"visit P1 id=V2 by=S1 on=2026-11-20 note="a #| seq=9 b""#, "policy set A=60"]
    for count in 1...2 {
      let entries = Journal.entries(
        after: JournalHead(), commands: Array(commands.prefix(count)), at: "2026-11-27T09:00:00+07:00",
        officer: officer)
      for entry in entries {
        let quick = Data(entry.line.utf8).withUnsafeBytes { Journal.quickEntry($0) }
        if let quick {
          #expect(quick == entry)
          #expect(try Journal.parse(entry.line).get() == entry)
        } else {
          #expect(officer.contains { "\"\\\t\u{85}\r".contains($0) }, "\(entry.line)")
        }
      }
    }
  }

  @Test func timestampsAreWrittenAsTheFormatterWritesThem() {
    let now = Date()
    let ours = Timestamp.now()
    let formatted = ISO8601DateFormatter.string(
      from: now, timeZone: .current, formatOptions: [.withInternetDateTime])
    #expect(ours.prefix(16) == formatted.prefix(16))
    #expect(ours.hasSuffix("Z") == formatted.hasSuffix("Z"))
    var local = tm()
    local.tm_year = 126
    local.tm_mon = 10
    local.tm_mday = 27
    local.tm_hour = 9
    local.tm_min = 5
    local.tm_sec = 7
    let expected = [
      0: "2026-11-27T09:05:07Z", 25200: "2026-11-27T09:05:07+07:00", -12600: "2026-11-27T09:05:07-03:30",
    ]
    for (offset, text) in expected {
      local.tm_gmtoff = offset
      #expect(Timestamp.text(local) == text)
    }
  }
}
