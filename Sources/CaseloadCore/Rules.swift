import Foundation

/// The rules of §4 that records and dated events must keep.
struct Rules {
  /// The latest date allowed; nil during replay, when a recorded command is taken as valid on its day.
  let today: Day?

  static let earliest = Day(year: 1900, month: 1, day: 1)!

  func checkNotFuture(_ day: Day, _ what: String) throws(DomainError) {
    if day < Rules.earliest { throw DomainError("\(what) \(day) is before 1900") }
    if let today, day > today {
      throw DomainError("\(what) \(day) is after today (\(today))")
    }
  }

  /// An event in a case (visit, assignment, classification, closing): on or after reception, not after today.
  func checkEvent(_ day: Day, _ what: String, for person: Person) throws(DomainError) {
    try checkNotFuture(day, what)
    guard day >= person.received else {
      throw DomainError(
        "\(what) \(day) is before \(person.id) was received (\(person.received))")
    }
  }

  /// born < released ≤ received ≤ today, no date before 1900, a valid and unique CCCD.
  func check(_ person: Person, against state: State) throws(DomainError) {
    if person.name.trimmingCharacters(in: .whitespaces).isEmpty {
      throw DomainError("a person needs a name")
    }
    for (what, day) in [("born", person.born), ("released", person.released)] {
      if day < Rules.earliest { throw DomainError("\(what) \(day) is before 1900") }
    }
    guard person.born < person.released else {
      throw DomainError("born (\(person.born)) must be before released (\(person.released))")
    }
    guard person.released <= person.received else {
      throw DomainError(
        "released (\(person.released)) must be on or before received (\(person.received))")
    }
    try checkNotFuture(person.received, "received")
    let earliestEvent = (person.visits.map(\.on) + person.assignments.map(\.from)).min()
    if let earliestEvent, earliestEvent < person.received {
      throw DomainError(
        "received (\(person.received)) must not be after the case's first visit or assignment (\(earliestEvent))"
      )
    }
    if let card = person.idCard {
      try Rules.checkIDCard(card, gender: person.gender, born: person.born)
      if let other = state.persons.values.first(where: { $0.idCard == card && $0.id != person.id }) {
        throw DomainError("id-card \(card) is already used by \(state.label(other.id))")
      }
    }
  }

  static func check(_ supervisor: Supervisor) throws(DomainError) {
    if supervisor.name.trimmingCharacters(in: .whitespaces).isEmpty {
      throw DomainError("a supervisor needs a name")
    }
    guard supervisor.capacity >= 0 else {
      throw DomainError("capacity must be 0 or more, not \(supervisor.capacity)")
    }
  }

  /// A CCCD has 12 digits; its 4th digit is 0/1 (male/female) for births 1900–1999, 2/3 for 2000–2099.
  static func checkIDCard(_ card: String, gender: Gender?, born: Day) throws(DomainError) {
    guard card.count == 12, card.allSatisfy(\.isASCIIDigitCharacter) else {
      throw DomainError("id-card must be 12 digits, not '\(card)'")
    }
    let digit = Int(String(card[card.index(card.startIndex, offsetBy: 3)]))!
    let century = born.year / 100 * 100
    let expectedCentury = digit < 2 ? 1900 : digit < 4 ? 2000 : nil
    guard let expectedCentury, expectedCentury == century else {
      let allowed = century == 1900 ? "0 or 1" : century == 2000 ? "2 or 3" : "none (born \(born.year))"
      throw DomainError(
        "id-card's 4th digit \(digit) does not agree with the birth year \(born.year); allowed: \(allowed)"
      )
    }
    if let gender {
      let expected: Gender = digit % 2 == 0 ? .male : .female
      guard gender == expected else {
        throw DomainError(
          "id-card's 4th digit \(digit) means \(expected.rawValue), but gender is \(gender.rawValue)")
      }
    }
  }
}
