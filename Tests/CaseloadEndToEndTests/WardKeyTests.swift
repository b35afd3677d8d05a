import Foundation
import Testing

/// Issue 17 through the real binary: the ward key and its file, signed transfer files and
/// what `person import` refuses, the transfer file put in place only after the commit, and
/// kept heads (`audit head`, `audit verify head=`).
@Suite struct WardKeyTests {
  let transfers = TransferTests()

  func run(_ store: String, _ commands: String, in scratch: Scratch, _ extra: [String] = []) throws -> Run {
    try transfers.run(store, commands, in: scratch, extra)
  }

  @Test func theKeyFileIsPrivateNeverOverwrittenAndNeverInsideTheStore() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let store = scratch.path + "/store"
    let made = try run(store, "ward set name=\"Phường Hòa Bình\"\nward key create\nward show\n", in: scratch)
    #expect(made.status == 0, "\(made.stderr)")
    let file = scratch.path + "/.config/caseload/ward.key"
    #expect(made.stdout.contains("the private key is in \(file) (0600)"))
    #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
    let directory = scratch.path + "/.config/caseload"
    #expect(try FileManager.default.attributesOfItem(atPath: directory)[.posixPermissions] as? Int == 0o700)
    let key = try String(contentsOfFile: file, encoding: .utf8)
    // The journal holds the public key and its fingerprint, never the private key or its file.
    let journal = try String(contentsOfFile: store + "/journal.caseload", encoding: .utf8)
    let secret = String(key.split(separator: " ").last!.dropLast())
    #expect(!journal.contains(secret))
    #expect(!journal.contains("ward.key"))
    #expect(journal.contains("ward key create public="))
    #expect(made.stdout.contains("keyFingerprint  SHA256:"))

    // A second key is refused without replace; another file is never overwritten.
    let second = try run(store, "ward key create file=\(scratch.path)/other.key\n", in: scratch)
    #expect(second.status == 1)
    #expect(second.stderr.contains("this ward has a signing key already"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/other.key"))
    let over = try run(store, "ward key create replace\n", in: scratch)
    #expect(over.status == 1)
    #expect(over.stderr.contains("exists; a key file is never overwritten"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == key)
    let inside = try run(store, "ward key create replace file=\(store)/ward.key\n", in: scratch)
    #expect(inside.status == 1)
    #expect(inside.stderr.contains("is inside the store"))
    #expect(!FileManager.default.fileExists(atPath: store + "/ward.key"))

    // Replacing keeps the old key in the journal; playback needs no private key.
    let replaced = try run(store, "ward key create replace file=\(scratch.path)/new.key\n", in: scratch)
    #expect(replaced.status == 0, "\(replaced.stderr)")
    try FileManager.default.removeItem(atPath: file)
    try FileManager.default.removeItem(atPath: scratch.path + "/new.key")
    let audited = try run(store, "audit verify\naudit replay to=\(scratch.path)/copy\n", in: scratch)
    #expect(audited.stdout.hasPrefix("ok: 3 entries\n"), "\(audited.stderr)")
    let copied = try String(contentsOfFile: scratch.path + "/copy/store.plist", encoding: .utf8)
    #expect(copied.contains("<key>replaced</key>"))
  }

  @Test func aTransferNeedsTheWardKey() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let store = scratch.path + "/store"
    let seeded = try run(
      store,
      """
      ward set name="Phường Hòa Bình"
      person add "Nguyễn Văn An" born=1980-01-02 released=2026-03-01 received=2026-03-05
      """, in: scratch)
    #expect(seeded.status == 0)
    let refused = try run(store, "person transfer P1 to=X file=\(scratch.path)/an.plist\n", in: scratch)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("make it once with 'ward key create'"))
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/an.plist"))
  }

  /// The key file is found by --key, else CASELOAD_KEY, else under ~/.config.
  @Test func theKeyFileIsFoundByKeyOptionOrEnvironment() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let store = scratch.path + "/store"
    let key = scratch.path + "/usb/ward.key"
    let made = try run(
      store,
      """
      ward set name="Phường Hòa Bình"
      ward key create file=\(key)
      person add "Nguyễn Văn An" born=1980-01-02 released=2026-03-01 received=2026-03-05
      person add "Trần Văn Ba" born=1981-01-02 released=2026-03-01 received=2026-03-05
      """, in: scratch)
    #expect(made.status == 0, "\(made.stderr)")
    let missing = try run(store, "person transfer P1 to=X file=\(scratch.path)/an.plist\n", in: scratch)
    #expect(missing.status == 1)
    #expect(
      missing.stderr.contains(
        "is not at \(scratch.path)/.config/caseload/ward.key: give its file with --key PATH"))
    let byOption = try run(
      store, "person transfer P1 to=X file=\(scratch.path)/an.plist\n", in: scratch, ["--key", key])
    #expect(byOption.status == 0, "\(byOption.stderr)")
    var environment = baseEnvironment(home: scratch.path)
    environment["CASELOAD_KEY"] = key
    let byEnvironment = try caseload(
      ["--store", store] + transfers.fixed,
      stdin: "person transfer P2 to=X file=\(scratch.path)/ba.plist\naudit head\n",
      environment: environment)
    #expect(byEnvironment.status == 0, "\(byEnvironment.stderr)")
    #expect(byEnvironment.stdout.contains("signed by Phường Hòa Bình with the key SHA256:"))
  }

  /// Finding 2: the group and a visit note changed, the digest recomputed: the signature fails.
  @Test func aForgedFileIsRefusedWithTheSignatureMessage() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (sending, receiving) = try transfers.seed(scratch)
    let file = scratch.path + "/an.plist"
    #expect(try run(sending, "person transfer P1 to=X file=\(file) on=2026-11-20\n", in: scratch).status == 0)
    let forged = scratch.path + "/forged.plist"
    let original = try String(contentsOfFile: file, encoding: .utf8)
    #expect(original.contains("<string>A</string>") && original.contains("Đã có việc làm"))
    let changed = original.replacingOccurrences(of: "<string>A</string>", with: "<string>C</string>")
      .replacingOccurrences(of: "Đã có việc làm", with: "Bỏ việc, hay say rượu")
    try recomputeDigest(changed, to: forged)
    let before = snapshot(receiving)
    let imported = try run(receiving, "person import \(forged)\n", in: scratch)
    #expect(imported.status == 1)
    #expect(
      imported.stderr.contains(
        "cannot import \(forged): the file was changed after Phường Hòa Bình signed it; nothing was changed"))
    #expect(snapshot(receiving) == before)
  }

  @Test func anUntrustedKeyIsRefusedWithItsFingerprintAndTheCommand() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (sending, _) = try transfers.seed(scratch)
    let file = scratch.path + "/an.plist"
    #expect(try run(sending, "person transfer P1 to=X file=\(file) on=2026-11-20\n", in: scratch).status == 0)
    let key = try transfers.fingerprint(of: sending, scratch)
    let stranger = scratch.path + "/stranger"
    let refused = try run(stranger, "person import \(file)\n", in: scratch)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("signed by Phường Hòa Bình with the key \(key), which this ward does not trust")
    )
    #expect(
      refused.stderr.contains(
        "by phone or letter, then run once: ward trust add \"Phường Hòa Bình\" key=\(key)"))
    // Once trusted, the same file imports; removing the key later does not undo it, and
    // playback still verifies without the trust list.
    let trusted = try run(
      stranger,
      "ward trust add \"Phường Hòa Bình\" key=\(key)\nperson import \(file)\nward trust remove \"Phường Hòa Bình\"\n",
      in: scratch)
    #expect(trusted.status == 0, "\(trusted.stderr)")
    let audited = try run(
      stranger, "ward trust\naudit verify\naudit replay to=\(scratch.path)/copy\n", in: scratch)
    #expect(audited.status == 0, "\(audited.stderr)")
    #expect(audited.stdout.contains("ok: 3 entries"))
  }

  /// Finding 9: a crash after the journal commit and before the file is put in place leaves
  /// no file at the path, and what is beside it is not importable.
  @Test func aCrashBeforeTheFileIsInPlaceLeavesNoFileAtThePath() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (sending, receiving) = try transfers.seed(scratch)
    let file = scratch.path + "/an.plist"
    let crashed = try caseload(
      ["--store", sending] + transfers.fixed, stdin: "person transfer P1 to=X file=\(file) on=2026-11-20\n",
      environment: baseEnvironment(home: scratch.path).merging(["CASELOAD_TEST_FAULT": "crash:1"]) { $1 })
    #expect(crashed.status == 70)
    #expect(!FileManager.default.fileExists(atPath: file))
    let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter {
      $0.hasPrefix(".an.plist.caseload-")
    }
    #expect(beside.count == 1)
    let imported = try run(receiving, "person import \(scratch.path)/\(beside[0])\n", in: scratch)
    #expect(imported.status == 1)
    #expect(imported.stderr.contains("the file was changed after Phường Hòa Bình signed it"))
  }

  /// Finding 14: an inspector checks a store against a head kept from before.
  @Test func keptHeadsAreCheckedByAuditVerify() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (sending, _) = try transfers.seed(scratch)
    let head = try run(sending, "audit head\naudit head format=json\n", in: scratch)
    #expect(head.status == 0, "\(head.stderr)")
    let lines = head.stdout.split(separator: "\n")
    #expect(lines[0].hasPrefix("entry 6, hash "))
    #expect(lines[1].hasPrefix("signed by Phường Hòa Bình with the key SHA256:"))
    let json = head.stdout[head.stdout.firstIndex(of: "{")!...]
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let hash = try #require(object["hash"] as? String)
    #expect(object["seq"] as? Int == 6)
    #expect(object["ward"] as? String == "Phường Hòa Bình")
    #expect((object["signature"] as? String)?.count == 128)
    #expect((object["keyFingerprint"] as? String)?.hasPrefix("SHA256:") == true)

    #expect(try run(sending, "audit verify head=6:\(hash)\n", in: scratch).stdout == "ok: 6 entries\n")
    #expect(try run(sending, "audit verify head=6:\(hash.prefix(12))\n", in: scratch).status == 0)
    let short = try run(sending, "audit verify head=6:\(hash.prefix(11))\n", in: scratch)
    #expect(short.status == 1)
    #expect(short.stderr.contains("too short"))
    let beyond = try run(sending, "audit verify head=60:\(hash)\n", in: scratch)
    #expect(beyond.status == 1)
    #expect(beyond.stderr.contains("the journal ends at entry 6, before the kept entry 60"))
    let wrong = String(hash.dropLast()) + (hash.last == "0" ? "1" : "0")
    let rewritten = try run(sending, "audit verify head=6:\(wrong)\n", in: scratch)
    #expect(rewritten.status == 1)
    #expect(
      rewritten.stderr.contains(
        "entry 6 has hash \(hash.prefix(12))…, not the kept \(wrong.prefix(12))…: the history up to entry 6 was rewritten"
      ))
  }

  /// Writes `text` to `path` with its transfer digest recomputed, as a forger would.
  func recomputeDigest(_ text: String, to path: String) throws {
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let script = """
      import hashlib, re, sys
      data = open(sys.argv[1], 'rb').read()
      m = re.search(rb'(<key>transferDigest</key>\\s*<string>sha256:)([0-9a-f]{64})', data)
      zeroed = data[:m.start(2)] + b'0' * 64 + data[m.end(2):]
      digest = hashlib.sha256(zeroed).hexdigest().encode()
      open(sys.argv[1], 'wb').write(data[:m.start(2)] + digest + data[m.end(2):])
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
