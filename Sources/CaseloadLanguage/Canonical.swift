import CaseloadCore

extension Registry {
  /// Reads a journaled command back into the mutation it records, through the same parse
  /// and resolve steps as typed commands; with nothing left to fill in, it is a fixed point.
  public func mutation(fromCanonical text: String, in state: State) throws -> Mutation {
    guard case .invocation(let invocation) = try parse(text) else {
      throw LanguageError("not a complete command: \(text)")
    }
    let action = try invocation.resolve(in: ResolveContext(state: state, today: nil))
    guard case .mutation(let mutation, let canonical) = action else {
      throw LanguageError("'\(invocation.spec.name)' changes nothing and cannot be in the journal")
    }
    guard canonical == text.trimmingTrailingComment else {
      throw LanguageError("not in canonical form: \(text) (canonical: \(canonical))")
    }
    return mutation
  }
}

extension String {
  fileprivate var trimmingTrailingComment: String {
    guard case .words(_, let start?)? = try? Lexer.lex(self) else {
      return trimmingWhitespace
    }
    return String(Array(self)[..<start]).trimmingWhitespace
  }

  var trimmingWhitespace: String {
    var text = Substring(self)
    while text.last == " " || text.last == "\t" { text = text.dropLast() }
    while text.first == " " || text.first == "\t" { text = text.dropFirst() }
    return String(text)
  }
}
