import Foundation
import Testing

/// A person moved from one ward's store to another's through the real binary: the transfer
/// file, its import, playback without the file, and every refusal leaving the store as it was.
@Suite struct TransferTests {
  let fixed = ["--today", "2026-11-27", "--officer", "tester"]

  func run(_ store: String, _ commands: String, in scratch: Scratch, _ extra: [String] = []) throws -> Run {
    try caseload(
      ["--store", store] + fixed + extra, stdin: commands, environment: baseEnvironment(home: scratch.path))
  }

  /// Two wards: Hòa Bình with a case to send, Bến Thành to receive it.
  func seed(_ scratch: Scratch) throws -> (sending: String, receiving: String) {
    let sending = scratch.path + "/hoa-binh"
    let receiving = scratch.path + "/ben-thanh"
    let sent = try run(
      sending,
      """
      ward set name="Phường Hòa Bình" province="Hà Nội"
      supervisor add "Trần Văn Bình" kind=team org="Tổ bảo vệ ANTT số 2"
      person add "Nguyễn Văn An" born=1980-01-02 released=2026-03-01 received=2026-03-05 id-card=001080000001 gender=male group=B
      assign P1 S1 from=2026-03-05 decision="12/QĐ-UBND"
      visit P1 on=2026-04-01 note="Đã có việc làm" group=A
      ward key create
      """, in: scratch)
    #expect(sent.status == 0, "\(sent.stderr)")
    let received = try run(
      receiving,
      """
      ward set name="Phường Bến Thành" province="TP. Hồ Chí Minh"
      person add "Lê Thị Cúc" born=1990-05-05 released=2026-01-01 received=2026-01-10
      """, in: scratch)
    #expect(received.status == 0, "\(received.stderr)")
    try trust(sending, in: receiving, scratch)
    return (sending, receiving)
  }

  /// The sending ward's key fingerprint, as `ward show` gives it.
  func fingerprint(of store: String, _ scratch: Scratch) throws -> String {
    let shown = try run(store, "ward show format=json\n", in: scratch)
    let object = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
    return try #require(object?["keyFingerprint"] as? String)
  }

  /// `receiving` trusts the sending ward's key, as an officer does once it was confirmed.
  func trust(_ sending: String, in receiving: String, _ scratch: Scratch) throws {
    let key = try fingerprint(of: sending, scratch)
    let trusted = try run(receiving, "ward trust add \"Phường Hòa Bình\" key=\(key)\n", in: scratch)
    #expect(trusted.status == 0, "\(trusted.stderr)")
  }

  @Test func aPersonMovesAndBothStoresPlayBackWithoutTheFile() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (sending, receiving) = try seed(scratch)
    let file = scratch.path + "/an.plist"
    let transfer = try run(
      sending, "person transfer P1 to=\"Phường Bến Thành, TP. Hồ Chí Minh\" file=\(file) on=2026-11-20\n",
      in: scratch)
    #expect(transfer.status == 0, "\(transfer.stderr)")
    #expect(transfer.stdout.hasPrefix("transferred P1 Nguyễn Văn An to Phường Bến Thành"))
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    for expected in [
      "Phường Hòa Bình", "Trần Văn Bình", "Tổ bảo vệ ANTT số 2", "transferDigest", "assign P1 S1",
    ] {
      #expect(text.contains(expected), "\(expected)")
    }

    let imported = try run(
      receiving, "person import \(file) received=2026-11-25 decision=\"45/QĐ-UBND\"\n", in: scratch)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(
      imported.stdout == "imported P2 Nguyễn Văn An from Phường Hòa Bình, Hà Nội (their P1), no lead yet\n")
    let shown = try run(receiving, "show P2 format=json\nshow P2\n", in: scratch)
    #expect(shown.stdout.contains(#""group": "A""#))
    #expect(shown.stdout.contains(#""lead": null"#))
    #expect(shown.stdout.contains("history from Phường Hòa Bình, Hà Nội (their P1, transferred 2026-11-20)"))
    #expect(shown.stdout.contains("visit home"))

    try FileManager.default.removeItem(atPath: file)
    for (store, entries) in [(sending, 7), (receiving, 4)] {
      let copy = store + "-replayed"
      let audited = try run(store, "audit verify\naudit replay to=\(copy)\n", in: scratch)
      #expect(audited.status == 0, "\(audited.stderr)")
      #expect(audited.stdout.hasPrefix("ok: \(entries) entries\nreplayed \(entries) entries into \(copy)"))
      let again = try run(copy, "audit verify\n", in: scratch)
      #expect(again.stdout == "ok: \(entries) entries\n", "\(again.stderr)")
    }
    // Playback never writes the transfer file again.
    #expect(!FileManager.default.fileExists(atPath: file))
  }

  @Test func refusalsLeaveTheStoresAsTheyWere() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (sending, receiving) = try seed(scratch)
    let file = scratch.path + "/an.plist"

    // A target that exists is refused before anything changes.
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
    var before = snapshot(sending)
    let clash = try run(sending, "person transfer P1 to=X file=\(file)\n", in: scratch)
    #expect(clash.status == 1)
    #expect(clash.stderr.contains("exists; a transfer file never overwrites one"))
    #expect(snapshot(sending) == before)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
    try FileManager.default.removeItem(atPath: file)
    #expect(try run(sending, "person transfer P1 to=X file=\(file)\n", in: scratch).status == 0)

    // An edited file is not what the sending ward signed.
    let edited = scratch.path + "/edited.plist"
    let original = try String(contentsOfFile: file, encoding: .utf8)
    try original.replacingOccurrences(of: "Nguyễn Văn An", with: "Nguyễn Văn Ân")
      .write(toFile: edited, atomically: true, encoding: .utf8)
    before = snapshot(receiving)
    let damaged = try run(receiving, "person import \(edited)\n", in: scratch)
    #expect(damaged.status == 1)
    #expect(damaged.stderr.contains("the file was changed after Phường Hòa Bình signed it"))
    #expect(snapshot(receiving) == before)

    // A CCCD that an open case has here.
    let holder = try run(
      receiving,
      "person add \"Nguyễn Văn An\" born=1980-01-02 released=2026-03-01 received=2026-03-05 id-card=001080000001\n",
      in: scratch)
    #expect(holder.status == 0, "\(holder.stderr)")
    before = snapshot(receiving)
    let twice = try run(receiving, "person import \(file)\n", in: scratch)
    #expect(twice.status == 1)
    #expect(twice.stderr.contains("id-card 001080000001 belongs to an open case here, P2"))
    #expect(snapshot(receiving) == before)

    // A closed case's CCCD is refused too: that case is reopened instead.
    #expect(try run(receiving, "person close P2 reason=deceased\n", in: scratch).status == 0)
    let closed = try run(receiving, "person import \(file)\n", in: scratch)
    #expect(closed.stderr.contains("belongs to P2 Nguyễn Văn An here (closed)"))

    // Imported once, then refused.
    let third = scratch.path + "/third"
    try trust(sending, in: third, scratch)
    #expect(try run(third, "person import \(file)\n", in: scratch).status == 0)
    before = snapshot(third)
    let again = try run(third, "person import \(file)\n", in: scratch)
    #expect(again.status == 1)
    #expect(again.stderr.contains("already imported, as P1"))
    #expect(snapshot(third) == before)
    #expect(try run(third, "audit verify\n", in: scratch).stdout == "ok: 2 entries\n")
  }
}
