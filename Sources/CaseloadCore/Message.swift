/// An error that says what went wrong as a `Message`, so that each language can say it.
public protocol ExplainedError: Error {
  var said: Message { get }
}

/// Text for the officer, kept as a template and typed arguments so that the shell can say it
/// in the session's language. Written as an ordinary string literal:
/// `"cannot close \(id) before \(day)"` records the template `cannot close {} before {}`,
/// the id as text and the day as a date (`2026-12-10` in English, `10/12/2026` in Vietnamese).
///
/// The English template is the message's key in every other language's catalogue.
public struct Message: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringInterpolation {
  /// One value in a message, typed as far as a language needs to know how to write it.
  public enum Argument: Hashable, Sendable {
    /// Names, typed values, ids, numbers written as they are: never translated.
    case text(String)
    case day(Day)
    /// A word of one of the command language's fixed lists (`open`, `lead`, `home`): shown
    /// translated, though typed the same in every language.
    case word(String)
    /// A whole number of đồng.
    case money(Int)
    /// A message quoted inside another (the rule a forced command overrode).
    case message(Message)
    /// Text the program wrote (a legal source's name): translated when the catalogue knows it.
    case phrase(String)
  }

  /// The English text with `{}` where each argument goes, in order.
  public let template: String
  public let arguments: [Argument]

  public init(template: String, arguments: [Argument]) {
    self.template = template
    self.arguments = arguments
  }

  /// A message that is the text itself, untranslated (a file's own words, an OS error).
  public init(verbatim text: String) {
    self.init(template: "{}", arguments: [.text(text)])
  }

  public init(stringLiteral value: String) {
    self.init(template: Message.escaped(value), arguments: [])
  }

  public init(stringInterpolation: StringInterpolation) {
    self.init(template: stringInterpolation.template, arguments: stringInterpolation.arguments)
  }

  /// The message in English.
  public var description: String { english }

  /// The message in English: the template with each argument in its plain form.
  public var english: String {
    fill(template) { argument in
      switch argument {
      case .text(let text), .word(let text), .phrase(let text): text
      case .day(let day): day.description
      case .money(let amount): Message.grouped(amount) + " đ"
      case .message(let message): message.english
      }
    }
  }

  /// `template` with its `{}` (in order) or `{1}`, `{2}` … (by position) replaced by
  /// `write(argument)`; `{{` and `}}` stand for braces. Used by translations too, whose
  /// templates may put the arguments in another order.
  public func fill(_ template: String, _ write: (Argument) -> String) -> String {
    var out = ""
    var next = 0
    var characters = template[...]
    while let character = characters.popFirst() {
      switch character {
      case "{" where characters.first == "{":
        characters.removeFirst()
        out.append("{")
      case "}" where characters.first == "}":
        characters.removeFirst()
        out.append("}")
      case "{":
        let digits = characters.prefix { $0 != "}" }
        characters = characters.dropFirst(digits.count + 1)
        let index = Int(digits).map { $0 - 1 } ?? next
        next = index + 1
        out += arguments.indices.contains(index) ? write(arguments[index]) : ""
      default:
        out.append(character)
      }
    }
    return out
  }

  /// The two messages one after the other, as one message (its template is the key).
  public static func + (lhs: Message, rhs: Message) -> Message {
    Message(template: lhs.template + rhs.template, arguments: lhs.arguments + rhs.arguments)
  }

  public static func += (lhs: inout Message, rhs: Message) { lhs = lhs + rhs }

  /// `40.000.000`: whole đồng with `.` between groups of three, as Vietnamese writes them.
  public static func grouped(_ amount: Int) -> String {
    var digits = String(amount.magnitude)
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(Substring(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(Substring(digits), at: 0)
    return (amount < 0 ? "-" : "") + groups.joined(separator: ".")
  }

  /// Braces in literal text are doubled so that they stay text.
  public static func escaped(_ literal: String) -> String {
    guard literal.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else {
      return literal
    }
    return literal.replacing("{", with: "{{").replacing("}", with: "}}")
  }

  /// Collects the template and arguments of a string literal with interpolations.
  public struct StringInterpolation: StringInterpolationProtocol {
    var template = ""
    var arguments: [Argument] = []

    public init(literalCapacity: Int, interpolationCount: Int) {
      template.reserveCapacity(literalCapacity + 2 * interpolationCount)
    }

    public mutating func appendLiteral(_ literal: String) { template += Message.escaped(literal) }

    mutating func append(_ argument: Argument) {
      template += "{}"
      arguments.append(argument)
    }

    public mutating func appendInterpolation(_ text: String) { append(.text(text)) }
    public mutating func appendInterpolation(_ day: Day) { append(.day(day)) }
    public mutating func appendInterpolation(_ number: Int) { append(.text(String(number))) }
    public mutating func appendInterpolation(_ message: Message) { append(.message(message)) }
    public mutating func appendInterpolation<Word: Choice>(_ word: Word) { append(.word(word.rawValue)) }
    /// Text the program wrote, such as a legal source's name, that a catalogue may translate.
    public mutating func appendInterpolation(phrase text: String) { append(.phrase(text)) }
    /// An amount of money, written with the language's separators and currency.
    public mutating func appendInterpolation(money amount: Int) { append(.money(amount)) }
    /// An error: its own message when it has one, else its text.
    public mutating func appendInterpolation(_ error: any Error) {
      if let explained = error as? any ExplainedError {
        append(.message(explained.said))
      } else {
        append(.text("\(error)"))
      }
    }
    /// Ids, sentence lengths and other values whose text is the same in every language.
    public mutating func appendInterpolation<Value: CustomStringConvertible>(_ value: Value) {
      append(.text(value.description))
    }
  }
}
