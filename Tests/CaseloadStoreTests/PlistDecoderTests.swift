import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// caseload's own plist reader: what its writer wrote comes back, other tools' layout too, and
/// anything it does not take is refused (no other parser is asked).
@Suite struct PlistDecoderTests {
  @Test func whatTheWriterWroteComesBack() throws {
    let person = SnapshotCodecTests().everything
    let file = try PlistEncoder.encode(RecordFile(record: person))
    #expect(try PlistDecoder.decode(RecordFile<Person>.self, from: file).record == person)
    let supervisor = SnapshotCodecTests().supervisor
    let other = try PlistEncoder.encode(RecordFile(record: supervisor))
    #expect(try PlistDecoder.decode(RecordFile<Supervisor>.self, from: other).record == supervisor)
    var state = State()
    state.settings.ward = Ward(name: "Phường <Thử> & \"Một\"")
    let header = StoreHeader(state, head: JournalHead())
    #expect(try PlistDecoder.decode(StoreHeader.self, from: PlistEncoder.encode(header)) == header)
  }

  @Test func anotherToolsLayoutReadsTheSame() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>\r
      <!-- written by hand -->
      <plist version="1.0"><dict>
        <key>record</key><dict>
          <key>name</key><string>Ph&#x1EA1;m &amp; &#272;&#xF4;ng &lt;x&gt; &quot;q&quot; &apos;a&apos;</string>
          <key>id</key> <string>S3</string>
          <key>org</key><string/>
          <key>capacity</key><integer>4</integer>
          <key>kind</key><string>team</string>
          <key>status</key><string>active</string>
        </dict>
        <key>formatVersion</key><integer>1</integer>
      </dict></plist>
      """
    let decoded = try PlistDecoder.decode(RecordFile<Supervisor>.self, from: Data(text.utf8))
    #expect(decoded.record.name == "Phạm & Đông <x> \"q\" 'a'")
    #expect(decoded.record.org == "")
    #expect(decoded.record.capacity == 4)
  }

  @Test(arguments: [
    "<plist version=\"1.0\"><dict><key>a</key><real>1.5</real></dict></plist>",
    "<plist version=\"1.0\"><dict><key>a</key><date>2026-11-27T00:00:00Z</date></dict></plist>",
    "<plist version=\"1.0\"><dict><key>a</key><string>x</string>",
    "<plist version=\"1.0\"><dict><key>a</key><string>x &bogus; y</string></dict></plist>",
    "",
  ])
  func whatItDoesNotTakeIsRefused(text: String) {
    struct Anything: Decodable { var a: String? }
    #expect(throws: (any Error).self) { try PlistDecoder.decode(Anything.self, from: Data(text.utf8)) }
  }
}
