/// An amount of money in whole đồng (§3): typed `40.000.000`, `40,000,000` or `40000000`,
/// stored and printed in JSON and CSV as a plain integer, in tables as `40.000.000`.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The amount in đồng.
  public let dong: Int

  public init(dong: Int) { self.dong = dong }

  /// The forms `init(parsing:)` accepts, for error messages.
  public static let allowedForms = "whole đồng, e.g. 40000000, 40.000.000 or 40,000,000"

  /// Parses digits, optionally grouped by threes with one kind of separator (`.` or `,`)
  /// throughout; nil for anything else (decimals, mixed separators, groups of other sizes).
  public init?(parsing text: String) {
    guard let first = text.first, first.isASCIIDigitCharacter else { return nil }
    let separators = Set(text.filter { $0 == "." || $0 == "," })
    guard separators.count <= 1 else { return nil }
    var digits = text
    if let separator = separators.first {
      let groups = text.split(separator: separator, omittingEmptySubsequences: false)
      guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
      digits = groups.joined()
    }
    // Fifteen digits reach a trillion đồng and cannot overflow.
    guard digits.count <= 15, digits.allSatisfy(\.isASCIIDigitCharacter), let dong = Int(digits)
    else { return nil }
    self.dong = dong
  }

  /// `40.000.000`: groups of three separated by dots, as Vietnamese writes amounts.
  public var description: String { Message.grouped(dong) }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.dong < rhs.dong }

  public init(from decoder: Decoder) throws {
    dong = try decoder.singleValueContainer().decode(Int.self)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(dong)
  }
}
