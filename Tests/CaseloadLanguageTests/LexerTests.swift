import Testing

@testable import CaseloadLanguage

@Suite struct LexerTests {
  private func words(_ text: String) throws -> [Word] {
    guard case .words(let words, _) = try Lexer.lex(text) else {
      Issue.record("incomplete: \(text)")
      return []
    }
    return words
  }

  @Test func splitsQuotesKeysAndComments() throws {
    let result = try words(#"person add "Nguyễn Văn An" note="Đã có \"việc\"" x='a\b' # comment"#)
    #expect(result.map(\.text) == ["person", "add", "Nguyễn Văn An", #"Đã có "việc""#, #"a\b"#])
    #expect(result.map(\.key) == [nil, nil, nil, "note", "x"])
    #expect(result[2].quoted && !result[0].quoted)
    #expect(result[2].range == 11..<26)
  }

  @Test func keysAreCaseInsensitiveAndValuesKeepCase() throws {
    let result = try words("BORN=Today Note=Hà")
    #expect(result.map(\.key) == ["born", "note"])
    #expect(result.map(\.text) == ["Today", "Hà"])
  }

  @Test(arguments: [#"note="unclosed"#, "note='open", "person add \\", #"a "b\"#])
  func unfinishedTextAsksForMore(text: String) throws {
    #expect(try Lexer.lex(text) == .incomplete)
  }

  @Test func continuationJoinsLines() throws {
    #expect(try words("person list \\\n status=all").map(\.text) == ["person", "list", "all"])
    #expect(try words("note=\"hai\ndòng\"").map(\.text) == ["hai\ndòng"])
  }

  @Test func unknownEscapeIsAnErrorAtItsPlace() {
    let error = #expect(throws: LanguageError.self) { try Lexer.lex(#"note="a\tb""#) }
    #expect(error?.range == 7..<9)
  }

  @Test(arguments: [
    "note=\"a\u{0}b\"", "note='a\u{1}b'", "note=a\u{7F}", "x\u{1B}[A", "note=\"a\rb\"", "person\rlist",
    "person list\r", "note=\"a\r\nb\"", "person list\r\n",
  ])
  func controlCharactersThatNoPlistReaderTakesAreRefused(text: String) {
    #expect {
      _ = try Lexer.lex(text)
    } throws: { error in
      (error as? LanguageError)?.message.hasPrefix("control character U+") == true
    }
  }

  /// Invisible format characters (SPEC §12): two names that print alike would differ, and a
  /// folded search would find neither. Refused wherever they stand, naming the character.
  @Test(arguments: [
    ("person add \"Nguyễn\u{AD}Văn An\"", "U+00AD (soft hyphen)", 18),
    ("person add \"Nguyễn\u{200B} Văn An\"", "U+200B (zero-width space)", 18),
    ("person add \"An\u{200D}\"", "U+200D (zero-width joiner)", 13),
    ("note=\"\u{202E}nA\"", "U+202E (right-to-left override)", 6),
    ("\u{FEFF}visit P1", "U+FEFF (byte-order mark)", 0),
    ("note=a\u{2066}b\u{2069}", "U+2066 (left-to-right isolate)", 6),
    ("person list # \u{2060}", "U+2060 (word joiner)", 14),
  ])
  func formatCharactersAreRefusedByName(text: String, named: String, at offset: Int) {
    let error = #expect(throws: LanguageError.self) { try Lexer.lex(text) }
    #expect(
      error?.message
        == "\(named) is not allowed: an invisible format character makes texts that look the same differ; type the text without it"
    )
    #expect(error?.range?.lowerBound == offset)
    // The byte lexer declines it, so that the character lexer refuses it.
    #expect(Lexer.lexBytes(text) == nil)
  }

  @Test func controlCharacterMessageStaysAsItWas() {
    let error = #expect(throws: LanguageError.self) { try Lexer.lex("x\u{1B}[A") }
    #expect(
      error?.message
        == "control character U+001B (escape) is not allowed; text may hold tabs, and \\n in double quotes")
  }

  @Test func hashInsideQuotesIsText() throws {
    #expect(try words(#"note="số #3" # real comment"#).map(\.text) == ["số #3"])
  }

  @Test(arguments: [
    "plain", "Nguyễn Văn An", "a\"b", "back\\slash", "line\nbreak", "", "x=y", "#tag", "it's",
    "tab\there",
  ])
  func quoteRoundTrips(text: String) throws {
    for always in [false, true] {
      #expect(try words(Lexer.quote(text, always: always)).map(\.text) == [text])
    }
  }

  /// Lines as caseload writes and officers type them: the byte lexer reads each one, exactly
  /// as the character lexer does.
  @Test(arguments: [
    #"visit P12 S3 on=2024-05-01 kind=home note="Lần thăm 1""#,
    #"person add "Nguyễn Thị Ánh" born=1990-02-28 released=2024-01-01 received=2024-01-02"#,
    #"supervisor add "Cán bộ Thử 7" kind=team capacity=20 # a comment: đủ"#,
    #"note="Đã có \"việc\"\nrồi" x='a\b' Key=Value"#, "   ", "", "# only a comment", "a=b=c =d",
    "ĐẶNG=1", "q='unclosed", "\tlist\nshow P1",
  ])
  func byteLexerReadsWhatTheCharacterLexerReads(text: String) throws {
    let fast = Lexer.lexBytes(text)
    let slow = try? Lexer.lexCharacters(text)
    if let fast { #expect(fast == slow) }
    if !text.contains("ĐẶNG="), !text.contains("'unclosed") { #expect(fast != nil, "declined: \(text)") }
  }

  /// Random text from pieces that lexing treats specially (quotes, escapes, keys, comments,
  /// combining marks, controls, other scripts): wherever the byte lexer answers, it agrees,
  /// and quoting by bytes writes what quoting by characters writes.
  @Test func byteLexerAgreesOnRandomText() throws {
    let pieces = [
      " ", "\t", "\n", "\"", "'", "\\", "\\n", "\\\"", "=", "#", "a", "Z9", "-", "key=", "Ồ", "ư", "\u{301}",
      "\u{1}", "\r", "\u{85}", "中", "👍🏽", "\u{A0}", "é", "x", "1", "ĐẶ", "\u{2FF}", "\u{300}", "\u{1100}",
      "\u{1161}", "ḁ", "\u{200D}", "\u{AD}", "\u{200B}", "\u{202E}", "\u{FEFF}",
    ]
    // A seeded linear congruential generator, so that a failure repeats.
    var state: UInt64 = 11
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    var answered = 0
    for _ in 0..<20_000 {
      let length = Int(next() % 12)
      let text = (0..<length).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
      for always in [false, true] {
        #expect(Lexer.quote(text, always: always) == Lexer.quoteCharacters(text, always: always))
      }
      guard let fast = Lexer.lexBytes(text) else { continue }
      answered += 1
      #expect(fast == (try? Lexer.lexCharacters(text)), "\(text.debugDescription)")
    }
    #expect(answered > 2_000)
  }
}
