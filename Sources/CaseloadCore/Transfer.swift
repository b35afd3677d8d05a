/// A case as the sending ward closed it on transfer: what a transfer file carries and what
/// `person import` reads from it.
public struct TransferredCase: Codable, Equatable, Sendable {
  /// The sending ward.
  public var ward: Ward
  /// The person's record in the sending ward, with its whole history, closed as moved.
  public var person: Person
  /// Every supervisor the person's assignments and visits name, as the sending ward records them.
  public var supervisors: [Supervisor]
  /// Where the person moved to, as the sending ward wrote it.
  public var to: String
  /// The day the sending ward closed the case.
  public var on: Day
  public var note: String?

  public init(
    ward: Ward, person: Person, supervisors: [Supervisor], to: String, on: Day, note: String?
  ) {
    self.ward = ward
    self.person = person
    self.supervisors = supervisors
    self.to = to
    self.on = on
    self.note = note
  }
}

/// Where an imported case came from: the sending ward and its history of the case, kept
/// apart from this ward's own (whose supervisors, visits and ids are this ward's).
public struct Origin: Codable, Equatable, Sendable {
  /// The transfer file's digest, `sha256:` and 64 hex digits; the store keeps the file under it.
  public var digest: String
  public var ward: Ward
  /// The person's id in the sending ward.
  public var person: PersonID
  /// The day the sending ward closed the case.
  public var transferredOn: Day
  /// The sending ward's dated history of the case, its supervisors named.
  public var history: [HistoryEvent]
}

extension Origin {
  /// `person show`'s list of the sending ward's history.
  var section: Report.Section {
    Report.Section(
      title: "history from \(ward.label) (their \(person), transferred \(transferredOn))",
      rows: history.map { event in
        Record([("on", Field(event.on)), ("event", .text(event.event)), ("detail", Field(event.detail))])
      })
  }
}

/// One dated event of a case's history, in words: `2026-03-02 visit home by S3 Trần Văn Bình`.
public struct HistoryEvent: Codable, Equatable, Sendable {
  public var on: Day
  public var event: String
  public var detail: String?
}

/// A transfer file a live `person transfer` must write; playback never writes it.
public struct TransferFile: Equatable, Sendable {
  public var person: PersonID
  public var path: String
}

extension State {
  /// The case of `id` as a transfer file carries it: the record, the supervisors it names and
  /// the sending ward; nil unless the case was closed as moved.
  public func transferredCase(_ id: PersonID) -> TransferredCase? {
    guard let person = persons[id], person.reason == .moved, let closing = person.statusChanges.last
    else { return nil }
    let named = Set(
      person.assignments.map(\.supervisor) + person.visits.map(\.by) + person.supports.compactMap(\.by))
    return TransferredCase(
      ward: settings.ward, person: person, supervisors: named.sorted().compactMap { supervisors[$0] },
      to: person.movedTo ?? "", on: closing.on, note: closing.note)
  }

  mutating func transferPerson(
    _ id: PersonID, to: String, file: String, on: Day, note: String?, rules: Rules
  ) throws(DomainError) -> Outcome {
    guard settings.ward.name != nil else {
      throw DomainError(
        "a transfer file names the sending ward: name this ward first (ward set name=… province=…)")
    }
    guard !to.isBlank else {
      throw DomainError(
        "to= needs the ward the person moves to, e.g. to=\"Phường Bến Thành, TP. Hồ Chí Minh\"")
    }
    guard !file.isBlank else {
      throw DomainError("file= needs the path of the transfer file to write")
    }
    _ = try receivedPerson(id, doing: "transferred")
    var outcome = try closePerson(
      id, reason: .moved, on: on, note: note, document: nil, force: false, rules: rules)
    persons[id]?.movedTo = to
    outcome.summary = "transferred \(label(id)) to \(to) (case closed as moved); transfer file \(file)"
    outcome.transferFiles = [TransferFile(person: id, path: file)]
    return outcome
  }

  mutating func importPerson(
    _ id: PersonID, _ sent: TransferredCase, digest: String, received: Day, decision: String?,
    rules: Rules
  ) throws(DomainError) -> Outcome {
    guard id == nextPerson else {
      throw DomainError("the new person's id must be \(nextPerson), not \(id)")
    }
    let from = sent.ward.label
    if let earlier = persons.values.first(where: { $0.origin?.digest == digest }) {
      throw DomainError(
        "this transfer file was already imported, as \(label(earlier.id)); a file is imported once")
    }
    if let earlier = persons.values.first(where: {
      $0.origin.map { $0.ward == sent.ward && $0.person == sent.person.id } ?? false
    }) {
      throw DomainError(
        "\(from)'s case \(sent.person.id) was already imported, as \(label(earlier.id)); a case is imported once, whatever its file's bytes"
      )
    }
    if let card = sent.person.idCard, let sameID = persons.holders(ofIDCard: card).first,
      let same = persons[sameID]
    {
      throw DomainError(
        same.status == .open
          ? "id-card \(card) belongs to an open case here, \(label(same.id)); the same person cannot have two open cases"
          : "id-card \(card) belongs to \(label(same.id)) here (\(same.status.rawValue)); an id-card is one person's: reopen that case instead (person reopen \(same.id))"
      )
    }
    try rules.checkNotFuture(received, "the reception date")
    guard received >= sent.on else {
      throw DomainError(
        "the reception date \(received) is before \(from) transferred the person (\(sent.on))")
    }
    var person = Person(
      id: id, name: sent.person.name, born: sent.person.born, released: sent.person.released,
      received: received)
    person.carryOver(from: sent.person)
    person.statusChanges = [
      StatusChange(
        on: received, status: .open, reason: nil, note: "transferred from \(from)", document: decision)
    ]
    if let group = sent.person.group {
      person.classify(Classification(on: received, group: group, reason: "carried over from \(from)"))
    }
    person.origin = Origin(
      digest: digest, ward: sent.ward, person: sent.person.id, transferredOn: sent.on,
      history: sent.history)
    try rules.check(person, against: self)
    persons[id] = person
    nextPerson = PersonID(id.number + 1)
    return Outcome(
      summary: "imported \(id) \(person.name) from \(from) (their \(sent.person.id)), no lead yet",
      touched: .person(id))
  }
}

extension Person {
  /// The person's own details from the sending ward's record; not the address, which is the
  /// one the person left, nor anything about the case there (status, dates, history).
  mutating func carryOver(from sent: Person) {
    gender = sent.gender
    idCard = sent.idCard
    phone = sent.phone
    offence = sent.offence
    offenceArticle = sent.offenceArticle
    sentence = sent.sentence
    release = sent.release
    certificate = sent.certificate
    probationUntil = sent.probationUntil
    supplementaryUntil = sent.supplementaryUntil
    obligations = sent.obligations
    note = sent.note
  }
}
