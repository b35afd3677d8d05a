@testable import CaseloadCore

func day(_ text: String) -> Day { Day(parsing: text)! }

let today = day("2026-11-27")

/// A small state: two supervisors (S1 capacity 1), one person P1 led by S1.
func sampleState() throws -> State {
  var state = State()
  _ = try state.apply(
    .addSupervisor(SupervisorID(1), [.name("Trần Thị Bích"), .kind(.team), .capacity(1)]), today: today)
  _ = try state.apply(.addSupervisor(SupervisorID(2), [.name("Lê Văn Cường")]), today: today)
  _ = try state.apply(
    .addPerson(
      PersonID(1),
      [
        .name("Nguyễn Văn An"), .born(day("1980-01-02")), .released(day("2026-01-10")),
        .received(day("2026-01-15")), .gender(.male), .idCard("001080000001"),
      ], group: .B), today: today)
  _ = try state.apply(
    .assign(
      PersonID(1), SupervisorID(1), role: .lead, from: day("2026-01-20"), decision: "1/QĐ-UBND",
      reason: nil, force: false), today: today)
  return state
}

func addPerson(
  _ number: Int, name: String = "Phạm Văn Bình", card: String? = nil, born: String = "1990-05-05"
) -> Mutation {
  var fields: [PersonField] = [
    .name(name), .born(day(born)), .released(day("2026-02-01")), .received(day("2026-02-03")),
  ]
  if let card { fields.append(.idCard(card)) }
  return .addPerson(PersonID(number), fields, group: nil)
}

/// `sampleState` plus: P2 released conditionally (3y, probation until 2024-12-10, group A);
/// P3 convicted under Art. 117 (8y, group C); P4 expected, released 2026-12-01.
func lawState() throws -> State {
  var state = try sampleState()
  _ = try state.apply(
    .addPerson(
      PersonID(2),
      [
        .name("Hoàng Văn Cảnh"), .born(day("1985-04-04")), .released(day("2022-06-01")),
        .release(.conditional), .probationUntil(day("2024-12-10")), .sentence(.term(months: 36)),
        .received(day("2022-06-03")), .obligations(.done),
      ], group: .A), today: today)
  _ = try state.apply(
    .addPerson(
      PersonID(3),
      [
        .name("Đinh Thị Duyên"), .born(day("1970-07-07")), .gender(.female), .released(day("2020-03-15")),
        .sentence(.term(months: 96)), .offenceArticle(117), .received(day("2020-03-20")),
        .obligations(.pending),
      ], group: .C), today: today)
  _ = try state.apply(
    .expectPerson(
      PersonID(4), [.name("Võ Văn Em"), .born(day("1995-09-09")), .released(day("2026-12-01"))],
      notified: day("2026-11-26"), group: nil), today: today)
  return state
}

/// The rows of a report, or none when it is a single record.
func rows(_ report: Report) -> [Record] {
  guard case .rows(let rows) = report.body else { return [] }
  return rows
}
