/// A value stored in files as its text form (`2026-11-27`, `3y6m`, `P12`), so that the
/// property lists stay readable and every reader parses them the same way.
public protocol TextCodable: Codable, CustomStringConvertible {
  /// Parses the text form; nil when the text is not one.
  init?(parsing text: String)
  /// What the text form is called in decoding errors.
  static var textKind: String { get }
}

extension TextCodable {
  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let parsed = Self(parsing: text) else {
      throw DomainError("'\(text)' is not \(phrase: Self.textKind)")
    }
    self = parsed
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
