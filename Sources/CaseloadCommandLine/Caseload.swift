import ArgumentParser
import CaseloadCore
import CaseloadLanguage
import CaseloadShell

/// The command line of §2 as ArgumentParser declares it: its help, usage, version and
/// completion scripts, and the reading of any command line the quick reader leaves to it
/// (`CommandLineReader`).
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
    name: LongOption.store.name,
    help: "Store directory (env CASELOAD_STORE; default $XDG_DATA_HOME/caseload).", completion: .directory)
  var store: String?

  @Option(
    name: LongOption.officer.name,
    help: "Who is acting, written into the journal (env CASELOAD_OFFICER; default login name).")
  var officer: String?

  @Option(
    name: LongOption.today.name,
    help: "The date 'today' means: YYYY-MM-DD or DD/MM/YYYY (env CASELOAD_TODAY).")
  var today: String?

  @Option(
    name: LongOption.format.name, help: "Default output format of queries: table, csv or json.",
    completion: .list(OutputFormat.allCases.map(\.rawValue)))
  var format: String = CommandLineValues().format

  @Option(
    name: LongOption.color.name,
    help: ArgumentHelp(
      "Colour errors, warnings and overdue figures: auto (on a terminal, unless NO_COLOR is set), always or never.",
      valueName: ColorMode.allCases.map(\.rawValue).joined(separator: "|")),
    completion: .list(ColorMode.allCases.map(\.rawValue)))
  var color: String = CommandLineValues().color

  @Option(
    name: LongOption.lang.name,
    help: ArgumentHelp(
      "Language of messages and tables: vi or en (env CASELOAD_LANG; else the locale).",
      valueName: "vi|en"),
    completion: .list(DisplayLanguage.words))
  var lang: String?

  @Option(
    name: LongOption.key.name,
    help: "The ward's signing key file (env CASELOAD_KEY; default $XDG_CONFIG_HOME/caseload/ward.key).",
    completion: .file())
  var key: String?

  @ArgumentParser.Flag(name: LongOption.keepGoing.name, help: "Run every command even after one fails.")
  var keepGoing = false

  @ArgumentParser.Flag(name: LongOption.echo.name, help: "Print each command before running it.")
  var echo = false

  @ArgumentParser.Flag(
    name: LongOption.atomic.name, help: "Run all the input as one transaction: all of it, or nothing.")
  var atomic = false

  @ArgumentParser.Flag(
    name: LongOption.dryRun.name, help: "Run the input, print what it would do, and write nothing.")
  var dryRun = false

  @Option(
    name: .customShort(CommandLineReader.commandLetter),
    help: ArgumentHelp("A command to run; may repeat.", valueName: "command"))
  var commands: [String] = []

  @Argument(help: "Script files to run, in order; '-' is standard input.", completion: .file())
  var files: [String] = []
}

/// The long options of the command line, each named here once: ArgumentParser's declarations
/// above and the quick reader (`CommandLineReader`) both take their names from this list.
enum LongOption: String, CaseIterable {
  case store, officer, today, format, color, lang, key
  case keepGoing = "keep-going"
  case echo, atomic
  case dryRun = "dry-run"

  /// As typed: `--store`.
  var spelling: String { "--" + rawValue }
  var name: NameSpecification { .customLong(rawValue) }
}
