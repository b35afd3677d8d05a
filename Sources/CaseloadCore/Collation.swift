/// Vietnamese alphabetical order, as lists of names are sorted in a ward office: by given
/// name (tên, the last word), then by family and middle names; letters in the Vietnamese
/// alphabet (a ă â b c d đ e ê … o ô ơ … u ư …), then tones (none, huyền, hỏi, ngã, sắc,
/// nặng) as a tie-breaker, without regard to case.
public enum Collation {
  /// Whether `lhs` comes before `rhs` in a list sorted by name.
  public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let left = key(lhs)
    let right = key(rhs)
    if left.letters != right.letters { return left.letters.lexicographicallyPrecedes(right.letters) }
    return left.tones.lexicographicallyPrecedes(right.tones)
  }

  /// Orders records by name, and records with the same name by id, so lists are stable.
  public static func precedes<ID: Comparable>(_ lhs: (String, ID), _ rhs: (String, ID)) -> Bool {
    if precedes(lhs.0, rhs.0) { return true }
    if precedes(rhs.0, lhs.0) { return false }
    return lhs.1 < rhs.1
  }

  /// The name's sort key: letter ranks (given name first, a separator, then the rest) and tones.
  static func key(_ name: String) -> (letters: [Int], tones: [Int]) {
    var words = name.split(whereSeparator: \.isWhitespace).map(String.init)
    if let given = words.popLast() { words.insert(given, at: 0) }
    var letters: [Int] = []
    var tones: [Int] = []
    for (index, word) in words.enumerated() {
      if index > 0 { letters.append(0) }
      for character in word.lowercased() {
        let (rank, tone) = weigh(character)
        letters.append(rank)
        tones.append(tone)
      }
    }
    return (letters, tones)
  }

  private static let alphabet = Array("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
  private static let tonesInOrder: [Unicode.Scalar] = ["\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]

  /// A character's rank in the alphabet (letters after 1, other characters after letters
  /// by code point) and its tone (0 for none).
  private static func weigh(_ character: Character) -> (Int, Int) {
    var base = ""
    var tone = 0
    for scalar in String(character).decomposed.unicodeScalars {
      if let index = tonesInOrder.firstIndex(of: scalar) {
        tone = index + 1
      } else {
        base.unicodeScalars.append(scalar)
      }
    }
    let letter = Character(base.composed)
    if let index = alphabet.firstIndex(of: letter) { return (index + 1, tone) }
    return (alphabet.count + 1 + Int(letter.unicodeScalars.first?.value ?? 0), tone)
  }
}
