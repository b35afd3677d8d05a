import Testing

@testable import CaseloadShell

@Suite struct TextWidthTests {
  @Test(arguments: [
    ("Nguyễn Văn An", 13), ("Nguye\u{0302}\u{0303}n Va\u{0306}n An", 13), ("", 0), ("abc", 3),
    ("中文", 4), ("Đặng Thị Đào", 12), ("\u{0301}", 0),
  ])
  func countsColumnsNotBytesOrScalars(text: String, expected: Int) {
    #expect(TextWidth.of(text) == expected)
  }

  /// The columns the fast ranges give are those the Unicode properties give.
  @Test func latinLettersTakeTheColumnsTheirPropertiesSay() {
    for value in Array(0x00...0x3FF) + Array(0x1E00...0x1EFF) {
      let scalar = Unicode.Scalar(value)!
      let zero: Set<Unicode.GeneralCategory> = [.nonspacingMark, .enclosingMark, .control, .format]
      let expected = zero.contains(scalar.properties.generalCategory) ? 0 : 1
      #expect(TextWidth.width(of: Character(scalar)) == expected, "U+\(String(value, radix: 16))")
    }
  }

  /// The count of one-column scalars equals the sum over characters, which it shortcuts.
  @Test func scalarCountingAgreesWithCharacters() {
    let pieces: [String] = [
      "a", "Z", " ", "~", "\u{A0}", "\u{AD}", "é", "ư", "Ơ", "ễ", "Ậ", "ǅ", "ʰ", "˜", "\u{2FF}", "\u{1E00}",
      "\u{1EFF}", "\u{300}", "\u{323}", "e\u{301}", "\u{200D}", "\u{FE0F}", "中", "한", "\u{1F600}", "\t",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5_000 {
      let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
        pieces.randomElement(using: &generator)!
      }.joined()
      #expect(
        TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.width(of: $1) },
        "\(text.unicodeScalars.map(\.value))")
      let cut = TextWidth.cut(text, to: 5)
      #expect(TextWidth.of(cut) <= 5, "\(text.unicodeScalars.map(\.value))")
    }
  }
}
