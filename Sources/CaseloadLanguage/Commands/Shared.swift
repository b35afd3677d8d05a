import CaseloadCore

let formatKey = Key("format", .choice(OutputFormat.words), "output format of this command")
let noteKey = Key("note", .text, "free text")
let sortKey = Key(
  "sort", .choice(["id", "name"]), "id (default), or name in Vietnamese order (by given name)")

extension Arguments {
  /// The command's own `format=`, if given.
  var format: OutputFormat? { choice("format") }

  /// An optional text key: nil when absent or cleared.
  func optionalText(_ name: String) -> String? { isCleared(name) ? nil : text(name) }
}

extension ResolveContext {
  /// Sets `name` to today when it was not given.
  func defaultToToday(_ arguments: inout Arguments, _ name: String) throws {
    if arguments[name] == nil { arguments[name] = .day(try requireToday(for: "\(name)=")) }
  }
}

/// A key that sets one field of a record, and how its value becomes that field.
struct FieldKey<FieldType>: Sendable {
  let key: Key
  let field: @Sendable (Value) -> FieldType?

  /// The fields set by the keys present in `arguments`, in declared order.
  static func fields(_ table: [FieldKey], from arguments: Arguments) -> [FieldType] {
    table.compactMap { entry in arguments[entry.key.name].flatMap(entry.field) }
  }

  /// The fields an edit command sets; an error naming the keys when there are none.
  static func edits(_ table: [FieldKey], from arguments: Arguments, command: String) throws
    -> [FieldType]
  {
    let fields = fields(table, from: arguments)
    guard !fields.isEmpty else {
      let keys = table.map(\.key.name).joined(separator: ", ")
      throw LanguageError("'\(command)' needs at least one KEY=VALUE; keys: \(keys)")
    }
    return fields
  }
}

extension Value {
  /// The text of a text or choice value; nil when cleared.
  var textValue: String? {
    switch self {
    case .text(let text), .word(let text): text
    default: nil
    }
  }

  var dayValue: Day? {
    if case .day(let day) = self { return day }
    return nil
  }
}
