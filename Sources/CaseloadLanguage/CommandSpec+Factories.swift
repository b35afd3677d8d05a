import CaseloadCore

/// Fills in what a command left out, reading and setting its arguments through its handles.
public typealias Fill<Declaration: CommandArguments> =
  @Sendable (inout Values<Declaration>, ResolveContext) throws -> Void

extension CommandSpec {
  /// A command that changes the state; journaled. `fieldKeys` (a record's field table) go
  /// right after the new record's `id`, before the other declared keys.
  static func mutation<Declaration: CommandArguments>(
    _ path: String, aliases: [String] = [], _ summary: String,
    _ declaration: Declaration.Type, fieldKeys: [Key] = [],
    reads: Reads = .named, changesUnnamed: Bool = false, fill: Fill<Declaration>? = nil,
    build: @escaping @Sendable (Values<Declaration>) throws -> Mutation
  ) -> CommandSpec {
    make(
      path, aliases, summary, declaration, fieldKeys: fieldKeys, effect: .mutation, reads: reads,
      changesUnnamed: changesUnnamed, fill: fill
    ) { .mutation(try build($0), canonical: "") }
  }

  /// A command that reads the state only; it takes `format=` for its own output, unless it
  /// declares a `format=` of its own (`ownsFormat`, the report's, which also offers `html`).
  static func query<Declaration: CommandArguments>(
    _ path: String, aliases: [String] = [], _ summary: String,
    _ declaration: Declaration.Type, reads: Reads = .named, ownsFormat: Bool = false,
    fill: Fill<Declaration>? = nil,
    build: @escaping @Sendable (Values<Declaration>) throws -> Query
  ) -> CommandSpec {
    make(
      path, aliases, summary, declaration, trailing: ownsFormat ? [] : [formatKey.declared], effect: .query,
      reads: reads, fill: fill
    ) { .query(try build($0), format: $0.arguments.format) }
  }

  /// A command on the session itself (help, source, transactions).
  static func session<Declaration: CommandArguments>(
    _ path: String, aliases: [String] = [], _ summary: String,
    _ declaration: Declaration.Type,
    build: @escaping @Sendable (Values<Declaration>) throws -> SessionCommand
  ) -> CommandSpec {
    make(path, aliases, summary, declaration, effect: .session) { .session(try build($0)) }
  }

  /// A command that reads or plays back the journal.
  static func audit<Declaration: CommandArguments>(
    _ path: String, _ summary: String, _ declaration: Declaration.Type,
    build: @escaping @Sendable (Values<Declaration>) throws -> AuditCommand
  ) -> CommandSpec {
    make(path, [], summary, declaration, effect: .audit) { .audit(try build($0)) }
  }

  /// `undo`: a change that reverses journal entries (nil: the officer's last ones).
  static func undo<Declaration: CommandArguments>(
    _ path: String, _ summary: String, _ declaration: Declaration.Type,
    build: @escaping @Sendable (Values<Declaration>) throws -> ClosedRange<Int>?
  ) -> CommandSpec {
    make(
      path, [], summary, declaration, effect: .mutation, reads: .everything, changesUnnamed: true
    ) { .undo(try build($0)) }
  }

  /// `person import`: a change whose file the session reads and the store keeps before the
  /// canonical text (which names the file by digest) is staged.
  static func importing<Declaration: CommandArguments>(
    _ path: String, _ summary: String, _ declaration: Declaration.Type,
    build: @escaping @Sendable (Values<Declaration>) throws -> ImportRequest
  ) -> CommandSpec {
    make(path, [], summary, declaration, effect: .mutation, reads: .everything) {
      .importCase(try build($0), canonical: "")
    }
  }

  /// `ward key create`: a change whose key the session makes, and whose canonical text names
  /// the public key rather than the file the private key goes to.
  static func keyMaking<Declaration: CommandArguments>(
    _ path: String, _ summary: String, _ declaration: Declaration.Type,
    build: @escaping @Sendable (Values<Declaration>) throws -> KeyRequest
  ) -> CommandSpec {
    make(path, [], summary, declaration, effect: .mutation) { .makeKey(try build($0), canonical: "") }
  }

  /// A query that takes nothing but `format=`.
  static func query(
    _ path: String, _ summary: String, reads: Reads = .named,
    build: @escaping @Sendable (Values<NoArguments>) throws -> Query
  ) -> CommandSpec {
    query(path, summary, NoArguments.self, reads: reads, build: build)
  }

  /// A session command that takes no arguments.
  static func session(
    _ path: String, aliases: [String] = [], _ summary: String,
    build: @escaping @Sendable (Values<NoArguments>) throws -> SessionCommand
  ) -> CommandSpec {
    session(path, aliases: aliases, summary, NoArguments.self, build: build)
  }

  /// An audit command that takes no arguments.
  static func audit(
    _ path: String, _ summary: String,
    build: @escaping @Sendable (Values<NoArguments>) throws -> AuditCommand
  ) -> CommandSpec {
    audit(path, summary, NoArguments.self, build: build)
  }

  private static func make<Declaration: CommandArguments>(
    _ path: String, _ aliases: [String], _ summary: String, _ declaration: Declaration.Type,
    fieldKeys: [Key] = [], trailing: [Declared] = [], effect: Effect, reads: Reads = .named,
    changesUnnamed: Bool = false, fill: Fill<Declaration>? = nil,
    build: @escaping @Sendable (Values<Declaration>) throws -> Action
  ) -> CommandSpec {
    // Reflecting on the declaration is what makes a command's spec costly, so it waits
    // until the command is first used.
    let declaration = Lazily {
      let handles = Declaration.handles
      return (instance: Declaration(), handles: handles, defaults: handles.filter(\.hasDefault))
    }
    let declared: @Sendable () -> [Declared] = {
      var declared = declaration.value.handles.map(\.declared)
      let afterID =
        declared.lastIndex {
          if case .key(let key) = $0 { return key.isInternal }
          return false
        }.map { $0 + 1 }
        ?? (declared.firstIndex {
          if case .key = $0 { return true }
          return false
        } ?? declared.count)
      declared.insert(contentsOf: fieldKeys.map(Declared.key), at: afterID)
      return declared + trailing
    }
    return CommandSpec(
      path, aliases: aliases, summary, declared: declared, effect: effect, reads: reads,
      changesUnnamed: changesUnnamed,
      fill: { arguments, context in
        let made = declaration.value
        for handle in made.defaults { try handle.fillDefault(&arguments, context) }
        guard let fill else { return }
        var values = Values(made.instance, arguments: arguments)
        try fill(&values, context)
        arguments = values.arguments
      },
      build: { try build(Values(declaration.value.instance, arguments: $0)) })
  }
}

extension Key {
  /// The declaration of this key, for lists of keys that are not handles (field tables).
  var declared: Declared { .key(self) }
}
