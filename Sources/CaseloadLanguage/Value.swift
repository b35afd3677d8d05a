import CaseloadCore

/// What a slot or key accepts; drives parsing, canonical printing, help and completion.
public enum ValueKind: Equatable, Sendable {
  case text
  case date
  /// A whole number from 0 up.
  case count
  case duration
  /// One of a fixed list of words (matched without case).
  case choice([String])
  case person
  case supervisor
  /// A security team: an id (`T1`) or a quoted name, matched as persons' names are.
  case team
  /// Whole đồng: `40000000`, `40.000.000` or `40,000,000`.
  case money
  /// The id a new record will get; filled in by caseload, never typed.
  case newID

  /// How help shows the value: `DATE`, `home|phone|…`.
  public var placeholder: String {
    switch self {
    case .text: "TEXT"
    case .date: "DATE"
    case .count: "N"
    case .duration: "DURATION"
    case .choice(let words): words.joined(separator: "|")
    case .person: "PERSON"
    case .supervisor: "SUPERVISOR"
    case .team: "TEAM"
    case .money: "MONEY"
    case .newID: "ID"
    }
  }
}

/// A resolved argument: typed, with names already turned into ids.
public enum Value: Equatable, Sendable {
  case text(String)
  case day(Day)
  case number(Int)
  case duration(SentenceLength)
  case word(String)
  case person(PersonID)
  case supervisor(SupervisorID)
  case visit(VisitID)
  case support(SupportID)
  case team(TeamID)
  case money(Money)
  /// An empty value given to clear an optional field (`phone=`).
  case cleared

  /// The canonical form: what the journal records and reads back.
  public var canonical: String {
    switch self {
    case .text(let text): Lexer.quote(text, always: true)
    case .day(let day): day.description
    case .number(let number): String(number)
    case .duration(let duration): duration.description
    case .word(let word): word
    case .person(let id): id.description
    case .supervisor(let id): id.description
    case .visit(let id): id.description
    case .support(let id): id.description
    case .team(let id): id.description
    case .money(let amount): String(amount.dong)
    case .cleared: "\"\""
    }
  }
}

/// The values of one invocation, by slot or key name, after resolution.
public struct Arguments: Sendable {
  /// The values by slot or key name, in the order set: a command has a handful, which a list
  /// finds sooner than a hash table would (names are short, and compare without hashing).
  private var values: [(name: String, value: Value)] = []
  public var flags: Set<String> = []
  /// Every word of a trailing "rest" slot (`help person add`), with its place for carets.
  public var rest: [Word] = []
  /// The verbatim text of a command slot and where it starts in the line.
  public var nestedCommand: (text: String, offset: Int)?

  public init() {}

  /// Room for `count` values without growing.
  mutating func reserveCapacity(_ count: Int) { values.reserveCapacity(count) }

  public subscript(name: String) -> Value? {
    get {
      for entry in values where entry.name == name { return entry.value }
      return nil
    }
    set {
      if let index = values.firstIndex(where: { $0.name == name }) {
        if let newValue { values[index].value = newValue } else { values.remove(at: index) }
      } else if let newValue {
        values.append((name, newValue))
      }
    }
  }

  /// Whether the key was given with an empty value, asking to clear the field.
  public func isCleared(_ name: String) -> Bool { self[name] == .cleared }
}
