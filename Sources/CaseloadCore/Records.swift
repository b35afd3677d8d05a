/// A person released from prison and received by the ward (or expected there): one case.
public struct Person: Codable, Equatable, Sendable {
  public var id: PersonID
  public var name: String
  public var born: Day
  public var gender: Gender?
  public var idCard: String?
  public var address: String?
  public var phone: String?
  public var offence: String?
  /// The Criminal Code article of the offence (`173`).
  public var offenceArticle: Int?
  /// The main prison sentence as imposed.
  public var sentence: SentenceLength?
  public var release: ReleaseKind?
  public var certificate: String?
  /// The day the person left prison.
  public var released: Day
  /// The last day of probation; for a conditional release only, and required there.
  public var probationUntil: Day?
  /// The last day of a supplementary penalty still to be served.
  public var supplementaryUntil: Day?
  public var obligations: Obligations?
  /// The day the prison notified the ward; set for a person first recorded as expected.
  public var notified: Day?
  /// The day the ward received the person; nil while the person is expected.
  public var received: Day?
  /// Where the person moved to, once transferred.
  public var movedTo: String?
  public var group: Group?
  public var note: String?
  public var status: CaseStatus = .open
  public var reason: CloseReason?
  public var assignments: [Assignment] = []
  public var visits: [Visit] = []
  public var classifications: [Classification] = []
  public var statusChanges: [StatusChange] = []
  /// Support measures given (NĐ 49/2020/NĐ-CP), in the order recorded.
  public var supports: [Support] = []
  /// For a case imported from another ward: that ward and its history of the case.
  public var origin: Origin?

  public init(id: PersonID, name: String, born: Day, released: Day, received: Day?) {
    self.id = id
    self.name = name
    self.born = born
    self.released = released
    self.received = received
  }

  /// The current lead's assignment, if any.
  public var leadAssignment: Assignment? {
    assignments.last { $0.role == .lead && $0.to == nil }
  }

  /// Supervisors currently helping, in the order they were assigned.
  public var helpers: [SupervisorID] {
    assignments.filter { $0.role == .helper && $0.to == nil }.map(\.supervisor)
  }

  public var lastVisit: Day? {
    var last: Day?
    for visit in visits where last.map({ visit.on > $0 }) ?? true { last = visit.on }
    return last
  }

  /// Whether `supervisor` currently holds any role for this person.
  public func isAssigned(_ supervisor: SupervisorID) -> Bool {
    assignments.contains { $0.supervisor == supervisor && $0.to == nil }
  }
}

/// Someone assigned to manage, help and educate persons.
public struct Supervisor: Codable, Equatable, Sendable {
  public var id: SupervisorID
  public var name: String
  public var kind: SupervisorKind = .other
  public var org: String?
  public var phone: String?
  public var area: String?
  public var capacity: Int = 3
  public var status: SupervisorStatus = .active
  public var retiredOn: Day?
  /// The security team the supervisor belongs to, if any.
  public var team: TeamID?
  /// Their place in `team`; set exactly when `team` is.
  public var teamRole: TeamRole?

  public init(id: SupervisorID, name: String) {
    self.id = id
    self.name = name
  }
}

/// One supervisor's role for one person over a span of days; history is never deleted.
public struct Assignment: Codable, Equatable, Sendable {
  public var supervisor: SupervisorID
  public var role: Role
  public var from: Day
  public var to: Day?
  public var decision: String?
  public var reason: String?
  /// Why the assignment ended, when it has.
  public var endReason: String?

  public init(supervisor: SupervisorID, role: Role, from: Day, decision: String?, reason: String?) {
    self.supervisor = supervisor
    self.role = role
    self.from = from
    self.decision = decision
    self.reason = reason
  }
}

/// A contact with a person: a home visit, a call, a meeting.
public struct Visit: Codable, Equatable, Sendable {
  public var id: VisitID
  public var person: PersonID
  public var by: SupervisorID
  public var on: Day
  public var kind: ContactKind
  public var note: String?
  public var group: Group?

  public init(
    id: VisitID, person: PersonID, by: SupervisorID, on: Day, kind: ContactKind, note: String?,
    group: Group?
  ) {
    self.id = id
    self.person = person
    self.by = by
    self.on = on
    self.kind = kind
    self.note = note
    self.group = group
  }
}

/// A dated classification of a person, made directly or at a visit.
public struct Classification: Codable, Equatable, Sendable {
  public var on: Day
  public var group: Group
  public var reason: String?
  public var visit: VisitID?

  public init(on: Day, group: Group, reason: String? = nil, visit: VisitID? = nil) {
    self.on = on
    self.group = group
    self.reason = reason
    self.visit = visit
  }
}

/// A dated reception, closing or reopening of a case.
public struct StatusChange: Codable, Equatable, Sendable {
  public var on: Day
  public var status: CaseStatus
  public var reason: CloseReason?
  public var note: String?
  /// The criminal-record certificate's or court decision's number, for a closing as expunged.
  public var document: String?

  public init(
    on: Day, status: CaseStatus, reason: CloseReason? = nil, note: String? = nil, document: String? = nil
  ) {
    self.on = on
    self.status = status
    self.reason = reason
    self.note = note
    self.document = document
  }
}

/// How often each group must be visited, in days; `nil` means no visits are due.
public struct Policy: Codable, Equatable, Sendable {
  public var a = 90
  public var b = 30
  public var c = 14
  public var unclassified = 30

  public init() {}

  /// The visit interval for a group, or for an unclassified person when `group` is nil.
  public func interval(for group: Group?) -> Int? {
    switch group {
    case .A: return a
    case .B: return b
    case .C: return c
    case .D: return nil
    case nil: return unclassified
    }
  }
}
