import CaseloadCommandLine
import CaseloadCore
import CaseloadLanguage
import CaseloadShell

#if canImport(Glibc)
  import Glibc
#endif

func usageError(_ message: String) -> Never {
  // The message may quote an argument as typed: shown escaped, it cannot drive the terminal.
  StandardConsole.write(2, Array("caseload: \(TextCharacters.escaped(message))\n".utf8))
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
let parsed: CommandLineValues
switch CommandLineReader.read(Array(CommandLine.arguments.dropFirst())) {
case .success(let values): parsed = values
case .failure(let stop) where stop.status == 0:
  print(stop.text)
  exit(0)
case .failure(let stop): usageError(stop.text)
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

// The officer's name goes into every journal entry, which holds no control character, and
// into `audit log officer=`'s search, which an invisible format character would defeat.
if let bad = TextCharacters.firstForbidden(in: officer, lineBreaks: false) {
  usageError(
    "the officer's name (--officer or CASELOAD_OFFICER) must not hold \(TextCharacters.described(bad)): control and invisible format characters are not allowed"
  )
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
options.keyPath = nonEmpty(parsed.key) ?? Launcher.defaultKeyPath(environment: environment)
options.style = Style.decide(colorMode, environment: environment)
options.readTestHooks(from: environment)

options.inputs = parsed.inputs
exit(Launcher.run(options))
