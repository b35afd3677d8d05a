/// One field of a supervisor, as set by `supervisor add` or `supervisor edit`.
public enum SupervisorField: Equatable, Sendable {
  case name(String)
  case kind(SupervisorKind)
  case org(String?)
  case phone(String?)
  case area(String?)
  case capacity(Int)
  /// The security team joined; nil leaves any team (and clears the role).
  case team(TeamID?)
  case teamRole(TeamRole?)
}

/// A fully resolved change to the state: ids instead of names, every default explicit.
public enum Mutation: Equatable, Sendable {
  case addPerson(PersonID, [PersonField], group: Group?)
  /// A person the prison has notified the ward about: status `expected`, not yet received.
  case expectPerson(PersonID, [PersonField], notified: Day, group: Group?)
  /// The ward receives an expected person: the case opens with `received` = `on`.
  case receivePerson(PersonID, on: Day, note: String?)
  case editPerson(PersonID, [PersonField])
  /// Closing as `expunged` needs `document`, and unless `force` the law's date (§9).
  case closePerson(
    PersonID, reason: CloseReason, on: Day, note: String?, document: String?, force: Bool)
  case reopenPerson(PersonID, on: Day, note: String?)
  case addSupervisor(SupervisorID, [SupervisorField])
  case editSupervisor(SupervisorID, [SupervisorField])
  case retireSupervisor(SupervisorID, on: Day)
  case assign(
    PersonID, SupervisorID, role: Role, from: Day, decision: String?, reason: String?, force: Bool)
  case unassign(PersonID, SupervisorID, on: Day, reason: String?)
  case visit(Visit)
  case classify(PersonID, Group, on: Day, reason: String?)
  case setPolicy(Policy)
  /// Names the ward (and its province); a nil province leaves it as it was.
  case setWard(name: String, province: String?)
  /// Closes the case as moved to `to`; a live command also writes the transfer file at `file`.
  case transferPerson(PersonID, to: String, file: String, on: Day, note: String?)
  /// Opens a new case from another ward's transfer file, whose digest names it.
  case importPerson(PersonID, TransferredCase, digest: String, received: Day, decision: String?)
  /// Records a support measure (NĐ 49/2020/NĐ-CP) for an open case.
  case support(Support)
  /// Adds a security team; its fields include its name.
  case addTeam(TeamID, [TeamField])
  case editTeam(TeamID, [TeamField])
  /// The ward's signing key: its public half and fingerprint, journaled; the private half is
  /// in a file outside the store. `replace` retires the current key on `on`.
  case createWardKey(publicKey: String, fingerprint: String, on: Day, replace: Bool)
  /// Accepts transfer files that `ward` signs with the key of this fingerprint.
  case trustWard(String, fingerprint: String)
  /// Stops accepting transfer files signed with any key trusted for `ward`.
  case distrustWard(String)
}

extension State {
  /// Applies `mutation`, or throws and leaves the state unchanged.
  /// `today` bounds dates from above; replay passes nil, since a recorded command was valid on its day.
  ///
  /// Every case below checks everything before it changes anything, so a refused mutation
  /// needs no copy of the state to undo (a copy would make each command cost O(store size)).
  public mutating func apply(_ mutation: Mutation, today: Day?) throws(DomainError) -> Outcome {
    try perform(mutation, rules: Rules(today: today))
  }

  private mutating func perform(_ mutation: Mutation, rules: Rules) throws(DomainError) -> Outcome {
    switch mutation {
    case .addPerson(let id, let fields, let group):
      return try addPerson(id, fields, group: group, rules: rules)
    case .expectPerson(let id, let fields, let notified, let group):
      return try expectPerson(id, fields, notified: notified, group: group, rules: rules)
    case .receivePerson(let id, let on, let note):
      return try receivePerson(id, on: on, note: note, rules: rules)
    case .editPerson(let id, let fields):
      return try editPerson(id, fields, rules: rules)
    case .closePerson(let id, let reason, let on, let note, let document, let force):
      return try closePerson(
        id, reason: reason, on: on, note: note, document: document, force: force, rules: rules)
    case .reopenPerson(let id, let on, let note):
      return try reopenPerson(id, on: on, note: note, rules: rules)
    case .transferPerson(let id, let to, let file, let on, let note):
      return try transferPerson(id, to: to, file: file, on: on, note: note, rules: rules)
    case .importPerson(let id, let sent, let digest, let received, let decision):
      return try importPerson(
        id, sent, digest: digest, received: received, decision: decision, rules: rules)
    case .addSupervisor(let id, let fields):
      return try addSupervisor(id, fields, rules: rules)
    case .editSupervisor(let id, let fields):
      return try editSupervisor(id, fields)
    case .retireSupervisor(let id, let on):
      return try retire(id, on: on, rules: rules)
    case .assign(let personID, let supervisorID, let role, let from, let decision, let reason, let force):
      return try assign(
        personID, supervisorID, role: role, from: from, decision: decision, reason: reason,
        force: force, rules: rules)
    case .unassign(let personID, let supervisorID, let on, let reason):
      var person = try self.person(personID)
      guard
        let index = person.assignments.lastIndex(where: {
          $0.supervisor == supervisorID && $0.to == nil
        })
      else {
        throw DomainError("\(label(supervisorID)) is not assigned to \(label(personID))")
      }
      try rules.checkNotFuture(on, "the end date")
      guard on >= person.assignments[index].from else {
        throw DomainError(
          "the end date \(on) is before the assignment began (\(person.assignments[index].from))")
      }
      person.assignments[index].to = on
      person.assignments[index].endReason = reason
      persons[personID] = person
      return Outcome(
        summary: "unassigned \(label(supervisorID)) from \(label(personID))",
        touched: .person(personID))
    case .visit(let visit):
      return try record(visit, rules: rules)
    case .classify(let id, let group, let on, let reason):
      var person = try receivedPerson(id, doing: "classified")
      try rules.checkEvent(on, "the classification date", for: person)
      person.classify(Classification(on: on, group: group, reason: reason, visit: nil))
      persons[id] = person
      return Outcome(summary: "classified \(label(id)) as \(group.rawValue)", touched: .person(id))
    case .support(let support):
      return try record(support, rules: rules)
    case .addTeam(let id, let fields):
      return try addTeam(id, fields)
    case .editTeam(let id, let fields):
      return try editTeam(id, fields)
    case .createWardKey(let publicKey, let fingerprint, let on, let replace):
      return try createWardKey(
        publicKey: publicKey, fingerprint: fingerprint, on: on, replace: replace, rules: rules)
    case .trustWard(let ward, let fingerprint):
      return try trustWard(ward, fingerprint: fingerprint)
    case .distrustWard(let ward):
      return try distrustWard(ward)
    case .setWard(let name, let province):
      guard !name.isBlank else {
        throw DomainError("a ward needs a name, e.g. name=\"Phường Hòa Bình\"")
      }
      settings.ward.name = name
      if let province { settings.ward.province = province }
      var touched = Touched()
      touched.settings = true
      return Outcome(summary: "ward set: \(settings.ward.label)", touched: touched)
    case .setPolicy(let policy):
      for (name, days) in [
        ("A", policy.a), ("B", policy.b), ("C", policy.c), ("unclassified", policy.unclassified),
      ]
      where days < 1 {
        throw DomainError("the interval for \(name) must be at least 1 day, not \(days)")
      }
      self.policy = policy
      var touched = Touched()
      touched.settings = true
      return Outcome(
        summary:
          "policy set: A \(policy.a), B \(policy.b), C \(policy.c), unclassified \(policy.unclassified) days; D none",
        touched: touched)
    }
  }

  private func activeSupervisor(_ id: SupervisorID) throws(DomainError) -> Supervisor {
    let supervisor = try self.supervisor(id)
    guard supervisor.status == .active else {
      throw DomainError(
        "only active supervisors can be assigned or credited with a visit; \(label(id)) is retired")
    }
    return supervisor
  }

  private mutating func retire(_ id: SupervisorID, on: Day, rules: Rules) throws(DomainError) -> Outcome {
    var supervisor = try self.supervisor(id)
    guard supervisor.status == .active else {
      throw DomainError(
        "\(label(id)) is already retired (since \(supervisor.retiredOn.map(\.description) ?? "?"))")
    }
    try rules.checkNotFuture(on, "the retirement date")
    let led = openCasesLed(by: id)
    guard led.isEmpty else {
      let cases = led.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
      throw DomainError(
        "a supervisor who leads open cases cannot be retired; \(label(id)) leads \(cases): assign them a new lead first"
      )
    }
    supervisor.status = .retired
    supervisor.retiredOn = on
    supervisors[id] = supervisor
    var touched = Touched.supervisor(id)
    var ended: [String] = []
    for var person in personsInOrder {
      guard let index = person.assignments.lastIndex(where: { $0.supervisor == id && $0.to == nil })
      else { continue }
      person.assignments[index].to = max(on, person.assignments[index].from)
      person.assignments[index].endReason = "supervisor retired"
      persons[person.id] = person
      touched.persons.insert(person.id)
      ended.append(person.id.description)
    }
    let summary: Message = ended.isEmpty ? "" : "; ended its assignments to \(ended.joined(separator: ", "))"
    return Outcome(summary: "retired \(label(id))" + summary, touched: touched)
  }

  private mutating func assign(
    _ personID: PersonID, _ supervisorID: SupervisorID, role: Role, from: Day, decision: String?,
    reason: String?, force: Bool, rules: Rules
  ) throws(DomainError) -> Outcome {
    var person = try receivedPerson(personID, doing: "assigned")
    let supervisor = try activeSupervisor(supervisorID)
    try rules.checkEvent(from, "the assignment date", for: person)
    if let current = person.assignments.last(where: { $0.supervisor == supervisorID && $0.to == nil }) {
      let already: Message =
        "\(label(supervisorID)) is already \(current.role) of \(label(personID)) since \(current.from)"
      throw DomainError(
        current.role == role
          ? already + "; nothing to change"
          : already
            + "; to make them \(role), unassign first, then assign with role=\(role.rawValue)")
    }
    var summary: Message = "assigned \(label(supervisorID)) as \(role) of \(label(personID))"
    if role == .lead {
      let load = openCaseCount(ledBy: supervisorID)
      if load >= supervisor.capacity && !force {
        throw DomainError(
          "a lead beyond capacity is refused: \(label(supervisorID)) already leads \(counted(load, "open case")) (capacity \(supervisor.capacity)); add 'force' to assign anyway"
        )
      }
      if let index = person.assignments.lastIndex(where: { $0.role == .lead && $0.to == nil }) {
        let previous = person.assignments[index]
        guard from > previous.from else {
          throw DomainError(
            "a new lead must start after the current lead \(label(previous.supervisor)) began (\(previous.from))"
          )
        }
        let end = from.adding(days: -1)
        person.assignments[index].to = end
        person.assignments[index].endReason = reason ?? "replaced by \(supervisorID)"
        summary += "; \(label(previous.supervisor)) led until \(end)"
      }
    }
    person.assignments.append(
      Assignment(supervisor: supervisorID, role: role, from: from, decision: decision, reason: reason))
    persons[personID] = person
    return Outcome(summary: summary, touched: .person(personID))
  }

  private mutating func record(_ visit: Visit, rules: Rules) throws(DomainError) -> Outcome {
    guard visit.id == nextVisit else {
      throw DomainError("the new visit's id must be \(nextVisit), not \(visit.id)")
    }
    var outcome = Outcome(
      summary: "recorded \(visit.id): \(label(visit.person)) visited by \(label(visit.by)) on \(visit.on)",
      touched: .person(visit.person))
    // The checks read a copy that ends with this scope, so that the record is then changed
    // in place: its visits are not copied for each new one.
    do {
      let person = try receivedPerson(visit.person, doing: "visited")
      _ = try activeSupervisor(visit.by)
      try rules.checkEvent(visit.on, "the visit date", for: person)
      if !person.isAssigned(visit.by) {
        outcome.warnings.append("\(label(visit.by)) is not assigned to \(label(visit.person))")
      }
      // Likely a script run twice; playback has no one to tell.
      if rules.today != nil,
        let same = person.visits.first(where: {
          $0.by == visit.by && $0.on == visit.on && $0.kind == visit.kind && $0.note == visit.note
        })
      {
        outcome.warnings.append(
          "\(same.id) is the same visit (person, supervisor, date, kind and note); recorded all the same")
      }
    }
    persons[visit.person]?.visits.append(visit)
    if let group = visit.group {
      persons[visit.person]?.classify(
        Classification(on: visit.on, group: group, reason: nil, visit: visit.id))
    }
    nextVisit = VisitID(visit.id.number + 1)
    return outcome
  }
}

/// `1 open case`, `3 open cases`: the count is the argument, the noun part of the template.
public func counted(_ count: Int, _ noun: String, _ plural: String? = nil) -> Message {
  let words = count == 1 ? noun : plural ?? noun + "s"
  return Message(template: "{} " + Message.escaped(words), arguments: [.text(String(count))])
}
