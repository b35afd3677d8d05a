/// The length of a prison sentence: a term of years and months, or life.
public enum SentenceLength: Hashable, Sendable, TextCodable {
  case term(months: Int)
  case life

  /// Parses `3y`, `6m`, `3y6m` or `life`; nil for anything else or a zero term.
  public init?(parsing text: String) {
    let lower = text.lowercased()
    if lower == "life" {
      self = .life
      return
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

  /// The text form: `3y6m`, `3y`, `6m` or `life`.
  public var description: String {
    switch self {
    case .life: return "life"
    case .term(let months):
      let years = months / 12
      let rest = months % 12
      return (years > 0 ? "\(years)y" : "") + (rest > 0 ? "\(rest)m" : "")
    }
  }

  public static let textKind = "a sentence length"
}
