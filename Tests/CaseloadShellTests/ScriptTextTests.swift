import Foundation
import Testing

@testable import CaseloadShell

/// Lines end with LF or CRLF, split on bytes and scalars (never on `Character`s, where
/// `"\r\n"` is one); other carriage returns stay for the lexer to refuse.
@Suite struct ScriptTextTests {
  @Test(arguments: [
    ("a\nb\n", ["a", "b"]),
    ("a\r\nb\r\n", ["a", "b"]),
    ("# comment\r\nperson list\r\n", ["# comment", "person list"]),
    ("a\r\nb", ["a", "b"]),
    ("a\n\r\n\nb", ["a", "", "", "b"]),
    ("", []),
    ("\r\n", [""]),
    ("Từ Notepad\r\n", ["Từ Notepad"]),
  ])
  func splitsAtLFAndCRLF(text: String, expected: [String]) throws {
    let fromBytes = try ScriptText.lines(of: Data(text.utf8)).get()
    #expect(fromBytes == ScriptText.lines(of: text))
    #expect(fromBytes == expected)
  }

  @Test func aCarriageReturnNotEndingALineStays() throws {
    #expect(try ScriptText.lines(of: Data("a\rb\r\r\nc\r".utf8)).get() == ["a\rb\r", "c\r"])
    #expect(ScriptText.lines(of: "a\rb\r\r\nc\r") == ["a\rb\r", "c\r"])
  }

  /// Notepad's "UTF-8 with BOM": the mark that starts the file is not part of line 1; one
  /// anywhere else stays, for the lexer to refuse as a format character.
  @Test func aByteOrderMarkAtTheStartIsSkipped() throws {
    #expect(
      try ScriptText.lines(of: Data("\u{FEFF}visit P1\r\nperson list\r\n".utf8)).get() == [
        "visit P1", "person list",
      ])
    #expect(try ScriptText.lines(of: Data("\u{FEFF}".utf8)).get() == [])
    #expect(try ScriptText.lines(of: Data("a\n\u{FEFF}b\n".utf8)).get() == ["a", "\u{FEFF}b"])
    #expect(try ScriptText.lines(of: Data("\u{FEFF}\u{FEFF}a".utf8)).get() == ["\u{FEFF}a"])
  }

  @Test(arguments: [
    ([0x61, 0x0A, 0xFF, 0x0A] as [UInt8], 2, 0xFF as UInt8),
    ([0xC3, 0x28], 1, 0xC3),
    ([0x61, 0x0D, 0x0A, 0x62, 0xED, 0xA0, 0x80], 2, 0xED),
    ([0x74, 0xE1, 0xBB], 1, 0xE1),
  ])
  func bytesThatAreNotUTF8NameTheirLine(bytes: [UInt8], line: Int, byte: UInt8) {
    #expect(ScriptText.lines(of: Data(bytes)) == .failure(.notUTF8(line: line, byte: byte)))
  }

  @Test func aMissingFileSaysSo() {
    let path = NSTemporaryDirectory() + "no-such-\(UUID().uuidString).caseload"
    #expect(ScriptText.lines(ofFile: path) == .failure(.missing))
    #expect(ScriptTextError.missing.description == "no such file")
    #expect(ScriptText.lines(ofFile: NSTemporaryDirectory()) == .failure(.directory))
  }
}
