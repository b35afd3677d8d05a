import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// `audit verify`'s check that the clock did not go back: timestamps read digit by digit,
/// compared as instants.
@Suite struct ClockTests {
  /// The instant Foundation's ISO 8601 parser reads, on a seeded spread of dates, times and
  /// zones (the parser itself is never used by caseload: it is slow).
  @Test func instantsAgreeWithFoundation() {
    var state: UInt64 = 17
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    print("ClockTests seed 17")
    let formatter = ISO8601DateFormatter()
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    for _ in 0..<2_000 {
      let offset = next(27 * 4) * 15 - 12 * 60
      let zone =
        offset == 0 && next(2) == 0
        ? "Z" : (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + ":" + two(abs(offset) % 60)
      let text =
        "\(1900 + next(200))-\(two(1 + next(12)))-\(two(1 + next(28)))T\(two(next(24))):\(two(next(60))):\(two(next(60)))"
        + zone
      let expected = formatter.date(from: text).map { Int($0.timeIntervalSince1970) }
      #expect(Timestamp.instant(text) == expected, "\(text)")
    }
  }

  @Test(arguments: [
    "", "2026-11-27", "2026-11-27T09:30:00", "2026-13-01T00:00:00Z", "2026-11-27T24:00:00Z",
    "2026-11-27T09:30:00+7", "2026-11-27T09:30:00+07:00x", "2026-11-27 09:30:00 +07:00",
    "２０２６-11-27T09:30:00Z",
  ])
  func otherShapesAreNotTimes(text: String) {
    #expect(Timestamp.instant(text) == nil)
  }

  @Test func sameInstantInTwoZones() {
    #expect(Timestamp.instant("2026-11-27T09:30:00+07:00") == Timestamp.instant("2026-11-27T02:30:00Z"))
    #expect(Timestamp.instant("2026-11-27T02:30:00.250Z") == Timestamp.instant("2026-11-27T02:30:00Z"))
  }

  func entries(_ times: [String]) -> [JournalEntry] {
    times.enumerated().map { index, at in
      JournalEntry(seq: index + 1, at: at, officer: "an", command: "person list", transaction: nil, hash: "")
    }
  }

  @Test func onlyAStepBackOfMoreThanTenMinutesIsWarned() {
    let warnings = Store.clockWarnings(
      entries([
        "2026-11-27T09:30:00+07:00", "2026-11-27T09:20:00+07:00", "2026-11-27T09:30:00+07:00",
        "2026-11-27T09:19:59+07:00", "not a time", "2026-11-25T09:00:00+07:00", "2026-11-25T09:00:00+07:00",
        "2025-11-25T09:00:00+07:00",
      ]))
    #expect(
      warnings.map(\.english) == [
        "entry 4 was recorded at 2026-11-27T09:19:59+07:00, 10 minutes before entry 3 (2026-11-27T09:30:00+07:00): the clock went back",
        "entry 6 was recorded at 2026-11-25T09:00:00+07:00, 2 days before entry 4 (2026-11-27T09:19:59+07:00): the clock went back",
        "entry 8 was recorded at 2025-11-25T09:00:00+07:00, 12 months before entry 7 (2026-11-25T09:00:00+07:00): the clock went back",
      ])
  }
}
