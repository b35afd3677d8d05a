import Foundation
import Testing

@testable import CaseloadCore

/// The standard library's normalizer, which the program uses, checked against Foundation's
/// (CoreFoundation's own tables), which it used before.
@Suite struct TextFormsTests {
  static let pieces: [String] = [
    "a", "ă", "â", "e", "ê", "o", "ô", "ơ", "u", "ư", "y", "đ", "Đ", "A", "Ơ", "i", "n", " ", "-",
    "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}", "\u{302}", "\u{306}", "\u{31B}",
    "ễ", "Ậ", "ự", "ỹ", "Ổ", "é", "Å", "ǖ", "\u{1E9E}", "한", "\u{1100}\u{1161}", "Ω", "ﬁ",
  ]

  @Test func composesAndDecomposesAsFoundationDoes() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5_000 {
      let count = Int.random(in: 0...8, using: &generator)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      #expect(
        text.composed.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
      #expect(
        text.decomposed.unicodeScalars.elementsEqual(text.decomposedStringWithCanonicalMapping.unicodeScalars)
      )
    }
    #expect("Nguye\u{302}\u{303}n".composed.unicodeScalars.count == 6)
    #expect("Nguyễn".decomposed.unicodeScalars.count == 8)
  }

  @Test func blankAndTrimmedAreAboutWhiteSpace() {
    #expect("".isBlank)
    #expect(" \t\u{A0}\u{3000}".isBlank)
    #expect(!" a ".isBlank)
    #expect("  Lê Thu Vân \t".trimmed == "Lê Thu Vân")
    #expect("\n x y \r\n".trimmed == "x y")
    #expect("   ".trimmed == "")
    #expect("z".trimmed == "z")
  }

  @Test func lastRangeFindsTheLastOccurrence() {
    let line = "visit P1 note=\" hash=x\" #| seq=1 hash=ab"
    let found = line.lastRange(of: " hash=")!
    #expect(line[found.upperBound...] == "ab")
    #expect(line[..<found.lowerBound].hasSuffix("seq=1"))
    #expect("abc".lastRange(of: "abcd") == nil)
    #expect("abc".lastRange(of: "") == nil)
    #expect(
      "ăbc ă".lastRange(of: "ă")!.lowerBound == "ăbc ă".utf8.index("ăbc ă".utf8.startIndex, offsetBy: 5))
  }
}
