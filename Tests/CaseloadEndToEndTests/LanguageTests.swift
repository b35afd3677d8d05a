import Foundation
import Testing

/// §11: the officer reads Vietnamese or English; JSON, CSV and the journal never change.
@Suite struct LanguageTests {
  /// A small ward, typed the same way in either language.
  static let script = """
    ward set name="Phường Hòa Bình" province="Hà Nội"
    supervisor add "Đỗ Minh Hải" kind=police capacity=1
    supervisor add "Vũ Thị Lan" kind=team
    person add "Nguyễn Văn An" born=02/01/1980 released=2026-10-01 received=2026-10-05 gender=male sentence=3y6m release=completed group=B
    person add "Trần Thị Bích" born=1990-05-05 released=2026-06-01 release=conditional probation-until=2027-06-01 sentence=2y
    assign P1 S1 decision=12/QĐ-UBND
    assign P2 S1 force
    visit P1 kind=phone note="Đã có việc làm"
    classify P2 group=C reason="Chưa có việc làm"
    person expect "Lê Văn Cường" born=1985-03-03 released=2026-12-05 notified=2026-11-26
    """

  static let queries = [
    "person list status=all", "show P1", "supervisor list", "visits", "due within=60", "overdue",
    "unassigned", "caseload", "arrivals", "expungement within=3650", "loans", "policy show",
    "ward show", "law",
  ]

  func run(_ language: String, _ commands: [String], store: String) throws -> Run {
    try caseload(
      ["--store", store, "--today", "2026-11-27", "--officer", "tester", "--lang", language, "--keep-going"]
        + commands.flatMap { ["-c", $0] })
  }

  @Test func jsonAndCSVAreTheSameBytesInEveryLanguage() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    _ = try caseload(["--store", scratch.store, "--today", "2026-11-27", "-"], stdin: Self.script)
    for format in ["json", "csv"] {
      let commands = Self.queries.map { "\($0) format=\(format)" }
      let english = try run("en", commands, store: scratch.store)
      let vietnamese = try run("vi", commands, store: scratch.store)
      #expect(english.status == 0)
      #expect(english.stdout == vietnamese.stdout, "\(format)")
    }
  }

  @Test func theJournalIsCanonicalWhicheverLanguageTypedIt() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    var journals: [String] = []
    for language in ["en", "vi"] {
      let store = scratch.path + "/" + language
      let run = try caseload(
        ["--store", store, "--today", "2026-11-27", "--lang", language, "-"], stdin: Self.script)
      #expect(run.status == 0, "\(run.stderr)")
      // Each entry's command, without its timestamp and hash.
      let log = try caseload(["--store", store, "--lang", language, "-c", "audit log format=json"])
      let entries = try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]]
      journals.append((entries ?? []).compactMap { $0["command"] as? String }.joined(separator: "\n"))
    }
    #expect(journals[0] == journals[1])
    #expect(journals[0].contains("visit P1 id=V1 by=S1 on=2026-11-27 kind=phone"))
  }

  @Test func vietnameseTablesMessagesAndHelpSayDatesTheVietnameseWay() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let setup = try run("vi", Self.script.split(separator: "\n").map(String.init), store: scratch.store)
    #expect(setup.stdout.contains("đã thêm P1 Nguyễn Văn An"), "\(setup.stdout)")
    let shown = try run(
      "vi", ["show P1", "person add X born=1990-01-01", "help visit"], store: scratch.store)
    #expect(shown.stdout.contains("05/10/2026"), "\(shown.stdout)")
    #expect(!shown.stdout.contains("2026-10-05"))
    #expect(shown.stderr.hasPrefix("<command>:1: lỗi: "), "\(shown.stderr)")
  }

  /// Words of the English catalogue (its templates) that must not be left in Vietnamese
  /// output: help, errors and tables. Command words, keys and typed values may stay.
  @Test func vietnameseOutputHasNoEnglishWordsLeft() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    _ = try caseload(["--store", scratch.store, "--today", "2026-11-27", "-"], stdin: Self.script)
    let commands =
      Self.queries + [
        "help", "help person add", "help visit", "help assign", "help audit replay", "help report",
        "person add X", "visit P9", "assign P2 S2 role=boss", "classify P1 group=E", "shwo P1",
        "person close P1 reason=expunged", "visit P3 by=S1",
      ]
    let english = try run("en", commands, store: scratch.store)
    let vietnamese = try run("vi", commands, store: scratch.store)
    let allowed = Self.languageWords(of: english.stdout + english.stderr)
    let englishWords = Set(Self.words(in: english.stdout + english.stderr)).subtracting(allowed)
    let left = Set(Self.words(in: vietnamese.stdout + vietnamese.stderr)).intersection(englishWords)
    #expect(left.isEmpty, "English words left in Vietnamese output: \(left.sorted())")
  }

  /// Lower-case ASCII words of four letters or more (shorter ones are often Vietnamese too).
  static func words(in text: String) -> [String] {
    text.split { !$0.isLetter || !$0.isASCII }.map(String.init).filter {
      $0.count >= 4 && $0 == $0.lowercased()
    }
  }

  /// What may stay in any language: the command words, keys and values the output itself
  /// shows as typed (`usage:` lines and `key=` words), plus names of the test's own data.
  static func languageWords(of text: String) -> Set<String> {
    // Typed values the help and the test's own commands show (dates, sentences, a name, a
    // typo), keys named in prose, the `<command>` source name, and the Vietnamese "danh"
    // that the English title of the CCCD rule holds.
    var allowed: Set<String> = [
      "caseload", "today", "yesterday", "life", "death", "commuted", "notified", "nguyen", "shwo",
      "command", "danh",
    ]
    // The law table's rule names are identifiers, like keys.
    for line in text.split(separator: "\n") where line.contains("-") {
      if let first = line.split(separator: " ").first, first.contains("-") {
        allowed.formUnion(words(in: String(first)))
      }
    }
    for rule in ["sentence", "completion", "probation"] { allowed.insert(rule) }
    for line in text.split(separator: "\n") {
      for word in line.split(separator: " ") where word.contains("=") || word.contains("|") {
        allowed.formUnion(words(in: String(word)))
      }
      // The help overview's first column: the command words.
      if line.hasPrefix("  "), let command = line.dropFirst(2).components(separatedBy: "  ").first {
        allowed.formUnion(words(in: command))
      }
      // The words a message lists as allowed are command words, keys or values.
      if let list = line.range(of: "allowed: ") {
        allowed.formUnion(words(in: String(line[list.upperBound...])))
      }
      if let usage = line.range(of: "usage: ") {
        allowed.formUnion(words(in: String(line[usage.upperBound...])))
      }
    }
    return allowed
  }

  @Test func theLanguageComesFromTheFlagTheEnvironmentOrTheLocale() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    func said(_ environment: [String: String], _ extra: [String] = []) throws -> Run {
      var base = baseEnvironment(home: scratch.path)
      base.merge(environment) { $1 }
      return try caseload(
        ["--store", scratch.store, "--today", "2026-11-27"] + extra + ["-c", "ward show"],
        environment: base)
    }
    #expect(try said([:]).stdout.hasPrefix("name "))
    #expect(try said(["LANG": "vi_VN.UTF-8"]).stdout.contains("tỉnh/thành"))
    #expect(
      try said(["LC_ALL": "", "LC_MESSAGES": "vi_VN", "LANG": "en_US.UTF-8"]).stdout.contains("tỉnh/thành"))
    #expect(try said(["CASELOAD_LANG": "en", "LANG": "vi_VN.UTF-8"]).stdout.hasPrefix("name "))
    #expect(try said(["CASELOAD_LANG": "", "LANG": "vi_VN.UTF-8"]).stdout.contains("tỉnh/thành"))
    #expect(try said(["CASELOAD_LANG": "vi"], ["--lang", "en"]).stdout.hasPrefix("name "))
    let unknown = try said([:], ["--lang", "fr"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("en, vi"))
    #expect(try said(["CASELOAD_LANG": "klingon"]).status == 2)
    let switched = try caseload(
      ["--store", scratch.store, "--today", "2026-11-27", "-c", "set lang=vi", "-c", "ward show"])
    #expect(switched.stdout.contains("tỉnh/thành"), "\(switched.stdout)")
  }

  /// Every message, word and column name that the transcripts make caseload say has a
  /// Vietnamese entry: a missing one fails here, not in front of an officer.
  @Test func everyTranscriptSpeaksVietnameseWithNothingMissing() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let missing = scratch.path + "/missing"
    FileManager.default.createFile(atPath: missing, contents: nil)
    for name in TranscriptTests.names {
      // Files a transcript writes (a transfer file) stay out of the source tree.
      let work = Scratch()
      defer { work.remove() }
      let script = try String(
        contentsOfFile: "\(TranscriptTests.directory)/\(name).caseload", encoding: .utf8)
      var arguments = ["--store", scratch.path + "/" + name, "--today", "2026-11-27", "--lang", "vi"]
      if let first = script.split(separator: "\n").first, first.hasPrefix("# args:") {
        arguments += first.dropFirst("# args:".count).split(separator: " ").map(String.init)
      }
      var environment = baseEnvironment(home: scratch.path)
      environment["CASELOAD_MISSING_TRANSLATIONS"] = missing
      _ = try caseload(
        arguments + ["\(name).caseload"], environment: environment,
        directory: try TranscriptTests().workingDirectory(work))
    }
    let help = try caseload(["--store", scratch.path + "/help", "--lang", "vi", "-c", "help"])
    var environment = baseEnvironment(home: scratch.path)
    environment["CASELOAD_MISSING_TRANSLATIONS"] = missing
    for line in help.stdout.split(separator: "\n") where line.hasPrefix("  ") {
      let command = line.split(separator: " ").prefix(2).joined(separator: " ")
      _ = try caseload(
        ["--store", scratch.path + "/help", "--lang", "vi", "-c", "help \(command)"],
        environment: environment)
    }
    let lines = Set(
      String(decoding: FileManager.default.contents(atPath: missing) ?? Data(), as: UTF8.self)
        .split(separator: "\n"))
    #expect(lines.isEmpty, "untranslated: \(lines.sorted().joined(separator: " | "))")
  }
}
