import CaseloadCore

/// How a typed name (or part of one) finds records, in tiers (§3): the best tier that
/// matches anything wins, so that `"Nguyễn Văn An"` is never confused with `Nguyễn Văn Ân`,
/// and `"Hoa"` finds `Phạm Thị Hoa` before `Hoàng Minh Tuấn`. Case never matters.
public struct NameMatch: Sendable {
  /// The tiers, best first.
  public enum Tier: Int, Comparable, Sendable, CaseIterable {
    /// The whole name, with its diacritics.
    case wholeName = 1
    /// Every typed word is a word of the name, with diacritics.
    case words
    /// Every typed word is a word of the name, without diacritics.
    case foldedWords
    /// Every typed word starts a word of the name, without diacritics.
    case wordStarts

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  private let whole: String
  private let typed: [String]
  private let folded: [String]

  /// What the officer typed.
  public init(_ text: String) {
    typed = NameMatch.words(of: text)
    whole = typed.joined(separator: " ")
    folded = typed.map(Folding.fold)
  }

  /// The best tier in which `name` matches, or nil when it does not match at all.
  public func tier(of name: String) -> Tier? {
    guard !typed.isEmpty else { return nil }
    let words = NameMatch.words(of: name)
    if words.joined(separator: " ") == whole { return .wholeName }
    if typed.allSatisfy(words.contains) { return .words }
    let foldedWords = words.map(Folding.fold)
    if folded.allSatisfy(foldedWords.contains) { return .foldedWords }
    if folded.allSatisfy({ part in foldedWords.contains { $0.hasPrefix(part) } }) { return .wordStarts }
    return nil
  }

  /// The records that match in the best tier that has any, in their given order.
  public func best<ID>(among records: [(ID, String)]) -> [(ID, String)] {
    let tiers = records.map { tier(of: $0.1) }
    guard let best = tiers.compactMap({ $0 }).min() else { return [] }
    return zip(records, tiers).filter { $0.1 == best }.map(\.0)
  }

  /// Whether `name` matches at all: what Tab offers.
  public func matches(_ name: String) -> Bool { tier(of: name) != nil }

  /// Lowercased words in composed form, split at white space.
  private static func words(of text: String) -> [String] {
    text.composed.lowercased().split(whereSeparator: \.isWhitespace)
      .map(String.init)
  }
}
