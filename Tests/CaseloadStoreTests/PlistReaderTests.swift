import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// SPEC §12 "Hostile files": what the one plist reader refuses, with the line, and that it
/// reads nothing differently from Python's plistlib.
@Suite struct PlistReaderTests {
  /// The reason `text` is refused with, or nil when it is read.
  func refusal(_ text: String) -> String? { refusal(Data(text.utf8)) }

  func refusal(_ data: Data) -> String? {
    data.withUnsafeBytes { bytes in
      var parser = PlistParser(bytes)
      do throws(PlistParser.Refusal) {
        _ = try parser.document()
        return nil
      } catch {
        return error.reason(in: bytes).english
      }
    }
  }

  func plist(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    \(body)
    </plist>
    """
  }

  /// 100,000 nested arrays crashed the recursive reader (SIGSEGV); now the 65th level is
  /// refused, on the line it opens.
  @Test func nestingDeeperThan64LevelsIsRefusedWithItsLine() {
    let deep = String(repeating: "<array>", count: 100_000) + String(repeating: "</array>", count: 100_000)
    #expect(
      refusal(plist("<dict>\n<key>a</key>\n" + deep + "\n</dict>")) == "line 6: nesting deeper than 64 levels"
    )
    let allowed = String(repeating: "<array>", count: 64) + String(repeating: "</array>", count: 64)
    #expect(refusal(plist(allowed)) == nil)
    let empty =
      String(repeating: "<array>", count: 64) + "<array/>" + String(repeating: "</array>", count: 64)
    #expect(refusal(plist(empty)) == "line 4: nesting deeper than 64 levels")
  }

  @Test(arguments: [
    // Finding 5: plistlib and Foundation keep the last value, the old reader kept the first.
    (
      "<dict><key>a</key><string>1</string>\n<key>a</key><string>2</string></dict>",
      "line 5: the key 'a' appears twice in one dictionary"
    ),
    ("<string>\u{1B}]0;PWNED\u{7}</string>", "line 4: control character U+001B in a property list"),
    ("<string>&#x1b;]0;PWNED&#x7;</string>", "line 4: control character U+001B in a property list"),
    ("<string>&#155;</string>", "line 4: control character U+009B in a property list"),
    ("<string>\u{9B}</string>", "line 4: control character U+009B in a property list"),
    ("<string>&#0;</string>", "line 4: control character U+0000 in a property list"),
    ("<string>a\r\nb</string>", "line 4: control character U+000D in a property list"),
    ("<string>&#13;</string>", "line 4: control character U+000D in a property list"),
    ("<string>Nguy\u{AD}n</string>", "line 4: invisible format character U+00AD in a property list"),
    ("<string>&#x202E;</string>", "line 4: invisible format character U+202E in a property list"),
    ("<string>&#xFEFF;</string>", "line 4: byte-order mark (U+FEFF) in a property list"),
    ("<string>\u{FFFF}</string>", "line 4: U+FFFF is not an XML character"),
    ("<string>&#xD800;</string>", "line 4: unknown entity '&#xD800;'"),
    ("<string>&#x+41;</string>", "line 4: unknown entity '&#x+41;'"),
    ("<string>&bogus;</string>", "line 4: unknown entity '&bogus;'"),
    ("<string>a & b</string>", "line 4: an '&' that begins no entity (write &amp;)"),
    ("<string><![CDATA[x]]></string>", "line 4: a text holds markup"),
    ("<array><![CDATA[x]]></array>", "line 4: CDATA sections are not read"),
    ("<string>a]]>b</string>", "line 4: ']]>' in a text"),
    ("<array><!-- a -- b --></array>", "line 4: '--' inside a comment"),
    ("<array><?php x?></array>", "line 4: processing instructions are not read"),
    ("<array><!DOCTYPE x></array>", "line 4: a declaration is allowed only before <plist>"),
    ("<string a=\">\">x</string>", "line 4: malformed tag (attributes are not read)"),
    ("<string1>x</string1>", "line 4: malformed tag (attributes are not read)"),
    (
      "<real>1.5</real>",
      "line 4: <real> is not read; caseload reads string, integer, true, false, array, dict"
    ),
    (
      "<date>2026-11-27T00:00:00Z</date>",
      "line 4: <date> is not read; caseload reads string, integer, true, false, array, dict"
    ),
    ("<true></true>", "line 4: <true> must be written <true/>"),
    ("<dict><key>a</key></dict>", "line 4: the key 'a' has no value"),
    ("<dict><string>a</string></dict>", "line 4: a <key> was expected in a dictionary"),
    ("<string>x</string><string>y</string>", "line 4: </plist> was expected"),
    (
      "<string>\(String(repeating: "x", count: 65_537))</string>",
      "line 4: a text longer than 64 KiB (65536 bytes)"
    ),
    (
      "<string>\(String(repeating: "&amp;", count: 65_537))</string>",
      "line 4: a text longer than 64 KiB (65536 bytes)"
    ),
  ])
  func eachHostileValueIsRefusedWithItsLine(body: String, reason: String) {
    #expect(refusal(plist(body)) == reason)
  }

  @Test func theDocumentAroundTheValueIsCheckedToo() {
    // A byte-order mark is a format character (finding 4: with one, Foundation took the file).
    #expect(refusal("\u{FEFF}" + plist("<true/>")) == "line 1: byte-order mark (U+FEFF) in a property list")
    #expect(refusal(Data([0xEF, 0xBB])) == "line 1: invalid UTF-8")
    var invalid = Data(plist("<string>Nguy</string>").utf8)
    invalid.insert(0xC0, at: invalid.range(of: Data("Nguy".utf8))!.upperBound)
    #expect(refusal(invalid) == "line 4: invalid UTF-8")
    for bad in [[0xED, 0xA0, 0x80], [0xE0, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE1, 0x80]]
      as [[UInt8]]
    {
      var data = Data(plist("<string>x</string>").utf8)
      data.replaceSubrange(data.range(of: Data("<string>x".utf8))!, with: Data("<string>".utf8) + bad)
      #expect(refusal(data) == "line 4: invalid UTF-8", "\(bad)")
    }
    #expect(
      refusal("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><plist><true/></plist>")
        == "line 1: encoding 'ISO-8859-1': caseload reads UTF-8 only")
    #expect(
      refusal(" <?xml version=\"1.0\"?><plist><true/></plist>")
        == "line 1: processing instructions are not read")
    #expect(
      refusal("<!DOCTYPE plist [<!ENTITY a \"b\">]><plist><string>&a;</string></plist>")
        == "line 1: a DOCTYPE with declarations of its own (entities) is not read")
    #expect(
      refusal(
        "<!DOCTYPE plist SYSTEM \"file:///etc/passwd\" [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><plist/>")
        == "line 1: a DOCTYPE with declarations of its own (entities) is not read")
    #expect(refusal("<plist><true/></plist>\n<!-- after -->\n") == nil)
    #expect(refusal("<plist><true/></plist><true/>") == "line 1: something follows </plist>")
    #expect(refusal("not a plist") == "line 1: not an XML property list")
    #expect(
      refusal("<plist foo=\"1\"><true/></plist>") == "line 1: <plist> has an attribute other than version")
  }

  /// The byte-level check of the document and the shared table agree on every character of
  /// the planes and blocks where the table has entries, and on a sample of the rest.
  @Test func theByteLevelCheckAgreesWithTheSharedTable() {
    let ranges: [ClosedRange<UInt32>] = [
      0...0x3000, 0xD7F0...0xD7FF, 0xE000...0xE0FF, 0xFE00...0xFFFF, 0x1F300...0x1F3FF,
    ]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value), value != 0x3C, value != 0x26 else {
          continue
        }
        let refused = refusal("<plist><string>" + String(Character(scalar)) + "</string></plist>") != nil
        // Carriage return is allowed between tags only: XML readers turn it into a line feed.
        let expected =
          TextCharacters.isForbidden(scalar, lineBreaks: true) || value == 0xFFFE || value == 0xFFFF
        #expect(refused == expected, "U+\(String(value, radix: 16))")
      }
    }
  }

  /// The eight-bytes-at-a-time check says of each byte what the byte-by-byte one does.
  @Test func theWordCheckAgreesWithTheByteCheck() {
    for position in 0..<8 {
      for byte in 0...255 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[position] = UInt8(byte)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let plain = (0x20...0x7E).contains(byte) || byte == 0x09 || byte == 0x0A || byte == 0x0D
        #expect(PlistParser.isPlain(word) == plain, "byte \(byte) at \(position)")
      }
    }
  }

  // MARK: Decoding

  func decodingRefusal<T: Decodable>(_ type: T.Type, _ body: String) -> String? {
    do {
      _ = try PlistDecoder.decode(type, from: Data(plist(body).utf8))
      return nil
    } catch {
      return error.reason.english
    }
  }

  struct Dated: Decodable { var on: Day }
  struct Named: Decodable { var id: PersonID }
  struct Nested: Decodable { var items: [Dated] }

  /// Finding 6: dates are calendar dates from 1900 to 2100 written as files write them; ids
  /// are canonical; what does not fit is said with its key path (Foundation used to word it).
  @Test func decodingWordsWhatDoesNotFitAndWhere() {
    #expect(decodingRefusal(Dated.self, "<dict><key>on</key><string>2026-11-27</string></dict>") == nil)
    #expect(
      decodingRefusal(Dated.self, "<dict><key>on</key><string>2026-02-30</string></dict>")
        == "at on: '2026-02-30' is not a calendar date written YYYY-MM-DD")
    #expect(
      decodingRefusal(Dated.self, "<dict><key>on</key><string>27/11/2026</string></dict>")
        == "at on: '27/11/2026' is not a calendar date written YYYY-MM-DD")
    #expect(
      decodingRefusal(Dated.self, "<dict><key>on</key><string>1899-12-31</string></dict>")
        == "at on: the date 1899-12-31 lies outside 1900–2100")
    #expect(
      decodingRefusal(Dated.self, "<dict><key>on</key><string>2101-01-01</string></dict>")
        == "at on: the date 2101-01-01 lies outside 1900–2100")
    #expect(
      decodingRefusal(Named.self, "<dict><key>id</key><string>p012</string></dict>")
        == "at id: 'p012' is not an id like P12")
    #expect(
      decodingRefusal(Named.self, "<dict><key>id</key><string>S1</string></dict>")
        == "at id: 'S1' is not an id like P12")
    #expect(decodingRefusal(Named.self, "<dict/>") == "missing key 'id'")
    #expect(
      decodingRefusal(
        Nested.self,
        "<dict><key>items</key><array><dict><key>on</key><string>2026-01-01</string></dict><dict/></array></dict>"
      )
        == "at items.1: missing key 'on'")
    #expect(
      decodingRefusal(
        Nested.self,
        "<dict><key>items</key><array><dict><key>on</key><integer>3</integer></dict></array></dict>")
        == "at items.0.on: expected a text, found an integer")
    #expect(
      decodingRefusal(Nested.self, "<dict><key>items</key><string>x</string></dict>")
        == "at items: expected an array, found a text")
  }

  /// Finding 6: a transfer file's carried journal entries had their times taken unchecked.
  @Test func aTransferFileWithAMalformedCarriedTimeIsRefused() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let sending = try Store(path: directory.path + "/sending", officer: "an")
    try sending.commit([#"ward set name="Phường Hòa Bình""#] + seedCommands)
    try sending.makeWardKey(in: directory.path)
    let signer = try #require(try WardKeys.load(from: directory.path + "/ward.key"))
    let file = directory.path + "/an.plist"
    try sending.commit([#"person transfer P1 to="Phường Bến Thành" file="\#(file)" on=2026-11-20"#])
    var (document, _) = try TransferDocument.open(Data(contentsOf: URL(fileURLWithPath: file)), path: file)
    document.journal[0].at = "2026-11-27T09:30:00+07:00\u{1B}[2J"
    let forged = try document.sealed(by: signer).data
    #expect(
      throws: StoreError.unreadable(
        path: file, reason: "line 18: control character U+001B in a property list")
    ) {
      try TransferDocument.open(forged, path: file)
    }
    document.journal[0].at = "last Tuesday"
    #expect(
      throws: StoreError.unreadable(
        path: file, reason: "entry 2 of its journal has no time like 2026-11-27T09:30:00+07:00")
    ) {
      try TransferDocument.open(document.sealed(by: signer).data, path: file)
    }
  }

  @Test func carriedJournalTimesMustBeWellFormed() {
    for good in ["2026-11-27T09:30:00+07:00", "2026-11-27T02:30:00Z", "2026-11-27T09:30:00.125-03:30"] {
      #expect(Timestamp.isWellFormed(good), "\(good)")
    }
    for bad in [
      "", "yesterday", "2026-02-30T09:30:00Z", "2150-01-01T00:00:00Z", "2026-11-27 09:30:00Z",
      "2026-11-27T24:00:00Z", "2026-11-27T09:30:00", "2026-11-27T09:30:00+07:00\u{1B}[2J",
      "2026-11-27T09:30:00+7:00",
    ] {
      #expect(!Timestamp.isWellFormed(bad), "\(bad)")
    }
  }
}
