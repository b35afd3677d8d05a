import CaseloadCore

extension Invocation {
  /// Turns the words into typed values (names into ids, dates, defaults) and builds the action.
  public func resolve(in context: ResolveContext) throws -> Action {
    let (arguments, action) = try resolvedArguments(in: context)
    switch action {
    case .mutation(let mutation, _): return .mutation(mutation, canonical: spec.canonicalText(arguments))
    case .importCase(let request, _): return .importCase(request, canonical: spec.canonicalText(arguments))
    case .makeKey(let request, _): return .makeKey(request, canonical: spec.canonicalText(arguments))
    default: return action
    }
  }

  /// `resolve`'s values, and its action before the canonical text is written into it.
  func resolvedArguments(in context: ResolveContext) throws -> (Arguments, Action) {
    var arguments = Arguments()
    let declarations = spec.declarations
    arguments.reserveCapacity(declarations.slots.count + declarations.keys.count)
    for slot in declarations.slots {
      if let word = slotWords[slot.name] {
        arguments[slot.name] = try Resolver.value(of: word, as: slot.kind, clearable: false, in: context)
      }
    }
    for key in declarations.keys {
      if let word = keyWords[key.name] {
        arguments[key.name] = try Resolver.value(
          of: word, as: key.kind, clearable: key.clearable, in: context)
      }
    }
    arguments.flags = flags
    arguments.rest = restWords
    arguments.nestedCommand = nestedCommand
    try spec.fill(&arguments, context)
    return (arguments, try spec.build(arguments))
  }
}

extension Invocation {
  /// The records this command reads: those it names by id, or every record when its
  /// declaration says so or when it names one by a (part of a) name, which is looked up
  /// among all of them.
  public var needs: Needs {
    switch spec.reads {
    case .everything: return .everything
    case .everythingWhen(let condition) where condition(self): return .everything
    case .named, .everythingWhen: return named
    }
  }

  /// The persons and supervisors its arguments name by id; everything when one is named
  /// by a (part of a) name.
  public var named: Needs {
    var persons = Set<PersonID>()
    var supervisors = Set<SupervisorID>()
    let references =
      spec.slots.compactMap { slot in slotWords[slot.name].map { (slot.kind, $0) } }
      + spec.keys.compactMap { key in keyWords[key.name].map { (key.kind, $0) } }
    for (kind, word) in references {
      switch kind {
      case .person:
        guard !word.quoted, let id = PersonID(parsing: word.text) else { return .everything }
        persons.insert(id)
      case .supervisor:
        guard !word.quoted, let id = SupervisorID(parsing: word.text) else { return .everything }
        supervisors.insert(id)
      default:
        continue
      }
    }
    return .records(persons: persons, supervisors: supervisors)
  }

  /// Whether the key `name` was given.
  public func has(_ name: String) -> Bool { keyWords[name] != nil }

  /// The value word of key `name`, as typed.
  public func word(_ name: String) -> String? { keyWords[name]?.text }
}

extension CommandSpec {
  /// Whether `text` is `canonicalText(arguments)`, compared a piece at a time rather than
  /// written out whole (playback asks it of every entry).
  func isCanonicalText(_ text: String, of arguments: Arguments) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var at = 0
      func follows(_ piece: String) -> Bool {
        var piece = piece
        return piece.withUTF8 { expected in
          guard bytes.count - at >= expected.count,
            UnsafeBufferPointer(rebasing: bytes[at..<(at + expected.count)]).elementsEqual(expected)
          else { return false }
          at += expected.count
          return true
        }
      }
      let declarations = self.declarations
      guard follows(name) else { return false }
      for slot in declarations.slots {
        if let value = arguments[slot.name], !(follows(" ") && follows(value.canonical)) { return false }
      }
      for key in declarations.keys {
        if let value = arguments[key.name],
          !(follows(" ") && follows(key.name) && follows("=") && follows(value.canonical))
        {
          return false
        }
      }
      for flag in declarations.flags where arguments.flags.contains(flag.name) {
        guard follows(" ") && follows(flag.name) else { return false }
      }
      return at == bytes.count
    }
  }

  /// The command with every argument explicit and in declared order: what the journal records.
  func canonicalText(_ arguments: Arguments) -> String {
    let declarations = self.declarations
    var text = name
    text.reserveCapacity(128)
    for slot in declarations.slots {
      if let value = arguments[slot.name] {
        text += " "
        text += value.canonical
      }
    }
    for key in declarations.keys {
      if let value = arguments[key.name] {
        text += " "
        text += key.name
        text += "="
        text += value.canonical
      }
    }
    for flag in declarations.flags where arguments.flags.contains(flag.name) {
      text += " "
      text += flag.name
    }
    return text
  }
}

/// Interprets one word as a value of a kind.
enum Resolver {
  static func value(of word: Word, as kind: ValueKind, clearable: Bool, in context: ResolveContext)
    throws -> Value
  {
    let text = word.text
    if text.isEmpty {
      guard clearable else {
        throw LanguageError("\(word.key.map { "\($0)=" } ?? "this") needs a value", at: word.range)
      }
      return .cleared
    }
    switch kind {
    case .text:
      return .text(text)
    case .date:
      return .day(try day(text, at: word.range, in: context))
    case .count:
      guard text.allSatisfy(\.isNumber), let number = Int(text), number >= 0 else {
        throw LanguageError("'\(text)' is not a whole number (0 or more)", at: word.range)
      }
      return .number(number)
    case .duration:
      guard let duration = SentenceLength(parsing: text) else {
        throw LanguageError(
          "'\(text)' is not a sentence length; allowed: \(SentenceLength.allowedRange) (e.g. 3y6m)",
          at: word.range)
      }
      return .duration(duration)
    case .choice(let words):
      guard
        let match = words.first(where: { $0 == text })
          ?? words.first(where: { $0.lowercased() == text.lowercased() })
      else {
        if word.key == "format", text.lowercased() == "html" {
          throw LanguageError(
            "format=html is for 'report' only (one printable page); here: \(words.joined(separator: ", "))",
            at: word.range)
        }
        let what = word.key.map { "\($0)=" } ?? "here"
        throw LanguageError(
          "'\(text)' is not allowed for \(what); allowed: \(words.joined(separator: ", "))",
          at: word.range)
      }
      return .word(match)
    case .person:
      let persons = context.state.persons
      return .person(
        try reference(
          word, exists: { persons[$0] != nil },
          among: { context.state.personsInOrder.map { ($0.id, $0.name) } }, noun: "person",
          plural: "persons"))
    case .supervisor:
      let supervisors = context.state.supervisors
      return .supervisor(
        try reference(
          word, exists: { supervisors[$0] != nil },
          among: { context.state.supervisorsInOrder.map { ($0.id, $0.name) } },
          noun: "supervisor", plural: "supervisors"))
    case .team:
      let teams = context.state.teams
      return .team(
        try reference(
          word, exists: { id in teams.contains { $0.id == id } },
          among: { teams.map { ($0.id, $0.name) } }, noun: "team", plural: "teams"))
    case .money:
      guard let amount = Money(parsing: text) else {
        throw LanguageError(
          "'\(text)' is not an amount of money; allowed: \(Money.allowedForms)", at: word.range)
      }
      return .money(amount)
    case .newID:
      if let id = PersonID(parsing: text) { return .person(id) }
      if let id = SupervisorID(parsing: text) { return .supervisor(id) }
      if let id = VisitID(parsing: text) { return .visit(id) }
      if let id = SupportID(parsing: text) { return .support(id) }
      if let id = TeamID(parsing: text) { return .team(id) }
      throw LanguageError("'\(text)' is not a record id like P1, S1, V1, H1 or T1", at: word.range)
    }
  }

  static func day(_ text: String, at range: Range<Int>, in context: ResolveContext) throws -> Day {
    if let day = Day(parsing: text) { return day }
    switch text.lowercased() {
    case "today": return try context.requireToday(for: "today")
    case "yesterday": return try context.requireToday(for: "yesterday").adding(days: -1)
    default:
      guard let day = Day(parsing: text) else {
        throw LanguageError(
          "'\(text)' is not a date; use YYYY-MM-DD, DD/MM/YYYY, today or yesterday", at: range)
      }
      return day
    }
  }

  /// An id (`P3`, looked up directly) or a name or part of one, matched by `NameMatch`'s
  /// best tier; several records in that tier is an error listing them.
  static func reference<Kind>(
    _ word: Word, exists: (Identifier<Kind>) -> Bool, among records: () -> [(Identifier<Kind>, String)],
    noun: String, plural: String
  ) throws -> Identifier<Kind> {
    if !word.quoted, let id = Identifier<Kind>(parsing: word.text) {
      guard exists(id) else { throw LanguageError("no \(noun) \(id)", at: word.range) }
      return id
    }
    let matches = NameMatch(word.text).best(among: records())
    if matches.count == 1 { return matches[0].0 }
    guard !matches.isEmpty else {
      throw LanguageError("no \(noun) matches '\(word.text)'", at: word.range)
    }
    let listed = matches.prefix(10).map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    let more = matches.count > 10 ? " and \(matches.count - 10) more" : ""
    throw LanguageError(
      "'\(word.text)' matches several \(plural): \(listed)\(more); give an id or more of the name",
      at: word.range)
  }
}
