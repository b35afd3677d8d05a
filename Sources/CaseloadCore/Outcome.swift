/// The records a mutation changed, so that the store rewrites only those.
public struct Touched: Equatable, Sendable {
  public var persons: Set<PersonID> = []
  public var supervisors: Set<SupervisorID> = []
  /// Whether the ward's settings (visit policy, ward name) changed.
  public var settings = false
  public init() {}
  public mutating func formUnion(_ other: Touched) {
    persons.formUnion(other.persons)
    supervisors.formUnion(other.supervisors)
    settings = settings || other.settings
  }
}

/// What an applied mutation did: one line for the officer, warnings, and the records touched.
public struct Outcome: Equatable, Sendable {
  public var summary: Message
  public var warnings: [Message] = []
  public var touched = Touched()
  /// Files the live command must write before it is journaled (never on playback).
  public var transferFiles: [TransferFile] = []
}

extension Touched {
  static func person(_ id: PersonID) -> Touched {
    var touched = Touched()
    touched.persons.insert(id)
    return touched
  }

  static func supervisor(_ id: SupervisorID) -> Touched {
    var touched = Touched()
    touched.supervisors.insert(id)
    return touched
  }
}
