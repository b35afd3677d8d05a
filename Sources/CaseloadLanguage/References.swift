import CaseloadCore

/// A kind of record whose ids commands take: how its ids travel as values, and the next one.
public protocol ReferenceKind: RecordKind {
  static var valueKind: ValueKind { get }
  static func wrap(_ id: Identifier<Self>) -> Value
  static func unwrap(_ value: Value) -> Identifier<Self>?
  static func next(in state: State) -> Identifier<Self>
}

extension PersonTag: ReferenceKind {
  public static var valueKind: ValueKind { .person }
  public static func wrap(_ id: PersonID) -> Value { .person(id) }
  public static func unwrap(_ value: Value) -> PersonID? {
    if case .person(let id) = value { return id }
    return nil
  }
  public static func next(in state: State) -> PersonID { state.nextPerson }
}

extension SupervisorTag: ReferenceKind {
  public static var valueKind: ValueKind { .supervisor }
  public static func wrap(_ id: SupervisorID) -> Value { .supervisor(id) }
  public static func unwrap(_ value: Value) -> SupervisorID? {
    if case .supervisor(let id) = value { return id }
    return nil
  }
  public static func next(in state: State) -> SupervisorID { state.nextSupervisor }
}

/// Visits are never named by a command, only created: their id is always a new one.
extension VisitTag: ReferenceKind {
  public static var valueKind: ValueKind { .newID }
  public static func wrap(_ id: VisitID) -> Value { .visit(id) }
  public static func unwrap(_ value: Value) -> VisitID? {
    if case .visit(let id) = value { return id }
    return nil
  }
  public static func next(in state: State) -> VisitID { state.nextVisit }
}

/// Supports are never named by a command, only created: their id is always a new one.
extension SupportTag: ReferenceKind {
  public static var valueKind: ValueKind { .newID }
  public static func wrap(_ id: SupportID) -> Value { .support(id) }
  public static func unwrap(_ value: Value) -> SupportID? {
    if case .support(let id) = value { return id }
    return nil
  }
  public static func next(in state: State) -> SupportID { state.nextSupport }
}

extension TeamTag: ReferenceKind {
  public static var valueKind: ValueKind { .team }
  public static func wrap(_ id: TeamID) -> Value { .team(id) }
  public static func unwrap(_ value: Value) -> TeamID? {
    if case .team(let id) = value { return id }
    return nil
  }
  public static func next(in state: State) -> TeamID { state.nextTeam }
}

extension Money: ArgumentValue {
  public static var valueKind: ValueKind { .money }
  public init?(argument: Value) {
    guard case .money(let amount) = argument else { return nil }
    self = amount
  }
  public var argument: Value { .money(self) }
}

extension Identifier: ArgumentValue where Kind: ReferenceKind {
  public static var valueKind: ValueKind { Kind.valueKind }
  public init?(argument: Value) {
    guard let id = Kind.unwrap(argument) else { return nil }
    self = id
  }
  public var argument: Value { Kind.wrap(self) }
}
