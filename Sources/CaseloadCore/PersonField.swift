/// One field of a person, as set by `person add`, `person expect` or `person edit`; nil
/// clears an optional field.
public enum PersonField: Equatable, Sendable {
  case name(String)
  case born(Day)
  case gender(Gender?)
  case idCard(String?)
  case address(String?)
  case phone(String?)
  case offence(String?)
  /// The Criminal Code article of the offence.
  case offenceArticle(Int?)
  case sentence(SentenceLength?)
  case release(ReleaseKind?)
  case certificate(String?)
  case released(Day)
  /// The last day of probation, for a conditional release only.
  case probationUntil(Day?)
  /// The last day of a supplementary penalty still to be served.
  case supplementaryUntil(Day?)
  case obligations(Obligations?)
  case received(Day)
  case note(String?)
}

extension PersonField {
  /// The command key that sets this field.
  public var key: String {
    switch self {
    case .name: "name"
    case .born: "born"
    case .gender: "gender"
    case .idCard: "id-card"
    case .address: "address"
    case .phone: "phone"
    case .offence: "offence"
    case .offenceArticle: "offence-article"
    case .sentence: "sentence"
    case .release: "release"
    case .certificate: "certificate"
    case .released: "released"
    case .probationUntil: "probation-until"
    case .supplementaryUntil: "supplementary-until"
    case .obligations: "obligations"
    case .received: "received"
    case .note: "note"
    }
  }
}

extension Person {
  mutating func set(_ field: PersonField) {
    switch field {
    case .name(let value): name = value
    case .born(let value): born = value
    case .gender(let value): gender = value
    case .idCard(let value): idCard = value
    case .address(let value): address = value
    case .phone(let value): phone = value
    case .offence(let value): offence = value
    case .offenceArticle(let value): offenceArticle = value
    case .sentence(let value): sentence = value
    case .release(let value): release = value
    case .certificate(let value): certificate = value
    case .released(let value): released = value
    case .probationUntil(let value): probationUntil = value
    case .supplementaryUntil(let value): supplementaryUntil = value
    case .obligations(let value): obligations = value
    case .received(let value): received = value
    case .note(let value): note = value
    }
  }

  /// Records a classification; the current group is the one with the latest date.
  mutating func classify(_ classification: Classification) {
    classifications.append(classification)
    group =
      classifications.enumerated().max { lhs, rhs in
        (lhs.element.on, lhs.offset) < (rhs.element.on, rhs.offset)
      }?.element.group
  }
}
