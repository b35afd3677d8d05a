import ArgumentParser
import CaseloadShell
import Testing

@testable import CaseloadCommandLine

/// The quick reader against ArgumentParser: every line the quick reader takes, ArgumentParser
/// takes too, with the same values and the same commands and files.
@Suite struct CommandLineReaderTests {
  /// Asserts that ArgumentParser reads `arguments` as the quick reader did, if it did.
  func expectSameReading(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let quick = CommandLineReader.quickly(arguments)
    guard quick.isPlain else { return }
    guard let parsed = try? Caseload.parse(arguments) else {
      Issue.record(
        "ArgumentParser refuses \(arguments), which the quick reader took", sourceLocation: sourceLocation)
      return
    }
    guard
      case .success(let viaParser) = CommandLineReader.throughArgumentParser(
        arguments, inputs: quick.values.inputs)
    else {
      Issue.record("no values for \(arguments)", sourceLocation: sourceLocation)
      return
    }
    #expect(quick.values == viaParser, "\(arguments)", sourceLocation: sourceLocation)
    let commands = quick.values.inputs.compactMap { input -> String? in
      if case .command(let text) = input { return text }
      return nil
    }
    let files = quick.values.inputs.compactMap { input -> String? in
      switch input {
      case .command: return nil
      case .file(let name): return name
      case .standardInput: return "-"
      }
    }
    #expect(commands == parsed.commands, "\(arguments)", sourceLocation: sourceLocation)
    #expect(files == parsed.files, "\(arguments)", sourceLocation: sourceLocation)
  }

  @Test func readsTheCommonLines() {
    let lines: [[String]] = [
      [],
      ["--store", "/srv/ward", "-c", "show P1000"],
      [
        "--today", "2026-11-27", "--officer", "Trần Thị Bích", "--store", "s", "-c", "overdue", "-c",
        "visits",
      ],
      ["--format", "json", "--color", "never", "--lang", "vi", "script.caseload"],
      ["--keep-going", "--echo", "a.caseload", "-", "b.caseload"],
      ["--atomic", "-c", "begin", "--", "-c", "--store"],
      ["--dry-run", "--format=csv", "--store=/tmp/x", "-c", "person list"],
      ["-c", "-", "-"],
      ["--store", "-", "-c", "show P1"],
      ["--key", "/media/usb/ward.key", "-c", "audit head"],
      ["--key=/x/ward.key", "a.caseload"],
    ]
    for arguments in lines {
      let quick = CommandLineReader.quickly(arguments)
      #expect(quick.isPlain, "\(arguments)")
      expectSameReading(arguments)
    }
    let read = CommandLineReader.quickly(["-c", "a", "x.caseload", "-c", "b", "-"]).values.inputs
    #expect(read == [.command("a"), .file("x.caseload"), .command("b"), .standardInput])
  }

  @Test func leavesEverythingElseToArgumentParser() {
    let lines: [[String]] = [
      ["--help"], ["-h"], ["--version"], ["--generate-completion-script", "bash"], ["--stor", "x"],
      ["--store"], ["--store", "--echo"], ["--store", "a", "--store", "b"], ["--echo", "--echo"],
      ["--echo=yes"], ["-cshow P1"], ["-c"], ["-c", "--echo"], ["--store="], ["--store", ""], ["-x"],
    ]
    for arguments in lines {
      #expect(!CommandLineReader.quickly(arguments).isPlain, "\(arguments)")
    }
    guard case .failure(let help) = CommandLineReader.read(["--help"]) else {
      Issue.record("--help read as values")
      return
    }
    #expect(help.status == 0 && help.text.contains("--keep-going"))
    guard case .failure(let mistake) = CommandLineReader.read(["--stor", "x"]) else {
      Issue.record("--stor read as values")
      return
    }
    #expect(mistake.status == 2 && mistake.text.contains("usage: caseload"))
    guard case .failure(let attached) = CommandLineReader.read(["-cshow P1"]) else {
      Issue.record("-cshow P1 read as values; ArgumentParser wants a space after -c")
      return
    }
    #expect(attached.status == 2)
  }

  /// Random lines from the options, their values, commands, files and a few mistakes.
  @Test func agreesWithArgumentParserOnRandomLines() {
    let pool = [
      "--store", "s", "--officer", "Lê Thu Vân", "--today", "2026-11-27", "--format", "json", "--color",
      "always",
      "--lang", "en", "--keep-going", "--echo", "--atomic", "--dry-run", "-c", "show P1", "-c", "a.caseload",
      "-", "--", "--format=table", "--store=/x", "-cvisits", "--nope", "", "=", "--key", "w.key",
    ]
    var generator = SystemRandomNumberGenerator()
    var plain = 0
    for _ in 0..<1_500 {
      let arguments = (0..<Int.random(in: 0...7, using: &generator)).map { _ in
        pool.randomElement(using: &generator)!
      }
      if CommandLineReader.quickly(arguments).isPlain { plain += 1 }
      expectSameReading(arguments)
    }
    #expect(plain > 150, "the random lines should often be plain ones")
  }

  /// Every option ArgumentParser declares is one the quick reader knows, and no other.
  @Test func knowsEveryDeclaredOption() {
    // The help's OPTIONS list: the usage line shortens to `[<options>]` once there are many.
    let usage = Caseload.helpMessage()
    var declared: Set<String> = []
    for line in usage.split(separator: "\n") {
      let words = line.split(whereSeparator: { " ,".contains($0) })
      guard let first = words.first, first.hasPrefix("-"), first != "-" else { continue }
      declared.insert(String(first))
    }
    declared.subtract(["-h", "--help", "--version", "--generate-completion-script"])
    let known = Set(LongOption.allCases.map(\.spelling)).union([CommandLineReader.commandOption])
    #expect(declared == known, "\(usage)")
  }
}
