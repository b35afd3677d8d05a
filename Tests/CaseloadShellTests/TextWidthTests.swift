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
}
