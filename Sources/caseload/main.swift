import ArgumentParser
import CaseloadCore
import CaseloadLanguage
import CaseloadShell
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The command line of §2; everything else happens in CaseloadShell.
struct Caseload: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "caseload",
    abstract: "Case management for persons released from prison and received by a ward.",
    discussion: """
      With no FILE and no -c, a terminal gets the interactive REPL and anything else is read \
      as a script. '-' as FILE reads standard input. Exit status: 0 all commands succeeded, \
      1 a command failed, 2 usage error, 3 the store cannot be used.
      """,
    version: "caseload \(caseloadVersion)")

  @Option(
    help: "Store directory (env CASELOAD_STORE; default $XDG_DATA_HOME/caseload).", completion: .directory)
  var store: String?

  @Option(help: "Who is acting, written into the journal (env CASELOAD_OFFICER; default login name).")
  var officer: String?

  @Option(help: "The date 'today' means: YYYY-MM-DD or DD/MM/YYYY (env CASELOAD_TODAY).")
  var today: String?

  @Option(
    help: "Default output format of queries: table, csv or json.",
    completion: .list(OutputFormat.allCases.map(\.rawValue)))
  var format: String = "table"

  @Option(
    help: ArgumentHelp(
      "Colour errors, warnings and overdue figures: auto (on a terminal, unless NO_COLOR is set), always or never.",
      valueName: ColorMode.allCases.map(\.rawValue).joined(separator: "|")),
    completion: .list(ColorMode.allCases.map(\.rawValue)))
  var color: String = ColorMode.auto.rawValue

  @Option(
    help: ArgumentHelp(
      "Language of messages and tables: vi or en (env CASELOAD_LANG; else the locale).",
      valueName: "vi|en"),
    completion: .list(DisplayLanguage.words))
  var lang: String?

  @ArgumentParser.Flag(help: "Run every command even after one fails.")
  var keepGoing = false

  @ArgumentParser.Flag(help: "Print each command before running it.")
  var echo = false

  @ArgumentParser.Flag(help: "Run all the input as one transaction: all of it, or nothing.")
  var atomic = false

  @ArgumentParser.Flag(help: "Run the input, print what it would do, and write nothing.")
  var dryRun = false

  @Option(
    name: .customShort("c"), help: ArgumentHelp("A command to run; may repeat.", valueName: "command"))
  var commands: [String] = []

  @Argument(help: "Script files to run, in order; '-' is standard input.", completion: .file())
  var files: [String] = []
}

func usageError(_ message: String) -> Never {
  StandardConsole.write(2, Array("caseload: \(message)\n".utf8))
  exit(2)
}

// Swift replaces bytes that are not UTF-8 in `CommandLine.arguments` without a word, so a
// `-c` command or a file name would be silently changed: check the bytes as given.
for index in 1..<Int(CommandLine.argc) {
  guard let raw = CommandLine.unsafeArgv[index], String(validatingCString: raw) != nil else {
    usageError("argument \(index) is not UTF-8 text; commands and file names must be UTF-8")
  }
}

/// The environment, read from `environ` (Foundation's `ProcessInfo` took 0.3 ms of every
/// start); a name given twice means what `getenv` says, its first value.
let environment: [String: String] = {
  var variables: [String: String] = [:]
  var entry = environ
  while let pointer = entry.pointee {
    let text = String(cString: pointer)
    if let equals = text.firstIndex(of: "="), variables[String(text[..<equals])] == nil {
      variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    entry += 1
  }
  return variables
}()
let arguments = Array(CommandLine.arguments.dropFirst())
let parsed: Caseload
do {
  parsed = try Caseload.parse(arguments)
} catch {
  if Caseload.exitCode(for: error) == .success {
    print(Caseload.fullMessage(for: error))
    exit(0)
  }
  usageError(Caseload.message(for: error) + "\nusage: " + Caseload.usageString())
}

func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }

/// The home directory and login name of the user the process runs as, from the password database.
func account() -> (home: String, name: String) {
  guard let entry = getpwuid(getuid()) else { return ("/", "uid \(getuid())") }
  return (String(cString: entry.pointee.pw_dir), String(cString: entry.pointee.pw_name))
}

let home = nonEmpty(environment["HOME"]) ?? account().home
let storePath =
  nonEmpty(parsed.store) ?? nonEmpty(environment["CASELOAD_STORE"])
  ?? (nonEmpty(environment["XDG_DATA_HOME"]) ?? home + "/.local/share") + "/caseload"
let officer =
  nonEmpty(parsed.officer) ?? nonEmpty(environment["CASELOAD_OFFICER"])
  ?? nonEmpty(environment["USER"]) ?? nonEmpty(environment["LOGNAME"]) ?? account().name

// The officer's name goes into every journal entry, which holds no control character.
if officer.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
  usageError("the officer's name (--officer or CASELOAD_OFFICER) must not hold control characters")
}

let today: Day
if let text = nonEmpty(parsed.today) ?? nonEmpty(environment["CASELOAD_TODAY"]) {
  guard let day = Day(parsing: text) else {
    usageError("--today '\(text)' is not a date; use YYYY-MM-DD or DD/MM/YYYY")
  }
  today = day
} else {
  // The local date, as the C library reads the zone (TZ, else /etc/localtime).
  var seconds = time(nil)
  var local = tm()
  localtime_r(&seconds, &local)
  today = Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))!
}

guard let format = OutputFormat(rawValue: parsed.format.lowercased()) else {
  usageError("--format must be table, csv or json, not '\(parsed.format)'")
}
guard let colorMode = ColorMode(rawValue: parsed.color.lowercased()) else {
  usageError("--color must be \(ColorMode.allowed), not '\(parsed.color)'")
}
let allowedLanguages = DisplayLanguage.words.joined(separator: ", ")
let language: DisplayLanguage
if let asked = nonEmpty(parsed.lang) {
  guard let chosen = DisplayLanguage(rawValue: asked.lowercased()) else {
    usageError("--lang must be one of \(allowedLanguages), not '\(asked)'")
  }
  language = chosen
} else {
  guard let chosen = DisplayLanguage.chosen(by: environment) else {
    usageError(
      "CASELOAD_LANG must be one of \(allowedLanguages), not '\(environment["CASELOAD_LANG"] ?? "")'")
  }
  language = chosen
}
if parsed.atomic && parsed.dryRun { usageError("--atomic and --dry-run cannot be used together") }

var options = LaunchOptions(storePath: storePath, officer: officer, today: today)
options.format = format
options.language = language
options.keepGoing = parsed.keepGoing
options.echo = parsed.echo
options.atomic = parsed.atomic
options.dryRun = parsed.dryRun
options.historyPath = Launcher.defaultHistoryPath(environment: environment)
options.style = Style.decide(colorMode, environment: environment)
options.readTestHooks(from: environment)

/// The -c commands and FILEs in the order given on the command line, which ArgumentParser
/// (having checked them) does not keep.
func orderedInputs(_ arguments: [String]) -> [Input] {
  let takesValue: Set<String> = ["--store", "--officer", "--today", "--format", "--color", "--lang", "-c"]
  var inputs: [Input] = []
  var index = 0
  var optionsEnded = false
  func file(_ name: String) -> Input { name == "-" ? .standardInput : .file(name) }
  while index < arguments.count {
    let argument = arguments[index]
    index += 1
    if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
      inputs.append(file(argument))
    } else if argument == "--" {
      optionsEnded = true
    } else if argument == "-c", index < arguments.count {
      inputs.append(.command(arguments[index]))
      index += 1
    } else if argument.hasPrefix("-c"), !argument.hasPrefix("--") {
      inputs.append(.command(String(argument.dropFirst(2))))
    } else if takesValue.contains(argument) {
      index += 1
    }
  }
  return inputs
}

options.inputs = orderedInputs(arguments)
exit(Launcher.run(options))
