import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// The fuzzers' entry points (`scripts/fuzz`): any bytes are an answer, never a crash, and a
/// mutated transfer file gets past its digest to the checks behind it.
@Suite struct FuzzingTests {
  static let transcripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("CaseloadEndToEndTests/Transcripts").path

  func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: "\(Self.transcripts)/\(path)"))
  }

  /// Since transfer files are signed, a file edited after signing stops at the signature even
  /// with its digest sealed again: the transfer target reaches the decoder and the signature,
  /// not the checks behind it, until `FuzzEntry` signs with a key of its own (left to do).
  @Test func aFileEditedAfterSigningStopsAtTheSignatureEvenSealedAgain() throws {
    let edited = try bytes("transfer/edited.plist")
    for data in [edited, FuzzEntry.sealed(edited)] {
      #expect(throws: DomainError.self) { try TransferDocument.open(data, path: "edited.plist") }
    }
  }

  @Test func aSealedFileIsLeftAsItIs() throws {
    let sent = try bytes("transfer/from-phu-thuong.plist")
    #expect(FuzzEntry.sealed(sent) == sent)
    #expect(FuzzEntry.sealed(Data("<key>transferDigest</key><string>sha256:12".utf8)).count == 42)
  }

  @Test(arguments: [
    "wards/phu-thuong/store.plist", "wards/phu-thuong/persons/P1.plist",
    "wards/phu-thuong/supervisors/S1.plist", "transfer/from-phu-thuong.plist", "transfer.caseload",
  ])
  func everyEntryTakesAnyFile(path: String) throws {
    let data = try bytes(path)
    for cut in [data.count, data.count / 2, 7, 0] {
      data.prefix(cut).withUnsafeBytes { FuzzEntry.plist($0) }
      data.prefix(cut).withUnsafeBytes { FuzzEntry.transfer($0) }
    }
  }
}
