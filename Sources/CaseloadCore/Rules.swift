/// The rules of §4 and §9 that records and dated events must keep.
struct Rules {
  /// The latest date allowed; nil during replay, when a recorded command is taken as valid on its day.
  let today: Day?

  static let earliest = Day(year: 1900, month: 1, day: 1)!

  func checkNotFuture(_ day: Day, _ what: String) throws(DomainError) {
    try Rules.checkNotBefore1900(day, what)
    if let today, day > today {
      throw DomainError("\(what) \(day) is after today (\(today))")
    }
  }

  /// No date before 1900 or after 2100: a file holding one is refused as damaged or crafted
  /// (`Day.filed`), so none may be typed either.
  static func checkNotBefore1900(_ day: Day, _ what: String) throws(DomainError) {
    if day < Rules.earliest { throw DomainError("\(what) \(day) is before 1900") }
    if day > Day.filed.upperBound { throw DomainError("\(what) \(day) is after 2100") }
  }

  /// An event in a case (visit, assignment, classification, closing): on or after reception
  /// (or notification, for a person not yet received), not after today.
  func checkEvent(_ day: Day, _ what: String, for person: Person) throws(DomainError) {
    try checkNotFuture(day, what)
    if let received = person.received {
      guard day >= received else {
        throw DomainError("\(what) \(day) is before \(person.id) was received (\(received))")
      }
    } else if let notified = person.notified, day < notified {
      throw DomainError("\(what) \(day) is before the ward was notified of \(person.id) (\(notified))")
    }
  }

  /// born < released ≤ received ≤ today, released < probation-until, no date before 1900, a
  /// valid and unique CCCD; an expected person has a notification date and no reception yet.
  func check(_ person: Person, against state: State) throws(DomainError) {
    if person.name.isBlank {
      throw DomainError("a person needs a name")
    }
    let dates: [(String, Day?)] = [
      ("born", person.born), ("released", person.released), ("probation-until", person.probationUntil),
      ("supplementary-until", person.supplementaryUntil),
    ]
    for case (let what, let day?) in dates { try Rules.checkNotBefore1900(day, what) }
    guard person.born < person.released else {
      throw DomainError("born (\(person.born)) must be before released (\(person.released))")
    }
    try Rules.checkRelease(person)
    try checkReception(person)
    if let article = person.offenceArticle {
      let articles = Law.current.criminalCodeArticles
      guard articles.value.contains(article) else {
        throw DomainError(
          "offence-article \(article) is not an article of the \(articles.source); allowed: \(articles.value.lowerBound) to \(articles.value.upperBound)"
        )
      }
    }
    if let card = person.idCard {
      try Rules.checkIDCard(card, gender: person.gender, born: person.born)
      if let other = state.persons.holders(ofIDCard: card).first(where: { $0 != person.id }) {
        throw DomainError("id-card \(card) is already used by \(state.label(other))")
      }
    }
  }

  /// probation-until is required for, and only for, a conditional release, and after released.
  static func checkRelease(_ person: Person) throws(DomainError) {
    let source = Law.current.probation.source
    switch (person.release, person.probationUntil) {
    case (.conditional, nil):
      throw DomainError(
        "release=conditional needs probation-until= (the last day of probation; \(source))")
    case (.conditional, let until?):
      guard person.released < until else {
        throw DomainError(
          "probation-until (\(until)) must be after released (\(person.released)) (\(source))")
      }
    case (_, let until?):
      throw DomainError(
        "probation-until (\(until)) applies only to release=conditional, not to release=\(person.release?.rawValue ?? "unknown")"
      )
    case (_, nil):
      break
    }
  }

  /// A received person: released ≤ received ≤ today, no visit or assignment before reception.
  /// An expected person: notified, not after today, and not yet received.
  private func checkReception(_ person: Person) throws(DomainError) {
    if let notified = person.notified { try checkNotFuture(notified, "notified") }
    guard let received = person.received else {
      if person.status == .open { throw DomainError("\(person.id) needs received=") }
      if person.status == .expected && person.notified == nil {
        throw DomainError("an expected person needs notified=")
      }
      return
    }
    guard person.released <= received else {
      throw DomainError(
        "released (\(person.released)) must be on or before received (\(received))")
    }
    try checkNotFuture(received, "received")
    let earliestEvent = (person.visits.map(\.on) + person.assignments.map(\.from)).min()
    if let earliestEvent, earliestEvent < received {
      throw DomainError(
        "received (\(received)) must not be after the case's first visit or assignment (\(earliestEvent))"
      )
    }
  }

  static func check(_ supervisor: Supervisor) throws(DomainError) {
    if supervisor.name.isBlank {
      throw DomainError("a supervisor needs a name")
    }
    guard supervisor.capacity >= 0 else {
      throw DomainError("capacity must be 0 or more, not \(supervisor.capacity)")
    }
  }
}
