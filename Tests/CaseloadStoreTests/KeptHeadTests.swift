import CaseloadCore
import CaseloadLanguage
import Foundation
import Testing

@testable import CaseloadStore

/// `audit head`'s signature covers the ward's name, the entry and its hash, and nothing else.
@Suite struct KeptHeadTests {
  @Test func theHeadIsSignedOverWardSeqAndHash() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path + "/store", officer: "an")
    try store.commit([#"ward set name="Phường Hòa Bình""#] + seedCommands)
    let unsigned = try store.signedHead(keyPath: nil)
    #expect(unsigned.signature == nil && unsigned.keyFingerprint == nil)
    let file = try store.makeWardKey(in: directory.path)
    let head = try store.signedHead(keyPath: file)
    let key = try #require(store.state.settings.currentKey)
    #expect(head.seq == store.head.entries && head.hash == store.head.hash)
    #expect(head.keyFingerprint == key.fingerprint)
    #expect(head.isSigned(by: key.publicKey))
    var other = head
    other.seq -= 1
    #expect(!other.isSigned(by: key.publicKey))
    other = head
    other.ward = "Phường Bến Thành"
    #expect(!other.isSigned(by: key.publicKey))
  }

  @Test func aKeptHeadNeedsTwelveHexDigitsAtLeast() throws {
    #expect(try KeptHead("8:2d2270468ab1") == KeptHead(seq: 8, hash: "2d2270468ab1"))
    #expect(try KeptHead("8:2D2270468AB1F0").hash == "2d2270468ab1f0")
    #expect(throws: (any Error).self) { try KeptHead("8:2d2270468ab") }
    #expect(throws: (any Error).self) { try KeptHead("8:xyz2270468ab1") }
    #expect(throws: (any Error).self) { try KeptHead("2d2270468ab1") }
    #expect(throws: (any Error).self) { try KeptHead("0:2d2270468ab1") }
  }
}
