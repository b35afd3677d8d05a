import CaseloadCore

/// What one journal entry records.
public enum JournalCommand: Equatable, Sendable {
  case mutation(Mutation)
  /// Reverses these entries (`undo 10-12`).
  case undo(ClosedRange<Int>)
  /// Opens a case from a transfer file the store keeps, named by its digest.
  case importCase(ImportRequest)
}

extension Registry {
  /// Reads a journaled command back into what it records, through the same parse and resolve
  /// steps as typed commands; with nothing left to fill in, it is a fixed point.
  public func journalCommand(fromCanonical text: String, in state: State) throws -> JournalCommand {
    try journalCommand(fromCanonical: text, parsed: canonicalInvocation(text), in: state)
  }

  /// The invocation that canonical `text` parses to; an incomplete command is an error.
  public func canonicalInvocation(_ text: String) throws -> Invocation {
    guard case .invocation(let invocation) = try parse(text, journaled: true) else {
      throw LanguageError("not a complete command: \(text)")
    }
    return invocation
  }

  /// `journalCommand(fromCanonical:in:)` for text already parsed into `invocation`.
  public func journalCommand(fromCanonical text: String, parsed invocation: Invocation, in state: State)
    throws
    -> JournalCommand
  {
    let (arguments, action) = try invocation.resolvedArguments(in: ResolveContext(state: state, today: nil))
    let line = text.trimmingTrailingComment
    let command: JournalCommand
    let isCanonical: Bool
    switch action {
    case .mutation(let mutation, _):
      command = .mutation(mutation)
      isCanonical = invocation.spec.isCanonicalText(line, of: arguments)
    case .undo(let entries?):
      command = .undo(entries)
      isCanonical = AuditCommand.undoText(entries) == line
    case .importCase(let request, _):
      guard request.digest != nil else {
        throw LanguageError(
          "a journaled person import names its file by digest (sha256:…), not by path: \(request.source)")
      }
      command = .importCase(request)
      isCanonical = invocation.spec.isCanonicalText(line, of: arguments)
    case .makeKey(let request, _):
      guard request.file == nil, let publicKey = request.publicKey, let fingerprint = request.fingerprint
      else {
        throw LanguageError(
          "a journaled ward key create names the public key and its fingerprint (public= fingerprint=), never a file"
        )
      }
      command = .mutation(
        .createWardKey(
          publicKey: publicKey, fingerprint: fingerprint, on: request.on, replace: request.replace))
      isCanonical = invocation.spec.isCanonicalText(line, of: arguments)
    default:
      throw LanguageError("'\(invocation.spec.name)' changes nothing and cannot be in the journal")
    }
    guard isCanonical else {
      // The canonical text, written out only to say how the line differs from it.
      var canonical = invocation.spec.canonicalText(arguments)
      if case .undo(let entries) = command { canonical = AuditCommand.undoText(entries) }
      throw LanguageError("not in canonical form: \(text) (canonical: \(canonical))")
    }
    return command
  }
}

extension String {
  fileprivate var trimmingTrailingComment: String {
    guard utf8.contains(UInt8(ascii: "#")),
      case .words(_, let start?)? = try? Lexer.lex(self, journaled: true)
    else {
      return trimmingWhitespace
    }
    return String(Array(self)[..<start]).trimmingWhitespace
  }

  var trimmingWhitespace: String {
    let blank = { (byte: UInt8?) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    if !blank(utf8.first), !blank(utf8.last) { return self }
    var text = Substring(self)
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    while text.first == " " || text.first == "\t" { text = text.dropFirst() }
    return String(text)
  }
}
