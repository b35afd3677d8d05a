import Testing

@testable import CaseloadCore

/// The namesake and id-card index agrees with a scan of every person, whatever path changed them.
@Suite struct PersonTableTests {
  /// A small deterministic generator, so a failure can be replayed from its printed seed.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Names that fold alike in threes, and one that does not.
  static let names = [
    "Nguyễn Văn An", "NGUYỄN VĂN AN", "nguyen van an", "Trần Thị Bích", "Tran Thi Bich", "Lê Văn Cường",
  ]
  static let births = ["1985-01-01", "1985-01-01", "1990-05-05", "1970-07-07"].map(day)

  /// What the index must say, found the slow way.
  static func scanned(_ state: State, born: Day, name: String) -> [PersonID] {
    state.persons.values.filter { $0.born == born && Folding.fold($0.name) == Folding.fold(name) }
      .map(\.id).sorted()
  }

  static func expectAgreement(_ state: State, seed: UInt64, step: Int) {
    for born in Set(births) {
      for name in names {
        #expect(
          state.persons.namesakes(born: born, name: name) == scanned(state, born: born, name: name),
          "seed \(seed), step \(step): \(born) \(name)")
      }
    }
    // A copy without its index reads by scanning, and is equal to the indexed one.
    let unindexed = PersonTable(state.persons.records)
    #expect(unindexed.index == nil)
    #expect(unindexed == state.persons)
  }

  @Test func indexAgreesWithAScanOverRandomAddsEditsAndUndos() throws {
    let seed = UInt64.random(in: 0...UInt64.max)
    print("PersonTableTests seed: \(seed)")
    var random = SplitMix(state: seed)
    var state = State()
    var history: [State] = []
    for step in 0..<400 {
      let before = state
      switch Int.random(in: 0..<10, using: &random) {
      case 0..<5:
        let name = Self.names.randomElement(using: &random)!
        let born = Self.births.randomElement(using: &random)!
        let expected = Self.scanned(state, born: born, name: name).map {
          "\(state.label($0)) has the same name and birth date (\(born)); added all the same"
        }
        let outcome = try state.apply(
          .addPerson(
            state.nextPerson,
            [.name(name), .born(born), .released(day("2026-02-01")), .received(day("2026-02-03"))],
            group: nil), today: today)
        #expect(outcome.warnings.map(\.english) == expected, "seed \(seed), step \(step)")
      case 5..<8 where !state.persons.isEmpty:
        let id = state.persons.keys.randomElement(using: &random)!
        let field: PersonField =
          Bool.random(using: &random)
          ? .name(Self.names.randomElement(using: &random)!)
          : .born(Self.births.randomElement(using: &random)!)
        _ = try state.apply(.editPerson(id, [field]), today: today)
      case 8 where !history.isEmpty:
        // Undo: put back every person as it was some steps ago, as `undo` does.
        let earlier = history.randomElement(using: &random)!
        var restoration = Restoration(summary: "undid")
        for id in Set(state.persons.keys).union(earlier.persons.keys) {
          restoration.persons[id] = .some(earlier.persons[id])
        }
        _ = try state.restore(restoration)
      default:
        // A visit goes through the same subscript and leaves the index alone.
        if let id = state.persons.keys.randomElement(using: &random) {
          state.persons[id]?.note = "thăm \(step)"
        }
      }
      history.append(before)
      Self.expectAgreement(state, seed: seed, step: step)
    }
    #expect(state.persons.index != nil, "seed \(seed): the adds built the index")
  }

  @Test func idCardHoldersAgreeWithAScanOverRandomSets() {
    let seed = UInt64.random(in: 0...UInt64.max)
    print("PersonTableTests id-card seed: \(seed)")
    var random = SplitMix(state: seed)
    let cards: [String?] = [nil, "001080000001", "001085000002", "001090000003"]
    var table = PersonTable()
    table.indexed()
    for step in 0..<400 {
      let id = PersonID(Int.random(in: 1...12, using: &random))
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        table[id] = nil
      case 1:
        table[id]?.idCard = cards.randomElement(using: &random)!
      default:
        var person = Person(
          id: id, name: Self.names.randomElement(using: &random)!,
          born: Self.births.randomElement(using: &random)!, released: day("2026-02-01"), received: nil)
        person.idCard = cards.randomElement(using: &random)!
        table[id] = person
      }
      let unindexed = PersonTable(table.records)
      for case let card? in cards {
        #expect(
          table.holders(ofIDCard: card) == unindexed.holders(ofIDCard: card), "seed \(seed), step \(step)")
      }
    }
  }

  /// The warning's words and the persons it names are what they were before the index.
  @Test func namesakeWarningIsUnchanged() throws {
    var state = State()
    let born = day("1985-01-01")
    for (number, name) in [(1, "Nguyễn Văn An"), (2, "Trần Thị Bích"), (3, "NGUYEN VAN AN")] {
      _ = try state.apply(addPerson(number, name: name, born: "1985-01-01"), today: today)
    }
    let added = try state.apply(addPerson(4, name: "nguyễn văn an", born: "1985-01-01"), today: today)
    #expect(
      added.warnings.map(\.english) == [
        "P1 Nguyễn Văn An has the same name and birth date (\(born)); added all the same",
        "P3 NGUYEN VAN AN has the same name and birth date (\(born)); added all the same",
      ])
    let expected = try state.apply(
      .expectPerson(
        PersonID(5), [.name("Nguyễn Văn An"), .born(born), .released(day("2026-12-01"))],
        notified: day("2026-11-26"), group: nil), today: today)
    #expect(expected.warnings.count == 3)
    #expect(
      expected.warnings.last?.english
        == "P4 nguyễn văn an has the same name and birth date (1985-01-01); expected all the same")
    // Playback has no one to warn.
    let replayed = try state.apply(addPerson(6, name: "Nguyễn Văn An", born: "1985-01-01"), today: nil)
    #expect(replayed.warnings.isEmpty)
  }
}
