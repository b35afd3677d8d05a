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
}
