import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// caseload's own plist writer gives the very bytes Foundation's `PropertyListEncoder` gives.
@Suite struct PlistEncoderTests {
  func foundation<Value: Encodable>(_ value: Value) throws -> Data {
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    return try encoder.encode(value)
  }

  func expectSameBytes<Value: Encodable>(_ value: Value) throws {
    let ours = try PlistEncoder.encode(value)
    let theirs = try foundation(value)
    #expect(
      ours == theirs,
      "\(String(decoding: ours, as: UTF8.self))\n---\n\(String(decoding: theirs, as: UTF8.self))")
  }

  @Test func aPersonWithEveryFieldIsWrittenAsFoundationWritesIt() throws {
    var person = SnapshotCodecTests().everything
    person.note = "a < b & c > d \"quoted\" 'single' ơ\ttab"
    try expectSameBytes(RecordFile(record: person))
    try expectSameBytes(
      RecordFile(
        record: Person(
          id: PersonID(1), name: "", born: Day(ordinal: 0), released: Day(ordinal: 0), received: nil)))
  }

  @Test func aSupervisorAndTheHeaderAreWrittenAsFoundationWritesThem() throws {
    try expectSameBytes(RecordFile(record: SnapshotCodecTests().supervisor))
    var state = State()
    state.settings.ward = Ward(name: "Phường Thử", province: "Tỉnh Thử")
    try expectSameBytes(StoreHeader(state, head: JournalHead()))
    try expectSameBytes(StoreHeader())
  }

  @Test func integersBooleansAndEmptyContainersAreWrittenAsFoundationWritesThem() throws {
    struct Sample: Encodable {
      var numbers: [Int] = [0, -1, Int.max, Int.min]
      var small: [UInt8] = [0, 255]
      var flags = [true, false]
      var empty: [String] = []
      var nothing: [String: Int] = [:]
      var nested: [[String: String]] = [["b": "2", "a": "1", "B": "0", "ab": "3"]]
    }
    try expectSameBytes(Sample())
  }
}
