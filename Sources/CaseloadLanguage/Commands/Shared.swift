import CaseloadCore

/// `format=`: every query's own output format.
let formatKey = OptionalArgument<OutputFormat>.key("format", "output format of this command")
/// `sort=`: lists by id, or by name in Vietnamese order.
let sortKey = OptionalArgument<String>.key(
  "sort", words: ["id", "name"], "id (default), or name in Vietnamese order (by given name)")

extension Arguments {
  /// The command's own `format=`, if given.
  var format: OutputFormat? { self[formatKey.declared.name].flatMap(OutputFormat.init(argument:)) }
}

extension Optional where Wrapped == String {
  /// Whether a `sort=` value asks for name order.
  var sortsByName: Bool { self == "name" }
}

/// A key that sets one field of a record, and how its value becomes that field.
struct FieldKey<FieldType>: Sendable {
  let key: Key
  /// The value a new record takes when the key is left out; nil when it stays unset.
  var defaultValue: Value? = nil
  let field: @Sendable (Value) -> FieldType?

  /// The fields set by the keys present in `arguments`, in declared order.
  static func fields(_ table: [FieldKey], from arguments: Arguments) -> [FieldType] {
    table.compactMap { entry in arguments[entry.key.name].flatMap(entry.field) }
  }

  /// Gives every key left out its default, so that a new record's canonical text says it.
  static func fillDefaults(_ table: [FieldKey], _ arguments: inout Arguments) {
    for entry in table where arguments[entry.key.name] == nil {
      arguments[entry.key.name] = entry.defaultValue
    }
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

  var numberValue: Int? {
    if case .number(let number) = self { return number }
    return nil
  }

  var dayValue: Day? {
    if case .day(let day) = self { return day }
    return nil
  }
}
