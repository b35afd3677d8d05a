import CaseloadCore

/// A command matched against its declaration, its words not yet interpreted.
public struct Invocation: Sendable {
  public let spec: CommandSpec
  public let slotWords: [String: Word]
  public let keyWords: [String: Word]
  public let flags: Set<String>
  public let restWords: [Word]
  /// The text of a command slot (`as-of DATE COMMAND`) and where it starts in the line.
  public let nestedCommand: (text: String, offset: Int)?
}

/// What a command text turned out to be.
public enum Parsed: Sendable {
  /// Blank or only a comment.
  case empty
  /// Needs more lines (unclosed quote, trailing backslash).
  case incomplete
  case invocation(Invocation)
}

/// Every command caseload knows, each declared once; parsing, help and completion read it.
public struct Registry: Sendable {
  public let commands: [CommandSpec]
  /// Each command word that starts a path, with the paths it starts (canonical names first,
  /// then aliases): the candidates once the first word is typed in full.
  private let pathsByFirstWord: [String: [(CommandSpec, [String])]]

  public init(commands: [CommandSpec]) {
    self.commands = commands
    pathsByFirstWord = Dictionary(grouping: Registry.paths(of: commands), by: { $0.1[0] })
  }

  /// Every command's paths, canonical names first, then aliases, so that messages list the
  /// main words first.
  private static func paths(of commands: [CommandSpec]) -> [(CommandSpec, [String])] {
    commands.map { ($0, $0.paths[0]) }
      + commands.flatMap { spec in spec.paths.dropFirst().map { (spec, $0) } }
  }

  public static let standard = Registry(
    commands: personCommands + transferCommands + supervisorCommands + caseCommands + caseworkCommands
      + reportCommands + wardCommands + chartCommands
      + auditCommands
      + sessionCommands)

  /// Reads a command text: lexes it, matches its command words and sorts its arguments.
  /// `journaled` text was read back from the journal (see `Lexer.lex`).
  public func parse(_ text: String, journaled: Bool = false) throws -> Parsed {
    guard case .words(let words, _) = try Lexer.lex(text, journaled: journaled) else { return .incomplete }
    guard !words.isEmpty else { return .empty }
    let (spec, consumed) = try match(words)
    return .invocation(
      try sort(Array(words[consumed...]), for: spec, after: words[consumed - 1], in: text))
  }

  /// The command named by the leading words: exact words first, else unique prefixes.
  public func match(_ words: [Word]) throws -> (CommandSpec, Int) {
    var candidates: [(CommandSpec, [String])]
    var position = 0
    // A first word typed in full (always so in canonical text) narrows the paths at once.
    if let first = words.first, first.key == nil, !first.quoted,
      let starting = pathsByFirstWord[first.text.lowercased()]
    {
      if let done = starting.first(where: { $0.1.count == 1 }) { return (done.0, 1) }
      candidates = starting
      position = 1
    } else {
      candidates = Registry.paths(of: commands)
    }
    while true {
      let choices = uniqueWords(candidates.map { $0.1[position] })
      guard position < words.count, words[position].key == nil, !words[position].quoted else {
        let before = words[..<min(position, words.count)].map(\.text).joined(separator: " ")
        let range = position < words.count ? words[position].range : nil
        throw LanguageError(
          position == 0
            ? "expected a command; commands: \(choices.joined(separator: ", "))"
            : "'\(before)' needs one of: \(choices.joined(separator: ", "))", at: range)
      }
      let word = words[position]
      let typed = word.text.lowercased()
      let chosen: String
      if choices.contains(typed) {
        chosen = typed
      } else {
        var prefixed = choices.filter { $0.hasPrefix(typed) }
        if prefixed.count > 1 {
          // `sup li`: only `supervisor` goes on with a word that `li` starts, so it is meant
          // rather than `support` or `supports`.
          let goingOn = prefixed.filter { choice in
            candidates.contains { $0.1[position] == choice && continues($0.1, after: position, with: words) }
          }
          if goingOn.count == 1 { prefixed = goingOn }
        }
        guard prefixed.count == 1 else {
          let unknown: Message =
            position == 0
            ? "unknown command '\(word.text)'"
            : "unknown word after '\(words[position - 1].text)' '\(word.text)'"
          throw LanguageError(
            prefixed.isEmpty
              ? closest(to: typed, among: choices).map { unknown + "; did you mean '\($0)'?" }
                ?? unknown + "; allowed: \(choices.joined(separator: ", "))"
              : "'\(word.text)' is ambiguous: \(prefixed.joined(separator: ", "))", at: word.range)
        }
        chosen = prefixed[0]
      }
      candidates = candidates.filter { $0.1[position] == chosen }
      position += 1
      if let done = candidates.first(where: { $0.1.count == position }) {
        // `ward trust` is a command and so is `ward trust add`: a next word that goes on with
        // a longer command, typed in full, names that one.
        let longer = candidates.filter { $0.1.count > position }
        guard position < words.count, words[position].key == nil, !words[position].quoted,
          longer.contains(where: { $0.1[position] == words[position].text.lowercased() })
        else { return (done.0, position) }
        candidates = longer
      }
    }
  }

  /// The command a name or prefix names (`help sup li`), for help; an error's place is that
  /// of the word at fault.
  public func spec(named words: [Word]) throws -> CommandSpec {
    try match(words).0
  }

  /// The command these words name, as typed anywhere but a command line (tests, code).
  public func spec(named words: [String]) throws -> CommandSpec {
    try spec(named: words.map { Word(text: $0, range: 0..<0) })
  }

  /// Whether `path` has more words after `position`, each started by the typed word there.
  private func continues(_ path: [String], after position: Int, with words: [Word]) -> Bool {
    guard path.count > position + 1, words.count >= path.count else { return false }
    return (position + 1..<path.count).allSatisfy { index in
      words[index].key == nil && !words[index].quoted
        && path[index].hasPrefix(words[index].text.lowercased())
    }
  }

  private func uniqueWords(_ words: [String]) -> [String] {
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
  }

  /// Assigns each argument word to a slot, a key or a flag, checking what is required.
  private func sort(_ words: [Word], for spec: CommandSpec, after last: Word, in text: String)
    throws -> Invocation
  {
    var slotWords: [String: Word] = [:]
    var keyWords: [String: Word] = [:]
    var flags: Set<String> = []
    var rest: [Word] = []
    var nested: (text: String, offset: Int)?
    var slots = spec.slots[...]
    for word in words {
      if let slot = slots.first, slot.command {
        let start = word.range.lowerBound
        nested = (String(Array(text)[start..<words.last!.range.upperBound]), start)
        slotWords[slot.name] = word
        break
      }
      if let typed = word.key {
        guard let key = spec.key(named: typed) else {
          throw LanguageError(unknownKeyMessage(typed, spec), at: word.range)
        }
        guard keyWords[key.name] == nil else {
          throw LanguageError("key '\(key.name)' is given twice", at: word.range)
        }
        keyWords[key.name] = word
      } else if !word.quoted, spec.flags.contains(where: { $0.name == word.text.lowercased() }) {
        flags.insert(word.text.lowercased())
      } else if let slot = slots.first {
        if slot.rest {
          rest.append(word)
        } else {
          slotWords[slot.name] = word
          slots = slots.dropFirst()
        }
      } else {
        throw LanguageError(
          "unexpected word '\(word.text)'; usage: \(spec.usage)", at: word.range)
      }
    }
    let end = (words.last ?? last).range.upperBound
    for slot in spec.slots where !slot.optional && !slot.rest && slotWords[slot.name] == nil {
      throw LanguageError("'\(spec.name)' needs \(slot.name); usage: \(spec.usage)", at: end..<end)
    }
    for key in spec.keys where key.required && keyWords[key.name] == nil {
      throw LanguageError(
        "'\(spec.name)' needs \(key.name)=\(key.kind.placeholder); usage: \(spec.usage)", at: end..<end)
    }
    return Invocation(
      spec: spec, slotWords: slotWords, keyWords: keyWords, flags: flags, restWords: rest,
      nestedCommand: nested)
  }

  private func unknownKeyMessage(_ key: String, _ spec: CommandSpec) -> Message {
    let names = spec.keys.filter { !$0.isInternal }.map(\.name)
    let base: Message = "unknown key '\(key)' for '\(spec.name)'"
    guard !names.isEmpty else { return base + "; it takes no keys" }
    if let best = closest(to: key, among: names) { return base + "; did you mean '\(best)'?" }
    return base + "; allowed: \(names.joined(separator: ", "))"
  }
}

/// The name `typed` was most likely meant to be, for "did you mean": one it starts, or one
/// at most two edits away (and fewer edits than it has letters); nil when none is close.
func closest(to typed: String, among names: [String]) -> String? {
  let typed = typed.lowercased()
  func distance(_ name: String) -> Int { editDistance(name.lowercased(), typed) }
  let close = names.filter { name in
    name.lowercased().hasPrefix(typed) || (distance(name) <= 2 && distance(name) < typed.count)
  }
  return close.min { distance($0) < distance($1) }
}

/// Edit distance counting a swap of two neighbouring letters as one edit (`shwo` → `show`),
/// for "did you mean" (optimal string alignment).
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
  var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
  for i in 0...a.count { table[i][0] = i }
  for j in 0...b.count { table[0][j] = j }
  for i in 1...a.count {
    for j in 1...b.count {
      let substitution = table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, substitution)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
      }
    }
  }
  return table[a.count][b.count]
}
