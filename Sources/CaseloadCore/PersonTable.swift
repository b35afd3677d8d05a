/// The persons by id, and, once asked for, an index of who has each (birth date, folded name)
/// and each id-card, so that `person add`'s namesake warning and the CCCD check cost the same
/// with one shared birthday as with birthdays spread.
///
/// Every change to a person goes through the one subscript, which keeps the index, so that no
/// path (a mutation, playback, undo, loading from files or the snapshot, import) can forget it.
/// The index is built on the first `indexed()`, not on load: an open that only reads, and
/// playback without new persons, never fold a name. Two tables with the same persons are equal,
/// indexed or not.
public struct PersonTable: Sendable, Sequence, ExpressibleByDictionaryLiteral {
  public private(set) var records: [PersonID: Person]
  private(set) var index: Index?

  /// Who has a birth date and a folded name, and who has an id-card.
  struct Index: Sendable {
    var namesakes: [Namesake: [PersonID]] = [:]
    var cards: [String: [PersonID]] = [:]

    mutating func add(_ person: Person) {
      namesakes[Namesake(person), default: []].append(person.id)
      if let card = person.idCard { cards[card, default: []].append(person.id) }
    }

    mutating func remove(_ person: Person) {
      Index.remove(person.id, at: Namesake(person), in: &namesakes)
      if let card = person.idCard { Index.remove(person.id, at: card, in: &cards) }
    }

    private static func remove<Key: Hashable>(_ id: PersonID, at key: Key, in map: inout [Key: [PersonID]]) {
      guard var ids = map[key] else { return }
      ids.removeAll { $0 == id }
      map[key] = ids.isEmpty ? nil : ids
    }
  }

  /// A birth date and a name folded as the namesake check compares them.
  struct Namesake: Hashable, Sendable {
    let born: Day
    let name: String

    init(born: Day, name: String) {
      self.born = born
      self.name = Folding.fold(name)
    }

    init(_ person: Person) { self.init(born: person.born, name: person.name) }
  }

  public init() { records = [:] }

  public init(_ records: [PersonID: Person]) { self.records = records }

  public init(dictionaryLiteral elements: (PersonID, Person)...) {
    records = Dictionary(uniqueKeysWithValues: elements)
  }

  public subscript(id: PersonID) -> Person? {
    get { records[id] }
    _modify {
      guard index != nil else {
        yield &records[id]
        return
      }
      // Only what the index looks at is compared: a visit or a classification leaves it alone.
      let before = records[id]
      yield &records[id]
      reindex(from: before, to: records[id])
    }
    set {
      if index != nil { reindex(from: records[id], to: newValue) }
      records[id] = newValue
    }
  }

  private mutating func reindex(from before: Person?, to after: Person?) {
    if let before, let after, before.born == after.born, before.name == after.name,
      before.idCard == after.idCard
    {
      return
    }
    if let before { index?.remove(before) }
    if let after { index?.add(after) }
  }

  public var values: Dictionary<PersonID, Person>.Values { records.values }
  public var keys: Dictionary<PersonID, Person>.Keys { records.keys }
  public var count: Int { records.count }
  public var isEmpty: Bool { records.isEmpty }

  public mutating func reserveCapacity(_ capacity: Int) { records.reserveCapacity(capacity) }

  public func makeIterator() -> Dictionary<PersonID, Person>.Iterator { records.makeIterator() }

  /// Builds the index if it is not built yet; from then on every change keeps it.
  public mutating func indexed() {
    guard index == nil else { return }
    var built = Index()
    for person in records.values { built.add(person) }
    index = built
  }

  /// The persons born on `born` whose name folds as `name` does, in id order.
  public func namesakes(born: Day, name: String) -> [PersonID] {
    let key = Namesake(born: born, name: name)
    if let index { return (index.namesakes[key] ?? []).sorted() }
    return records.values.filter { $0.born == born && Folding.fold($0.name) == key.name }.map(\.id).sorted()
  }

  /// The persons whose id-card is `card`, in id order.
  public func holders(ofIDCard card: String) -> [PersonID] {
    if let index { return (index.cards[card] ?? []).sorted() }
    return records.values.filter { $0.idCard == card }.map(\.id).sorted()
  }
}

extension PersonTable: Equatable {
  /// The persons alone: whether the index is built says nothing about the ward.
  public static func == (lhs: PersonTable, rhs: PersonTable) -> Bool { lhs.records == rhs.records }
}
