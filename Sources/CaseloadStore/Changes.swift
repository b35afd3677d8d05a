import CaseloadCore

/// A record's fields, read generically so that every field of every record kind is compared.
indirect enum FieldTree: Equatable {
  case value(String)
  case list([FieldTree])
  case record([(String, FieldTree)])

  static let absent = FieldTree.value("—")

  /// Reads a record by reflection, its fields in declared order.
  init(_ subject: Any) {
    let mirror = Mirror(reflecting: subject)
    switch mirror.displayStyle {
    case .optional:
      self = mirror.children.first.map { FieldTree($0.value) } ?? .absent
    case .collection:
      self = .list(mirror.children.map { FieldTree($0.value) })
    case .struct where !(subject is CustomStringConvertible):
      self = .record(mirror.children.map { ($0.label ?? "?", FieldTree($0.value)) })
    default:
      if let choice = subject as? any RawRepresentable {
        self = .value("\(choice.rawValue)")
      } else {
        self = .value("\(subject)")
      }
    }
  }

  static func == (lhs: FieldTree, rhs: FieldTree) -> Bool {
    switch (lhs, rhs) {
    case (.value(let a), .value(let b)): a == b
    case (.list(let a), .list(let b)): a == b
    case (.record(let a), .record(let b)): a.elementsEqual(b) { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// One line: `{id V5, by S1, on 2026-11-20, kind home}`, leaving out empty fields.
  var text: String {
    switch self {
    case .value(let text): text
    case .list(let items): "[" + items.map(\.text).joined(separator: ", ") + "]"
    case .record(let fields):
      "{" + fields.filter { $0.1 != .absent }.map { "\($0.0) \($0.1.text)" }.joined(separator: ", ") + "}"
    }
  }

  /// `name: before → after` for each field that differs; list items by position.
  static func differences(_ before: FieldTree, _ after: FieldTree, at path: String) -> [String] {
    switch (before, after) {
    case _ where before == after:
      return []
    case (.record(let old), .record(let new)) where old.map(\.0) == new.map(\.0):
      return zip(old, new).flatMap { differences($0.1, $1.1, at: path.isEmpty ? $0.0 : "\(path).\($0.0)") }
    case (.list(let old), .list(let new)):
      return (0..<max(old.count, new.count)).flatMap { index -> [String] in
        let place = "\(path)[\(index + 1)]"
        switch (index < old.count ? old[index] : nil, index < new.count ? new[index] : nil) {
        case (let item?, nil): return ["\(place): - \(item.text)"]
        case (nil, let item?): return ["\(place): + \(item.text)"]
        case (let a?, let b?) where a != b: return ["\(place): \(a.text) → \(b.text)"]
        default: return []
        }
      }
    default:
      return ["\(path): \(before.text) → \(after.text)"]
    }
  }
}

extension Store {
  /// What an entry did to the records it touched, field by field: `P3 phone: 0912 → 0913`.
  public static func changes(from before: State, to after: State, touched: Touched) -> [String] {
    RecordKey.keys(touched).flatMap { key -> [String] in
      let (old, new) = trees(key, before, after)
      switch (old, new) {
      case (nil, let record?): return ["\(key): added \(record.text)"]
      case (_?, nil): return ["\(key): removed"]
      case (let old?, let new?): return FieldTree.differences(old, new, at: "").map { "\(key) \($0)" }
      default: return []
      }
    }
  }
}

private func trees(_ key: RecordKey, _ before: State, _ after: State) -> (FieldTree?, FieldTree?) {
  switch key {
  case .settings: (FieldTree(before.settings), FieldTree(after.settings))
  case .person(let id): (before.persons[id].map(FieldTree.init), after.persons[id].map(FieldTree.init))
  case .supervisor(let id):
    (before.supervisors[id].map(FieldTree.init), after.supervisors[id].map(FieldTree.init))
  }
}
