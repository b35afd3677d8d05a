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
}
