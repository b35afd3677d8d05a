import CaseloadCore

/// A Swift type that a slot or key can hold: its kind (for parsing, help and completion) and
/// how it moves in and out of a resolved `Value`.
public protocol ArgumentValue: Sendable {
  static var valueKind: ValueKind { get }
  init?(argument: Value)
  var argument: Value { get }
}

extension String: ArgumentValue {
  public static var valueKind: ValueKind { .text }
  public init?(argument: Value) {
    switch argument {
    case .text(let text), .word(let text): self = text
    default: return nil
    }
  }
  public var argument: Value { .text(self) }
}

extension Day: ArgumentValue {
  public static var valueKind: ValueKind { .date }
  public init?(argument: Value) {
    guard case .day(let day) = argument else { return nil }
    self = day
  }
  public var argument: Value { .day(self) }
}

extension Int: ArgumentValue {
  public static var valueKind: ValueKind { .count }
  public init?(argument: Value) {
    guard case .number(let number) = argument else { return nil }
    self = number
  }
  public var argument: Value { .number(self) }
}

extension SentenceLength: ArgumentValue {
  public static var valueKind: ValueKind { .duration }
  public init?(argument: Value) {
    guard case .duration(let length) = argument else { return nil }
    self = length
  }
  public var argument: Value { .duration(self) }
}

/// A choice's words are its kind; its value is the chosen word.
extension ArgumentValue where Self: Choice {
  public static var valueKind: ValueKind { .choice(words) }
  public init?(argument: Value) {
    guard case .word(let word) = argument else { return nil }
    self.init(rawValue: word)
  }
  public var argument: Value { .word(rawValue) }
}

extension Gender: ArgumentValue {}
extension ReleaseKind: ArgumentValue {}
extension CaseStatus: ArgumentValue {}
extension CloseReason: ArgumentValue {}
extension SupervisorStatus: ArgumentValue {}
extension Role: ArgumentValue {}
extension ContactKind: ArgumentValue {}
extension SupervisorKind: ArgumentValue {}
extension Group: ArgumentValue {}
extension SupportKind: ArgumentValue {}
extension TeamRole: ArgumentValue {}
extension OutputFormat: ArgumentValue {}
extension DisplayLanguage: ArgumentValue {}

/// What one declared argument is to the parser: a positional slot, a key or a flag.
public enum Declared: Sendable {
  case slot(Slot)
  case key(Key)
  case flag(Flag)

  var name: String {
    switch self {
    case .slot(let slot): slot.name
    case .key(let key): key.name
    case .flag(let flag): flag.name
    }
  }
}

/// A typed argument handle; a command's declaration is the set of handles in its
/// `CommandArguments` type, collected in the order they are written.
public protocol ArgumentHandle: Sendable {
  var declared: Declared { get }
  /// The slot's, key's or flag's name: `declared.name`, kept for reading values by it.
  var name: String { get }
  /// Whether `fillDefault` does anything.
  var hasDefault: Bool { get }
  /// Sets the value when the command line left it out (a date to today, a new record's id).
  func fillDefault(_ arguments: inout Arguments, _ context: ResolveContext) throws
}

extension ArgumentHandle {
  public var hasDefault: Bool { false }
  public func fillDefault(_ arguments: inout Arguments, _ context: ResolveContext) throws {}
}

/// An argument that has a value once defaults are filled in: a required slot or key, or a
/// key with a default. Reading it gives `T`. (Handles are classes so that reading one through
/// its key path costs a reference, not a copy of its declaration.)
public final class RequiredArgument<T: ArgumentValue>: ArgumentHandle {
  public let declared: Declared
  public let name: String
  let fallback: (@Sendable (ResolveContext) throws -> T)?

  init(declared: Declared, fallback: (@Sendable (ResolveContext) throws -> T)?) {
    self.declared = declared
    name = declared.name
    self.fallback = fallback
  }

  /// A positional argument that must be given.
  public static func slot(_ name: String) -> Self {
    Self(declared: .slot(Slot(name, T.valueKind)), fallback: nil)
  }

  /// A `key=value` that must be given.
  public static func required(_ name: String, _ help: String) -> Self {
    Self(declared: .key(Key(name, T.valueKind, required: true, help)), fallback: nil)
  }

  /// A `key=value` that takes `fallback`'s value when left out; the canonical text says it.
  public static func key(
    _ name: String, default fallback: @escaping @Sendable (ResolveContext) throws -> T, _ help: String
  ) -> Self {
    Self(declared: .key(Key(name, T.valueKind, help)), fallback: fallback)
  }

  public var hasDefault: Bool { fallback != nil }

  public func fillDefault(_ arguments: inout Arguments, _ context: ResolveContext) throws {
    guard let fallback, arguments[name] == nil else { return }
    arguments[name] = try fallback(context).argument
  }
}

extension RequiredArgument {
  /// A `key=value` that may be left out, whose default the command's own `fill` computes
  /// from other arguments (`by=` the person's lead).
  public static func filled(_ name: String, _ help: String) -> Self {
    Self(declared: .key(Key(name, T.valueKind, help)), fallback: nil)
  }
}

extension RequiredArgument where T == Day {
  /// A date key that means today when left out.
  public static func dated(_ name: String, _ help: String) -> Self {
    .key(name, default: { try $0.requireToday(for: "\(name)=") }, help)
  }
}

extension RequiredArgument {
  /// The id of the record a command creates: filled in by caseload, never typed.
  public static func newID<Kind: ReferenceKind>(_ help: String) -> Self
  where T == Identifier<Kind> {
    Self(declared: .key(Key("id", .newID, help)), fallback: { Kind.next(in: $0.state) })
  }
}

/// An argument that may be absent. Reading it gives `T?` (nil also when cleared with `key=`).
public final class OptionalArgument<T: ArgumentValue>: ArgumentHandle {
  public let declared: Declared
  public let name: String

  init(declared: Declared) {
    self.declared = declared
    name = declared.name
  }

  /// A positional argument that may be left out.
  public static func slot(_ name: String) -> Self {
    Self(declared: .slot(Slot(name, T.valueKind, optional: true)))
  }

  /// A `key=value` that may be left out; `clearable` lets `key=` clear the field.
  public static func key(_ name: String, clearable: Bool = false, _ help: String) -> Self {
    Self(declared: .key(Key(name, T.valueKind, clearable: clearable, help)))
  }

  /// A key whose words are given here rather than by `T` (`status=open|closed|all`).
  public static func key(_ name: String, words: [String], _ help: String) -> Self
  where T == String {
    Self(declared: .key(Key(name, .choice(words), help)))
  }
}

/// A bare word that switches something on (`force`). Reading it gives `Bool`.
public final class FlagArgument: ArgumentHandle {
  public let declared: Declared
  public let name: String
  public init(_ name: String, _ help: String) {
    declared = .flag(Flag(name, help))
    self.name = name
  }
}

/// Every remaining plain word (`help person add`). Reading it gives the words, with their
/// places for carets.
public final class RestArgument: ArgumentHandle {
  public let declared: Declared
  public let name: String
  public init(_ name: String) {
    declared = .slot(Slot(name, .text, optional: true, rest: true))
    self.name = name
  }
}

/// The rest of the line, verbatim, as a command of its own (`as-of DATE COMMAND`).
/// Reading it gives the text and where it starts in the line, for carets.
public final class NestedCommandArgument: ArgumentHandle {
  public let declared: Declared
  public let name: String
  public init(_ name: String) {
    declared = .slot(Slot(name, .text, command: true))
    self.name = name
  }
}

/// The arguments of one command, declared as typed handles (like swift-argument-parser's
/// properties): the declaration is the stored properties, read in the order written.
public protocol CommandArguments: Sendable {
  init()
}

extension CommandArguments {
  /// Every handle, in declaration order.
  static var handles: [any ArgumentHandle] {
    Mirror(reflecting: Self()).children.compactMap { $0.value as? any ArgumentHandle }
  }
}

/// A command that takes no arguments.
public struct NoArguments: CommandArguments {
  public init() {}
}

/// The resolved values of one invocation, read through the command's own handles:
/// `values.person` is a `PersonID`, `values.note` a `String?`, `values.force` a `Bool`.
@dynamicMemberLookup
public struct Values<Declaration: CommandArguments> {
  let declaration: Declaration
  public internal(set) var arguments: Arguments

  /// The values in `arguments`, read through `declaration` (made once per command, since
  /// making one builds every key's declaration).
  init(_ declaration: Declaration = Declaration(), arguments: Arguments) {
    self.declaration = declaration
    self.arguments = arguments
  }

  // Inlined into each command's closure, where the key path is a literal the optimiser turns
  // into a field read (otherwise a runtime key-path projection for every argument replayed).
  @inline(__always)
  public subscript<T>(dynamicMember path: KeyPath<Declaration, RequiredArgument<T>>) -> T {
    get throws {
      let name = declaration[keyPath: path].name
      guard let value = arguments[name].flatMap(T.init(argument:)) else {
        throw LanguageError("\(name) needs a value")
      }
      return value
    }
  }

  @inline(__always)
  public subscript<T>(dynamicMember path: KeyPath<Declaration, OptionalArgument<T>>) -> T? {
    arguments[declaration[keyPath: path].name].flatMap(T.init(argument:))
  }

  @inline(__always)
  public subscript(dynamicMember path: KeyPath<Declaration, FlagArgument>) -> Bool {
    arguments.flags.contains(declaration[keyPath: path].name)
  }

  public subscript(dynamicMember path: KeyPath<Declaration, RestArgument>) -> [Word] {
    arguments.rest
  }

  public subscript(dynamicMember path: KeyPath<Declaration, NestedCommandArgument>) -> (
    text: String, offset: Int
  )? {
    arguments.nestedCommand
  }

  /// Sets an argument's value, for defaults that depend on other arguments (`by=` the lead).
  public mutating func set<T>(_ path: KeyPath<Declaration, RequiredArgument<T>>, _ value: T) {
    arguments[declaration[keyPath: path].name] = value.argument
  }

  /// Replaces an optional argument's value (a typed form written the canonical way).
  public mutating func set<T>(_ path: KeyPath<Declaration, OptionalArgument<T>>, _ value: T) {
    arguments[declaration[keyPath: path].name] = value.argument
  }

  /// Whether the key was given, or given empty to clear its field.
  public func has<Handle: ArgumentHandle>(_ path: KeyPath<Declaration, Handle>) -> Bool {
    arguments[declaration[keyPath: path].name] != nil
  }
}
