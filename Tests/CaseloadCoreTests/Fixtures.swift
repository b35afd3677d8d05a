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
