/// The main prison sentence as imposed: a term of years and months, life, or a death
/// sentence commuted to life.
public enum SentenceLength: Hashable, Sendable, TextCodable {
  case term(months: Int)
  case life
  case deathCommuted

  /// Parses `3y`, `6m`, `3y6m`, `life` or `death-commuted`; nil for anything else and for a
  /// term outside the law's bounds (`allowedRange`).
  public init?(parsing text: String) {
    guard let parsed = SentenceLength(anyLength: text) else { return nil }
    if case .term(let months) = parsed, !Law.current.sentenceBounds.value.months.contains(months) {
      return nil
    }
    self = parsed
  }

  /// Parses any positive term up to 100 years, `life` or `death-commuted`: the stored form,
  /// so that files written before the law's bounds were checked still load.
  init?(anyLength text: String) {
    let lower = text.lowercased()
    switch lower {
    case "life":
      self = .life
      return
    case "death-commuted":
      self = .deathCommuted
      return
    default: break
    }
    var months = 0
    var digits = ""
    var sawYears = false
    var sawMonths = false
    for character in lower {
      if character.isASCIIDigitCharacter {
        digits.append(character)
      } else if character == "y", !sawYears, !sawMonths, let n = Int(digits) {
        months += n * 12
        sawYears = true
        digits = ""
      } else if character == "m", !sawMonths, let n = Int(digits) {
        months += n
        sawMonths = true
        digits = ""
      } else {
        return nil
      }
    }
    guard digits.isEmpty, sawYears || sawMonths, months > 0, months <= 12 * 100 else { return nil }
    self = .term(months: months)
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let parsed = SentenceLength(anyLength: text) else {
      throw DomainError("'\(text)' is not \(phrase: Self.textKind)")
    }
    self = parsed
  }

  /// The text form: `3y6m`, `3y`, `6m`, `life` or `death-commuted`.
  public var description: String {
    switch self {
    case .life: return "life"
    case .deathCommuted: return "death-commuted"
    case .term(let months): return SentenceLength.text(months: months)
    }
  }

  /// `3y6m`, `3y` or `6m`.
  static func text(months: Int) -> String {
    let years = months / 12
    let rest = months % 12
    return (years > 0 ? "\(years)y" : "") + (rest > 0 ? "\(rest)m" : "")
  }

  /// Whether the sentence is longer than `months` (life and death-commuted are longer than any term).
  public func isLonger(thanMonths months: Int) -> Bool {
    guard case .term(let length) = self else { return true }
    return length > months
  }

  public static let textKind = "a sentence length"

  /// What `init(parsing:)` accepts, for messages: `3m to 30y, life or death-commuted`.
  public static var allowedRange: String { Law.current.sentenceBounds.value.description }
}
