import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

extension DisplayLanguage {
  /// The language the environment asks for: `CASELOAD_LANG`, else `LC_ALL`, `LC_MESSAGES`
  /// or `LANG` (the first that is set and not empty) starting with `vi`; else English.
  /// Nil when `CASELOAD_LANG` names no language caseload speaks.
  public static func chosen(by environment: [String: String]) -> DisplayLanguage? {
    if let asked = environment["CASELOAD_LANG"], !asked.isEmpty { return DisplayLanguage(rawValue: asked) }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first {
      !$0.isEmpty
    }
    return locale?.lowercased().hasPrefix("vi") == true ? .vi : .en
  }
}

/// Says messages, dates, money, list words and column names in one language, from the
/// catalogue of that language; English is the catalogues' key, so it needs none.
struct Localizer: Sendable {
  let language: DisplayLanguage

  /// Collects the keys a catalogue lacks, when `CASELOAD_MISSING_TRANSLATIONS` names a file
  /// (the tests run every transcript in Vietnamese with it and expect none).
  static let missingLog = ProcessInfo.processInfo.environment["CASELOAD_MISSING_TRANSLATIONS"]

  /// The message in this language; a message missing from the catalogue is said in English.
  /// Every message the officer reads passes here: a control or format character in a name or
  /// a file's text it quotes (one that reached the store before they were refused) is shown
  /// as `\u{1B}`, never written raw to the terminal.
  func say(_ message: Message) -> String { TextCharacters.escaped(spoken(message)) }

  private func spoken(_ message: Message) -> String {
    switch language {
    case .en:
      return message.english
    case .vi:
      // A template of arguments and punctuation alone (`{}; {}`) is the same in every language.
      if !message.template.contains(where: \.isLetter) { return message.fill(message.template, argument) }
      guard let template = Vietnamese.messages[message.template] else {
        Localizer.noteMissing("message", message.template)
        return message.english
      }
      return message.fill(template, argument)
    }
  }

  private func argument(_ argument: Message.Argument) -> String {
    switch argument {
    case .text(let text): text
    case .day(let day): date(day)
    case .word(let word): self.word(word)
    case .money(let amount): money(amount)
    case .message(let message): say(message)
    case .phrase(let text): phrase(text)
    }
  }

  /// `2026-11-27` in English, `27/11/2026` in Vietnamese.
  func date(_ day: Day) -> String {
    switch language {
    case .en: return day.description
    case .vi: return day.dayFirstDescription
    }
  }

  /// `40.000.000` in English tables, `40.000.000 đ` in Vietnamese.
  func money(_ amount: Int) -> String {
    language == .vi ? Message.grouped(amount) + " đ" : Message.grouped(amount)
  }

  /// A word of one of the language's fixed lists (`open`, `lead`, `home`), as shown.
  func word(_ word: String) -> String {
    guard language == .vi else { return word }
    guard let shown = Vietnamese.words[word] else {
      Localizer.noteMissing("word", word)
      return word
    }
    return shown
  }

  /// A column or field name (`nextVisitDue`) as a table shows it.
  func header(_ key: String) -> String {
    // A column may be named by another ward's store (`report include=`): shown escaped.
    guard language == .vi else { return TextCharacters.escaped(key) }
    if let shown = Vietnamese.headers[key] { return shown }
    // A name heading a column (a ward's, in a report of several) is shown as it is; only a
    // field's name (`nextVisitDue`) must be in the catalogue.
    if key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
      Localizer.noteMissing("header", key)
    }
    return TextCharacters.escaped(key)
  }

  /// Text the program wrote and kept: its translation when the catalogue has one, else itself.
  func phrase(_ text: String) -> String {
    guard language == .vi else { return text }
    return Vietnamese.messages[Message.escaped(text)] ?? text
  }

  /// Fixed text of the program itself (help lines, summaries): its English is its key.
  func text(_ english: String) -> String {
    say(Message(stringLiteral: english))
  }

  private static func noteMissing(_ kind: String, _ key: String) {
    guard let path = missingLog else { return }
    let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    guard fd >= 0 else { return }
    defer { close(fd) }
    StandardConsole.write(fd, Array("\(kind)\t\(key)\n".utf8))
  }
}
