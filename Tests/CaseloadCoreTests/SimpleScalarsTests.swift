import CaseloadCore
import Foundation
import Testing

@Suite struct SimpleScalarsTests {
  static let simple: [Unicode.Scalar] =
    ([0x09, 0x0A] + Array(0x20...0x7E) + Array(0xA0...0xAC) + Array(0xAE...0x2FF) + Array(0x1E00...0x1EFF))
    .map { Unicode.Scalar(UInt32($0))! }

  /// Each simple scalar is in NFC, and a character of its own beside any other simple
  /// scalar (checked beside each of a spread of them, and beside every one in pairs).
  @Test func eachSimpleScalarIsACharacterOfItsOwnAndInNormalFormC() {
    let neighbours =
      Self.simple.enumerated().filter { $0.offset % 37 == 0 }.map(\.element) + ["=", "#", " ", "\""]
    for scalar in Self.simple {
      let alone = String(scalar)
      #expect(SimpleScalars.only(alone))
      #expect(alone.precomposedStringWithCanonicalMapping == alone, "U+\(String(scalar.value, radix: 16))")
      for neighbour in neighbours {
        let pair = alone + String(neighbour) + alone
        #expect(
          pair.count == 3,
          "U+\(String(scalar.value, radix: 16)) beside U+\(String(neighbour.value, radix: 16))")
        #expect(pair.precomposedStringWithCanonicalMapping == pair)
      }
    }
  }

  @Test(arguments: [
    "\u{300}", "e\u{301}", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{1100}", "\u{1F00}", "\r", "\u{85}", "\u{1}",
    "中", "👍", "\u{2126}",
  ])
  func otherScalarsAreNotSimple(text: String) {
    #expect(!SimpleScalars.only("Nguyễn " + text))
  }

  @Test func vietnameseAsTypedIsSimple() {
    #expect(SimpleScalars.only("Nguyễn Thị Ánh, Đỗ Minh Khang: thăm gặp tại nhà ổn định\tgiúp đỡ"))
  }
}
