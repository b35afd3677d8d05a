import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// The snapshot's field-by-field codec: every field of every record comes back as it went in.
@Suite struct SnapshotCodecTests {
  let day = Day(year: 2026, month: 11, day: 27)!

  /// A person with every field set, and more than one of each history entry.
  var everything: Person {
    var person = Person(
      id: PersonID(12), name: "Nguyễn Văn Đức", born: Day(year: 1980, month: 2, day: 29)!,
      released: day.adding(days: -400), received: day.adding(days: -390))
    person.gender = .male
    person.idCard = "001080012345"
    person.address = "Số 5, ngõ 12, phường Thử"
    person.phone = "0912 345 678"
    person.offence = "Trộm cắp tài sản"
    person.offenceArticle = 173
    person.sentence = .term(months: 42)
    person.release = .conditional
    person.certificate = "12/GCN"
    person.probationUntil = day.adding(days: 30)
    person.supplementaryUntil = day.adding(days: 60)
    person.obligations = .pending
    person.notified = day.adding(days: -405)
    person.movedTo = "Phường Hai"
    person.group = .B
    person.note = "ghi chú"
    person.status = .closed
    person.reason = .moved
    var ended = Assignment(
      supervisor: SupervisorID(3), role: .lead, from: day.adding(days: -380), decision: "5/QĐ",
      reason: "đầu tiên")
    ended.to = day.adding(days: -10)
    ended.endReason = "chuyển công tác"
    person.assignments = [
      ended, Assignment(supervisor: SupervisorID(4), role: .helper, from: day, decision: nil, reason: nil),
    ]
    person.visits = [
      Visit(
        id: VisitID(1), person: person.id, by: SupervisorID(3), on: day, kind: .home, note: "ổn", group: .A),
      Visit(
        id: VisitID(9), person: person.id, by: SupervisorID(4), on: day, kind: .phone, note: nil, group: nil),
    ]
    person.classifications = [
      Classification(on: day, group: .C, reason: "tái phạm", visit: VisitID(9)),
      Classification(on: day, group: .D),
    ]
    person.statusChanges = [
      StatusChange(on: day, status: .open),
      StatusChange(on: day, status: .closed, reason: .expunged, note: "n", document: "d"),
    ]
    person.supports = [
      Support(
        id: SupportID(2), person: person.id, kind: .loan, on: day, by: SupervisorID(3),
        amount: Money(dong: 40_000_000), provider: "NHCSXH", note: "vay vốn"),
      Support(id: SupportID(3), person: person.id, kind: .job, on: day),
    ]
    // Origin has no public initializer; it is made as a transfer file's JSON would give it.
    let origin =
      #"{"digest":"sha256:\#(String(repeating: "ab", count: 32))","ward":{"name":"Phường Một"},"person":"P4","transferredOn":"2026-11-01","history":[{"on":"2026-10-01","event":"received"},{"on":"2026-10-02","event":"visit","detail":"x"}]}"#
    person.origin = try? JSONDecoder().decode(Origin.self, from: Data(origin.utf8))
    return person
  }

  var supervisor: Supervisor {
    var supervisor = Supervisor(id: SupervisorID(7), name: "Đỗ Minh Hải")
    supervisor.kind = .massOrg
    supervisor.org = "Hội Phụ nữ"
    supervisor.phone = "0987"
    supervisor.area = "Tổ 3"
    supervisor.capacity = 5
    supervisor.status = .retired
    supervisor.retiredOn = day
    supervisor.team = TeamID(2)
    supervisor.teamRole = .deputy
    return supervisor
  }

  func roundTrip<Value>(
    _ value: Value, _ write: (inout SnapshotWriter, Value) throws -> Void,
    _ read: (inout SnapshotReader) throws -> Value
  ) throws -> Value {
    var writer = SnapshotWriter()
    try write(&writer, value)
    return try writer.bytes.withUnsafeBytes { bytes in
      var reader = SnapshotReader(bytes)
      let value = try read(&reader)
      #expect(reader.atEnd)
      return value
    }
  }

  @Test func aPersonWithEveryFieldComesBackTheSame() throws {
    #expect(everything.origin != nil)
    #expect(try roundTrip(everything, { try $0.person($1) }, { try $0.person() }) == everything)
    let bare = Person(id: PersonID(1), name: "", born: day, released: day, received: nil)
    #expect(try roundTrip(bare, { try $0.person($1) }, { try $0.person() }) == bare)
  }

  @Test func aSupervisorWithEveryFieldComesBackTheSame() throws {
    #expect(try roundTrip(supervisor, { $0.supervisor($1) }, { try $0.supervisor() }) == supervisor)
  }

  @Test func integersAtTheEdgesComeBack() throws {
    for value in [0, 1, -1, 63, 64, -64, -65, Int.max, Int.min, 1 << 40] {
      #expect(try roundTrip(value, { $0.int($1) }, { try $0.int() }) == value)
    }
  }

  /// Each record's stored fields, counted, against the fields the codec writes: a field added
  /// to a record fails here until the codec writes and reads it too.
  @Test func theCodecKnowsEveryStoredField() {
    #expect(Mirror(reflecting: everything).children.count == 29)
    #expect(Mirror(reflecting: supervisor).children.count == 11)
    #expect(Mirror(reflecting: everything.assignments[0]).children.count == 7)
    #expect(Mirror(reflecting: everything.visits[0]).children.count == 7)
    #expect(Mirror(reflecting: everything.classifications[0]).children.count == 4)
    #expect(Mirror(reflecting: everything.statusChanges[0]).children.count == 5)
    #expect(Mirror(reflecting: everything.supports[0]).children.count == 8)
  }

  @Test func truncatedOrWrongBytesAreRefused() throws {
    var writer = SnapshotWriter()
    try writer.person(everything)
    let bytes = writer.bytes
    for cut in stride(from: 0, to: bytes.count, by: 7) {
      bytes[..<cut].withUnsafeBytes { part in
        var reader = SnapshotReader(part)
        #expect(throws: SnapshotReader.Malformed.self) { _ = try reader.person() }
      }
    }
  }
}
