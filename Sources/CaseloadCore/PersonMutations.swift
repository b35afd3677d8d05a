extension State {
  /// The person `id` when the case is open; an expected or closed person is refused, saying
  /// what to do first.
  func receivedPerson(_ id: PersonID, doing verb: String) throws(DomainError) -> Person {
    let person = try self.person(id)
    switch person.status {
    case .open:
      return person
    case .expected:
      throw DomainError(
        "only received persons can be \(verb); \(label(id)) is expected, not yet received (person receive \(id) first)"
      )
    case .closed:
      throw DomainError("only open cases can be \(verb); \(label(id)) is closed (reopen it first)")
    }
  }

  mutating func addPerson(
    _ id: PersonID, _ fields: [PersonField], group: Group?, rules: Rules
  ) throws(DomainError) -> Outcome {
    var person = try newPerson(
      id, fields, required: ["name", "born", "released", "received"], command: "person add")
    if let group, let received = person.received {
      person.classify(Classification(on: received, group: group, reason: "on reception"))
    }
    try rules.check(person, against: self)
    return insert(person, summary: "added \(id) \(person.name)", rules: rules)
  }

  mutating func expectPerson(
    _ id: PersonID, _ fields: [PersonField], notified: Day, group: Group?, rules: Rules
  ) throws(DomainError) -> Outcome {
    if fields.contains(where: { $0.key == "received" }) {
      throw DomainError(
        "person expect takes no received=: the ward receives the person later, with person receive")
    }
    var person = try newPerson(id, fields, required: ["name", "born", "released"], command: "person expect")
    person.status = .expected
    person.notified = notified
    if let group {
      person.classify(Classification(on: notified, group: group, reason: "on notification"))
    }
    try rules.check(person, against: self)
    return insert(person, summary: "expecting \(id) \(person.name)", rules: rules)
  }

  mutating func receivePerson(_ id: PersonID, on: Day, note: String?, rules: Rules) throws(DomainError)
    -> Outcome
  {
    var person = try self.person(id)
    guard person.status == .expected else {
      throw DomainError(
        "only an expected person can be received; \(label(id)) is \(person.status.rawValue)")
    }
    let allowed = "allowed: from released (\(person.released)) to today"
    if let today = rules.today, on > today {
      throw DomainError("the reception date \(on) is after today (\(today)); \(allowed)")
    }
    guard person.released <= on else {
      throw DomainError("the reception date \(on) is before \(id) was released; \(allowed)")
    }
    person.received = on
    person.status = .open
    person.statusChanges.append(StatusChange(on: on, status: .open, reason: nil, note: note))
    try rules.check(person, against: self)
    persons[id] = person
    return Outcome(summary: "received \(label(id))", touched: .person(id))
  }

  mutating func editPerson(_ id: PersonID, _ fields: [PersonField], rules: Rules) throws(DomainError)
    -> Outcome
  {
    var person = try self.person(id)
    switch person.status {
    case .closed:
      throw DomainError(
        "only open or expected cases can be edited; \(label(id)) is closed (reopen it first)")
    case .expected where fields.contains { $0.key == "received" }:
      throw DomainError(
        "\(label(id)) is expected: received is set when the ward receives the person (person receive \(id))")
    case .expected, .open:
      break
    }
    for field in fields { person.set(field) }
    persons.indexed()
    try rules.check(person, against: self)
    persons[id] = person
    let names = fields.map(\.key).joined(separator: ", ")
    return Outcome(summary: "edited \(label(id)): \(names)", touched: .person(id))
  }

  mutating func closePerson(
    _ id: PersonID, reason: CloseReason, on: Day, note: String?, document: String?, force: Bool,
    rules: Rules
  ) throws(DomainError) -> Outcome {
    var person = try self.person(id)
    switch person.status {
    case .closed:
      throw DomainError("only open or expected cases can be closed; \(label(id)) is already closed")
    case .expected:
      guard reason == .moved || reason == .deceased else {
        throw DomainError(
          "an expected person can be closed only as moved or deceased, not \(reason.rawValue); \(label(id)) is not yet received (person receive \(id) first)"
        )
      }
    case .open:
      break
    }
    try rules.checkEvent(on, "the closing date", for: person)
    var outcome = Outcome(summary: "closed \(label(id)) (\(reason))", touched: .person(id))
    let overridden =
      reason == .expunged
      ? try Rules.checkExpungement(person, on: on, document: document, force: force) : nil
    if let overridden, rules.today != nil {
      outcome.warnings.append("\(overridden); closed all the same, as force asked")
    }
    person.status = .closed
    person.reason = reason
    person.statusChanges.append(
      StatusChange(on: on, status: .closed, reason: reason, note: note, document: document))
    persons[id] = person
    return outcome
  }

  mutating func reopenPerson(_ id: PersonID, on: Day, note: String?, rules: Rules) throws(DomainError)
    -> Outcome
  {
    var person = try self.person(id)
    guard person.status == .closed else {
      throw DomainError("\(label(id)) is already \(person.status.rawValue), not closed")
    }
    try rules.checkEvent(on, "the reopening date", for: person)
    if let closed = person.statusChanges.last?.on, on < closed {
      throw DomainError("the reopening date \(on) is before the case was closed (\(closed))")
    }
    // A person closed before being received is expected again.
    let status: CaseStatus = person.received == nil ? .expected : .open
    person.status = status
    person.reason = nil
    person.statusChanges.append(StatusChange(on: on, status: status, reason: nil, note: note))
    persons[id] = person
    let summary: Message =
      status == .expected ? "reopened \(label(id)) (expected)" : "reopened \(label(id))"
    return Outcome(summary: summary, touched: .person(id))
  }

  /// A person with `fields` set, once the id is the next one and every required key is present.
  private func newPerson(
    _ id: PersonID, _ fields: [PersonField], required: [String], command: String
  ) throws(DomainError) -> Person {
    guard id == nextPerson else {
      throw DomainError("the new person's id must be \(nextPerson), not \(id)")
    }
    let present = Set(fields.map(\.key))
    for key in required where !present.contains(key) {
      throw DomainError("\(command) needs \(key)=")
    }
    let zero = Day(ordinal: 0)
    var person = Person(id: id, name: "", born: zero, released: zero, received: nil)
    for field in fields { person.set(field) }
    return person
  }

  /// Stores a new, checked person, warning about a namesake born the same day.
  private mutating func insert(_ person: Person, summary: Message, rules: Rules) -> Outcome {
    var outcome = Outcome(summary: summary, touched: .person(person.id))
    // The warning is for the officer typing; playback has no one to tell.
    if rules.today != nil {
      for other in persons.namesakes(born: person.born, name: person.name) {
        let verb = person.status == .expected ? "expected" : "added"
        outcome.warnings.append(
          "\(label(other)) has the same name and birth date (\(person.born)); \(verb) all the same")
      }
    }
    // Built here, once, so that a bulk load's next namesake and id-card checks are lookups.
    persons.indexed()
    persons[person.id] = person
    nextPerson = PersonID(person.id.number + 1)
    return outcome
  }
}
