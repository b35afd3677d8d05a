import ArgumentParser
import CaseloadShell

/// What the command line says, whichever reader read it.
public struct CommandLineValues: Equatable, Sendable {
  public var store: String?
  public var officer: String?
  public var today: String?
  public var format = "table"
  public var color = "auto"
  public var lang: String?
  /// `--key`: the ward's signing key file.
  public var key: String?
  public var keepGoing = false
  public var echo = false
  public var atomic = false
  public var dryRun = false
  /// The -c commands and FILEs, in the order given.
  public var inputs: [Input] = []

  public init() {}
}

/// Why the program stops before it starts: `--help` or `--version` (status 0, the text to
/// print on standard output) or a usage error (status 2, the message for standard error).
public struct CommandLineStop: Error {
  public let status: Int32
  public let text: String
}

/// Reads the command line of §2. The common lines (options with their values, flags, -c
/// commands and files) are read here; anything else (help, version, completion scripts, a
/// mistake, an option given twice) is read by ArgumentParser from `Caseload`'s declarations,
/// which also make the help and the completion scripts. ArgumentParser reflects over those
/// declarations at every start, about 1 ms of a `show`; the tests hold the two readers to
/// the same values on every line the quick one takes.
public enum CommandLineReader {
  /// The values of `arguments` (without the program's name).
  public static func read(_ arguments: [String]) -> Result<CommandLineValues, CommandLineStop> {
    let quick = quickly(arguments)
    if quick.isPlain { return .success(quick.values) }
    return throughArgumentParser(arguments, inputs: quick.values.inputs)
  }

  /// Where each long option's value goes; a new option does not compile until it is here.
  enum Target {
    case text(WritableKeyPath<CommandLineValues, String?>)
    case defaulted(WritableKeyPath<CommandLineValues, String>)
    case flag(WritableKeyPath<CommandLineValues, Bool>)
  }

  static func target(of option: LongOption) -> Target {
    switch option {
    case .store: .text(\.store)
    case .officer: .text(\.officer)
    case .today: .text(\.today)
    case .lang: .text(\.lang)
    case .key: .text(\.key)
    case .format: .defaulted(\.format)
    case .color: .defaulted(\.color)
    case .keepGoing: .flag(\.keepGoing)
    case .echo: .flag(\.echo)
    case .atomic: .flag(\.atomic)
    case .dryRun: .flag(\.dryRun)
    }
  }

  static let options = Dictionary(uniqueKeysWithValues: LongOption.allCases.map { ($0.spelling, $0) })
  /// `-c COMMAND`.
  static let commandLetter: Character = "c"
  static let commandOption = "-" + String(commandLetter)

  /// Reads `arguments` as far as it can. `isPlain` is false for anything ArgumentParser must
  /// read instead; the inputs are then still those given, in order (ArgumentParser keeps the
  /// commands and the files apart).
  static func quickly(_ arguments: [String]) -> (values: CommandLineValues, isPlain: Bool) {
    var values = CommandLineValues()
    var isPlain = true
    var seen: Set<String> = []
    var index = 0
    var optionsEnded = false
    func file(_ name: String) -> Input { name == "-" ? .standardInput : .file(name) }
    /// The value after an option, when it is there and is not itself an option.
    func value() -> String? {
      guard index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" else {
        return nil
      }
      index += 1
      return arguments[index - 1]
    }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        values.inputs.append(file(argument))
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      if argument == commandOption {
        if let command = value() {
          values.inputs.append(.command(command))
        } else {
          isPlain = false
          if index < arguments.count {
            values.inputs.append(.command(arguments[index]))
            index += 1
          }
        }
        continue
      }
      if argument.hasPrefix(commandOption), !argument.hasPrefix("--") {
        values.inputs.append(.command(String(argument.dropFirst(commandOption.count))))
        isPlain = false
        continue
      }
      var name = argument
      var attached: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        attached = String(argument[argument.index(after: equals)...])
      }
      guard let option = options[name] else {
        isPlain = false  // an unknown option: ArgumentParser names it
        continue
      }
      let target = target(of: option)
      var isFlag = false
      if case .flag = target { isFlag = true }
      guard seen.insert(name).inserted, !isFlag || attached == nil else {
        isPlain = false
        if !isFlag, attached == nil, index < arguments.count { index += 1 }
        continue
      }
      if case .flag(let path) = target {
        values[keyPath: path] = true
        continue
      }
      guard let given = attached ?? value(), !given.isEmpty else {
        isPlain = false
        if attached == nil, index < arguments.count { index += 1 }
        continue
      }
      if case .text(let path) = target { values[keyPath: path] = given }
      if case .defaulted(let path) = target { values[keyPath: path] = given }
    }
    return (values, isPlain)
  }

  /// `arguments` read by ArgumentParser, with `inputs` (their order) from the quick reading.
  static func throughArgumentParser(_ arguments: [String], inputs: [Input])
    -> Result<CommandLineValues, CommandLineStop>
  {
    let parsed: Caseload
    do {
      parsed = try Caseload.parse(arguments)
    } catch {
      if Caseload.exitCode(for: error) == .success {
        return .failure(CommandLineStop(status: 0, text: Caseload.fullMessage(for: error)))
      }
      return .failure(
        CommandLineStop(
          status: 2, text: Caseload.message(for: error) + "\nusage: " + Caseload.usageString()))
    }
    var values = CommandLineValues()
    values.store = parsed.store
    values.officer = parsed.officer
    values.today = parsed.today
    values.format = parsed.format
    values.color = parsed.color
    values.lang = parsed.lang
    values.key = parsed.key
    values.keepGoing = parsed.keepGoing
    values.echo = parsed.echo
    values.atomic = parsed.atomic
    values.dryRun = parsed.dryRun
    values.inputs = inputs
    return .success(values)
  }
}
