/// The kinds of support a ward gives a person who has finished a prison sentence to
/// resettle (NĐ 49/2020/NĐ-CP): a job, vocational training, a preferential loan, social
/// assistance, legal aid, identity papers and residence registration, health care,
/// counselling.
public enum SupportKind: String, Choice {
  case job, training, loan, social, legal, papers, health, counselling, other
}

/// One support measure given to a person, kept in the person's record as visits are.
public struct Support: Codable, Equatable, Sendable {
  public var id: SupportID
  public var person: PersonID
  public var kind: SupportKind
  public var on: Day
  /// The supervisor who arranged it, when one did.
  public var by: SupervisorID?
  /// How much, for a loan or a grant.
  public var amount: Money?
  /// Who gave it: a bank, a training centre, an employer.
  public var provider: String?
  public var note: String?

  public init(
    id: SupportID, person: PersonID, kind: SupportKind, on: Day, by: SupervisorID? = nil,
    amount: Money? = nil, provider: String? = nil, note: String? = nil
  ) {
    self.id = id
    self.person = person
    self.kind = kind
    self.on = on
    self.by = by
    self.amount = amount
    self.provider = provider
    self.note = note
  }
}

/// Which supports `supports` shows.
public struct SupportFilter: Equatable, Sendable {
  public var person: PersonID?
  public var kind: SupportKind?
  public var from: Day?
  public var to: Day?
  public init(person: PersonID? = nil, kind: SupportKind? = nil, from: Day? = nil, to: Day? = nil) {
    self.person = person
    self.kind = kind
    self.from = from
    self.to = to
  }

  func includes(_ support: Support) -> Bool {
    (person.map { $0 == support.person } ?? true) && (kind.map { $0 == support.kind } ?? true)
      && (from.map { support.on >= $0 } ?? true) && (to.map { support.on <= $0 } ?? true)
  }
}

extension KeyedDecodingContainer {
  /// A person's supports, or none for a person file written before supports existed: the
  /// synthesized `Person.init(from:)` picks this overload, so old stores keep loading.
  public func decode(_ type: [Support].Type, forKey key: Key) throws -> [Support] {
    try decodeIfPresent(type, forKey: key) ?? []
  }
}
