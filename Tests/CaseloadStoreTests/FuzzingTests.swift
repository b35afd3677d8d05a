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

  @Test func aFileEditedAfterItsDigestIsSealedAgainAndOpens() throws {
    let edited = try bytes("transfer/edited.plist")
    #expect(throws: StoreError.self) { try TransferDocument.open(edited, path: "edited.plist") }
    let (document, _) = try TransferDocument.open(FuzzEntry.sealed(edited), path: "edited.plist")
    #expect(document.person.name == "Hoàng Thị Mại")
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
