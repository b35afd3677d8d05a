import CaseloadCore
import FoundationEssentials

/// Each record's fields in the snapshot, in the order of the record's declaration: written by
/// `SnapshotWriter` and read back by `SnapshotReader` in the same order.
extension SnapshotWriter {
  /// The digest of the file a record was decoded from (`digests.bin` holds the current one).
  mutating func digest(_ digest: FileDigest) { raw(digest.raw) }

  mutating func person(_ person: Person) throws {
    id(person.id)
    text(person.name)
    day(person.born)
    optional(person.gender) { $0.choice($1) }
    optional(person.idCard) { $0.text($1) }
    optional(person.address) { $0.text($1) }
    optional(person.phone) { $0.text($1) }
    optional(person.offence) { $0.text($1) }
    optional(person.offenceArticle) { $0.int($1) }
    optional(person.sentence) { $0.text($1.description) }
    optional(person.release) { $0.choice($1) }
    optional(person.certificate) { $0.text($1) }
    day(person.released)
    optional(person.probationUntil) { $0.day($1) }
    optional(person.supplementaryUntil) { $0.day($1) }
    optional(person.obligations) { $0.choice($1) }
    optional(person.notified) { $0.day($1) }
    optional(person.received) { $0.day($1) }
    optional(person.movedTo) { $0.text($1) }
    optional(person.group) { $0.choice($1) }
    optional(person.note) { $0.text($1) }
    choice(person.status)
    optional(person.reason) { $0.choice($1) }
    array(person.assignments) { $0.assignment($1) }
    array(person.visits) { $0.visit($1) }
    array(person.classifications) { $0.classification($1) }
    array(person.statusChanges) { $0.statusChange($1) }
    array(person.supports) { $0.support($1) }
    try optional(person.origin) { try $0.json($1) }
  }

  mutating func assignment(_ assignment: Assignment) {
    id(assignment.supervisor)
    choice(assignment.role)
    day(assignment.from)
    optional(assignment.to) { $0.day($1) }
    optional(assignment.decision) { $0.text($1) }
    optional(assignment.reason) { $0.text($1) }
    optional(assignment.endReason) { $0.text($1) }
  }

  mutating func visit(_ visit: Visit) {
    id(visit.id)
    id(visit.person)
    id(visit.by)
    day(visit.on)
    choice(visit.kind)
    optional(visit.note) { $0.text($1) }
    optional(visit.group) { $0.choice($1) }
  }

  mutating func classification(_ classification: Classification) {
    day(classification.on)
    choice(classification.group)
    optional(classification.reason) { $0.text($1) }
    optional(classification.visit) { $0.id($1) }
  }

  mutating func statusChange(_ change: StatusChange) {
    day(change.on)
    choice(change.status)
    optional(change.reason) { $0.choice($1) }
    optional(change.note) { $0.text($1) }
    optional(change.document) { $0.text($1) }
  }

  mutating func support(_ support: Support) {
    id(support.id)
    id(support.person)
    choice(support.kind)
    day(support.on)
    optional(support.by) { $0.id($1) }
    optional(support.amount) { $0.int($1.dong) }
    optional(support.provider) { $0.text($1) }
    optional(support.note) { $0.text($1) }
  }

  mutating func supervisor(_ supervisor: Supervisor) {
    id(supervisor.id)
    text(supervisor.name)
    choice(supervisor.kind)
    optional(supervisor.org) { $0.text($1) }
    optional(supervisor.phone) { $0.text($1) }
    optional(supervisor.area) { $0.text($1) }
    int(supervisor.capacity)
    choice(supervisor.status)
    optional(supervisor.retiredOn) { $0.day($1) }
    optional(supervisor.team) { $0.id($1) }
    optional(supervisor.teamRole) { $0.choice($1) }
  }
}

extension SnapshotReader {
  mutating func digest() throws(Malformed) -> FileDigest {
    guard let digest = FileDigest(raw: try raw(32)) else { throw Malformed() }
    return digest
  }

  mutating func person() throws(Malformed) -> Person {
    let id: PersonID = try id()
    let name = try text()
    let born = try day()
    let gender: Gender? = try optional { r throws(Malformed) in try r.choice() }
    let idCard = try optional { r throws(Malformed) in try r.text() }
    let address = try optional { r throws(Malformed) in try r.text() }
    let phone = try optional { r throws(Malformed) in try r.text() }
    let offence = try optional { r throws(Malformed) in try r.text() }
    let offenceArticle = try optional { r throws(Malformed) in try r.int() }
    let sentence = try optional { r throws(Malformed) in
      guard let length = SentenceLength(parsing: try r.text()) else { throw Malformed() }
      return length
    }
    let release: ReleaseKind? = try optional { r throws(Malformed) in try r.choice() }
    let certificate = try optional { r throws(Malformed) in try r.text() }
    let released = try day()
    var person = Person(id: id, name: name, born: born, released: released, received: nil)
    person.gender = gender
    person.idCard = idCard
    person.address = address
    person.phone = phone
    person.offence = offence
    person.offenceArticle = offenceArticle
    person.sentence = sentence
    person.release = release
    person.certificate = certificate
    person.probationUntil = try optional { r throws(Malformed) in try r.day() }
    person.supplementaryUntil = try optional { r throws(Malformed) in try r.day() }
    person.obligations = try optional { r throws(Malformed) in try r.choice() }
    person.notified = try optional { r throws(Malformed) in try r.day() }
    person.received = try optional { r throws(Malformed) in try r.day() }
    person.movedTo = try optional { r throws(Malformed) in try r.text() }
    person.group = try optional { r throws(Malformed) in try r.choice() }
    person.note = try optional { r throws(Malformed) in try r.text() }
    person.status = try choice()
    person.reason = try optional { r throws(Malformed) in try r.choice() }
    person.assignments = try array { r throws(Malformed) in try r.assignment() }
    person.visits = try array { r throws(Malformed) in try r.visit() }
    person.classifications = try array { r throws(Malformed) in try r.classification() }
    person.statusChanges = try array { r throws(Malformed) in try r.statusChange() }
    person.supports = try array { r throws(Malformed) in try r.support() }
    person.origin = try optional { r throws(Malformed) in try r.json(Origin.self) }
    return person
  }

  mutating func assignment() throws(Malformed) -> Assignment {
    var assignment = Assignment(
      supervisor: try id(), role: try choice(), from: try day(), decision: nil, reason: nil)
    assignment.to = try optional { r throws(Malformed) in try r.day() }
    assignment.decision = try optional { r throws(Malformed) in try r.text() }
    assignment.reason = try optional { r throws(Malformed) in try r.text() }
    assignment.endReason = try optional { r throws(Malformed) in try r.text() }
    return assignment
  }

  mutating func visit() throws(Malformed) -> Visit {
    Visit(
      id: try id(), person: try id(), by: try id(), on: try day(), kind: try choice(),
      note: try optional { r throws(Malformed) in try r.text() },
      group: try optional { r throws(Malformed) in try r.choice() })
  }

  mutating func classification() throws(Malformed) -> Classification {
    Classification(
      on: try day(), group: try choice(), reason: try optional { r throws(Malformed) in try r.text() },
      visit: try optional { r throws(Malformed) in try r.id() })
  }

  mutating func statusChange() throws(Malformed) -> StatusChange {
    StatusChange(
      on: try day(), status: try choice(), reason: try optional { r throws(Malformed) in try r.choice() },
      note: try optional { r throws(Malformed) in try r.text() },
      document: try optional { r throws(Malformed) in try r.text() })
  }

  mutating func support() throws(Malformed) -> Support {
    Support(
      id: try id(), person: try id(), kind: try choice(), on: try day(),
      by: try optional { r throws(Malformed) in try r.id() },
      amount: try optional { r throws(Malformed) in Money(dong: try r.int()) },
      provider: try optional { r throws(Malformed) in try r.text() },
      note: try optional { r throws(Malformed) in try r.text() })
  }

  mutating func supervisor() throws(Malformed) -> Supervisor {
    var supervisor = Supervisor(id: try id(), name: try text())
    supervisor.kind = try choice()
    supervisor.org = try optional { r throws(Malformed) in try r.text() }
    supervisor.phone = try optional { r throws(Malformed) in try r.text() }
    supervisor.area = try optional { r throws(Malformed) in try r.text() }
    supervisor.capacity = try int()
    supervisor.status = try choice()
    supervisor.retiredOn = try optional { r throws(Malformed) in try r.day() }
    supervisor.team = try optional { r throws(Malformed) in try r.id() }
    supervisor.teamRole = try optional { r throws(Malformed) in try r.choice() }
    return supervisor
  }
}
