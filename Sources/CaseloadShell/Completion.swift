import CaseloadCore
import CaseloadLanguage

/// Tab completion, as pure logic: what the word before the cursor may become.
struct Completer {
  let registry: Registry
  let state: State

  /// The word being completed (as typed) and the texts that may replace it.
  struct Result: Equatable {
    var stem: String
    var candidates: [String]

    /// The longest text every candidate starts with.
    var commonPrefix: String {
      guard var prefix = candidates.first else { return stem }
      for candidate in candidates.dropFirst() {
        while !candidate.hasPrefix(prefix) { prefix.removeLast() }
      }
      return prefix
    }
  }

  /// Completes the last word of `line` (the text before the cursor).
  func complete(_ line: String) -> Result {
    let stem = currentWord(line)
    let before = String(line.dropLast(stem.count))
    let lexed: Lexed
    do { lexed = try Lexer.lex(before) } catch { return Result(stem: stem, candidates: []) }
    guard case .words(let words, nil) = lexed else { return Result(stem: stem, candidates: []) }
    let spec: CommandSpec
    let consumed: Int
    do { (spec, consumed) = try registry.match(words) } catch {
      return Result(stem: stem, candidates: commandWords(after: words, stem: stem))
    }
    let arguments = Array(words[consumed...])
    let plain = arguments.filter { $0.key == nil }
    if let index = spec.slots.firstIndex(where: \.command), plain.count >= index {
      // `as-of DATE COMMAND`: the rest of the line is a command of its own.
      let start = plain.count > index ? plain[index].range.lowerBound : before.count
      return complete(String(Array(line)[start...]))
    }
    return Result(stem: stem, candidates: argumentCandidates(spec, arguments, stem))
  }

  /// The unfinished word at the end of `line`: from the last space outside quotes.
  private func currentWord(_ line: String) -> String {
    var start = line.startIndex
    var quote: Character?
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == " " || character == "\t" {
        start = line.index(after: index)
      }
      index = line.index(after: index)
    }
    return String(line[start...])
  }

  private func commandWords(after words: [Word], stem: String) -> [String] {
    let typed = words.map { $0.text.lowercased() }
    var seen = Set<String>()
    var result: [String] = []
    for spec in registry.commands {
      for path in spec.paths where path.count > typed.count {
        let matchesSoFar = zip(path, typed).allSatisfy { $0.hasPrefix($1) }
        let next = path[typed.count]
        if matchesSoFar, next.hasPrefix(stem.lowercased()), seen.insert(next).inserted {
          result.append(next + " ")
        }
      }
    }
    return result.sorted()
  }

  private func argumentCandidates(_ spec: CommandSpec, _ arguments: [Word], _ stem: String) -> [String] {
    if let equals = stem.firstIndex(of: "="), !stem.hasPrefix("\""), !stem.hasPrefix("'") {
      let keyName = String(stem[..<equals])
      let valueStem = String(stem[stem.index(after: equals)...])
      guard let key = spec.key(named: keyName) else { return [] }
      return values(of: key.kind, stem: valueStem).map { "\(key.name)=\($0)" }
    }
    let usedKeys = Set(arguments.compactMap(\.key))
    let plainCount = arguments.filter { $0.key == nil }.count
    let slot =
      spec.slots.indices.contains(plainCount)
      ? spec.slots[plainCount] : spec.slots.last.flatMap { $0.rest ? $0 : nil }
    var result: [String] = []
    if let slot { result += values(of: slot.kind, stem: stem).map { $0 + " " } }
    if stem.hasPrefix("\"") { return result }
    let lower = stem.lowercased()
    for key in spec.keys where !key.isInternal && !usedKeys.contains(key.name.lowercased()) {
      if key.name.lowercased().hasPrefix(lower) { result.append(key.name + "=") }
    }
    for flag in spec.flags where flag.name.hasPrefix(lower) { result.append(flag.name + " ") }
    return result
  }

  /// Values of a kind that start like `stem`; names are offered quoted.
  private func values(of kind: ValueKind, stem: String) -> [String] {
    switch kind {
    case .choice(let words):
      return words.filter { $0.lowercased().hasPrefix(stem.lowercased()) }
    case .date:
      return ["today", "yesterday"].filter { $0.hasPrefix(stem.lowercased()) }
    case .person:
      return references(state.personsInOrder.map { ($0.id.description, $0.name) }, stem: stem)
    case .supervisor:
      return references(state.supervisorsInOrder.map { ($0.id.description, $0.name) }, stem: stem)
    case .team:
      return references(state.teams.map { ($0.id.description, $0.name) }, stem: stem)
    case .text, .count, .duration, .money, .newID:
      return []
    }
  }

  /// Ids that start with `stem`, or, for a stem opening a quote, quoted names that the typed
  /// words match as the resolver matches them (each the start of a word of the name, without
  /// case or diacritics: `"thu` → `"Nguyễn Thu Quyên"`), those that match with their
  /// diacritics first; every name for a bare quote.
  private func references(_ records: [(id: String, name: String)], stem: String) -> [String] {
    if stem.hasPrefix("\"") || stem.hasPrefix("'") {
      let typed = String(stem.dropFirst())
      let match = NameMatch(typed)
      let names = records.map(\.name).filter {
        typed.allSatisfy(\.isWhitespace) || match.matches($0)
      }
      // Names whose words start as typed, diacritics and all, come before those that match
      // only without them: `"Ngô` offers Ngô Thị Lan, not Đỗ Ngọc Hạnh.
      let typedWords = typed.lowercased().split(separator: " ")
      let exact = names.filter { name in
        let words = name.lowercased().split(separator: " ")
        return typedWords.allSatisfy { typedWord in words.contains { $0.hasPrefix(typedWord) } }
      }
      let offered = exact.isEmpty ? names : exact
      // A name holding a control or format character (from a store written before they were
      // refused) is offered as `\u{1B}`: the list is printed to the terminal, and the choice
      // inserted into the line libedit shows.
      return Array(Set(offered)).sorted(by: Collation.precedes).map { "\"\(TextCharacters.escaped($0))\"" }
    }
    guard !stem.isEmpty else { return [] }
    return records.map(\.id).filter { $0.lowercased().hasPrefix(stem.lowercased()) }
  }
}
