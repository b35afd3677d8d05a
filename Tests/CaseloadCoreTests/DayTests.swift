import Foundation
import Testing

@testable import CaseloadCore

@Suite struct DayTests {
  @Test(arguments: [
    ("2024-02-29", "2024-02-29"), ("29/02/2024", "2024-02-29"), ("01/12/2026", "2026-12-01"),
    ("1900-01-01", "1900-01-01"), ("2026-11-27", "2026-11-27"), ("2026-011-1", "2026-11-01"),
    ("1/2/2026", "2026-02-01"),
  ])
  func parsesBothOrders(text: String, expected: String) {
    #expect(Day(parsing: text)?.description == expected)
  }

  @Test(arguments: [
    "2024-02-30", "2023-02-29", "31/04/2026", "12/31/2026", "2026-13-01", "2026-1-1x", "26-01-01",
    "", "today", "2026/01/01", "1/1/26", "2026-00-10", "-2026-01-01", "2026-11/27", "1-2/3/2026",
    "２０２６-01-01", "2026-11-27-", "2026--27", "12026-01-01", "2026-11-27 ",
  ])
  func refusesImpossibleOrMalformedDates(text: String) {
    #expect(Day(parsing: text) == nil)
  }

  @Test func ordinalRoundTripsAcrossCenturies() {
    for ordinal in stride(from: -30_000, through: 60_000, by: 37) {
      #expect(Day(ordinal: ordinal).ordinal == ordinal)
    }
    #expect(Day(parsing: "1970-01-01")!.ordinal == 0)
    #expect(Day(parsing: "2026-11-27")!.adding(days: 5).description == "2026-12-02")
    #expect(Day(parsing: "2026-03-01")!.adding(days: -1).description == "2026-02-28")
  }

  /// Every day over centuries is written zero-padded, as `String(format: "%04d-%02d-%02d")`.
  @Test func descriptionIsZeroPadded() {
    for ordinal in stride(from: -700_000, through: 60_000, by: 97) {
      let day = Day(ordinal: ordinal)
      #expect(day.description == String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
    }
  }
}

@Suite struct SentenceLengthTests {
  @Test(arguments: [
    ("3y", "3y"), ("6m", "6m"), ("3y6m", "3y6m"), ("LIFE", "life"), ("18m", "1y6m"), ("1Y2M", "1y2m"),
    ("death-commuted", "death-commuted"),
  ])
  func parsesAndNormalises(text: String, expected: String) {
    #expect(SentenceLength(parsing: text)?.description == expected)
  }

  @Test(arguments: ["", "0y", "y", "3", "6m3y", "3y3y", "3d", "3y 6m", "-1y"])
  func refusesOtherText(text: String) {
    #expect(SentenceLength(parsing: text) == nil)
  }
}

@Suite struct FoldingTests {
  @Test(arguments: [
    ("Nguyễn Văn An", "nguyen van an"), ("ĐẶNG THỊ ĐÀO", "dang thi dao"),
    ("Nguye\u{0302}\u{0303}n", "nguyen"), ("Lý Thu Hải", "ly thu hai"),
    ("Ưng Ỷ ƠN Ỹ", "ung y on y"), ("Ørsted Ǆ İ", "ørsted ǆ i"), ("Σοφία 李", "σοφια 李"),
  ])
  func dropsCaseAndDiacritics(text: String, expected: String) {
    #expect(Folding.fold(text) == expected)
  }

  /// Folding the whole text's canonical decomposition at once, as the table is made.
  func wholeTextFold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark: continue
      default: scalars.append(scalar == "đ" || scalar == "Đ" ? "d" : scalar)
      }
    }
    return String(scalars).lowercased()
  }

  @Test func foldsEachScalarAsTheWholeTextWouldBe() {
    let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x370...0x3FF, 0x1E00...0x1EFF]
    for value in ranges.joined() {
      let text = "a" + String(Character(Unicode.Scalar(value)!)) + "b"
      #expect(Folding.fold(text) == wholeTextFold(text), "U+\(String(value, radix: 16))")
    }
  }
}
