import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 17, finding 1: what a command shows, counts or writes is what the journal produces,
/// whatever happened to the files and the snapshot beside it.
@Suite struct CacheTrustTests {
  let fixed = ["--today", "2026-11-27", "--officer", "tester"]

  /// A ward with enough persons that reading them all writes `snapshot.bin` (over 64 plists).
  func seed(_ store: String) throws {
    var lines = ["supervisor add \"Đỗ Minh Hải\" kind=police"]
    for index in 1...80 {
      lines.append(
        "person add \"Người Thử \(index)\" born=1980-01-01 released=2026-01-01 received=2026-01-02")
    }
    lines.append("person edit P5 name=\"Nguyễn Văn An\"")
    lines.append("support P5 kind=loan on=2026-02-01 amount=40000000")
    let run = try caseload(["--store", store] + fixed, stdin: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.stderr)")
  }

  /// The file system with 1-second timestamps and inodes reused at once, where a file's
  /// identity repeats: `mkfs.ext4 -I 128` on a loop device (root only; skipped elsewhere).
  static let canMount = getuid() == 0 && FileManager.default.fileExists(atPath: "/dev/loop-control")

  @Test(.enabled(if: canMount, "needs root and loop devices to mount an ext4 image with 128-byte inodes"))
  func renamesWithinOneSecondOnCoarseTimestampsAreServedAsWritten() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let image = scratch.path + "/ext4.img"
    let mountPoint = scratch.path + "/mnt"
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    #expect(shell("truncate -s 64M '\(image)' && mkfs.ext4 -q -F -I 128 '\(image)' 2>/dev/null") == 0)
    try #require(shell("mount -o loop '\(image)' '\(mountPoint)'") == 0)
    defer { _ = shell("umount '\(mountPoint)'") }
    let store = mountPoint + "/store"
    try seed(store)
    // Each rename keeps the size and, within one second, the times; the inode freed by one
    // checkpoint's rename is the next one's. Repeated until three renames fell in one second.
    var sameSecond = false
    for round in 0..<5 where !sameSecond {
      let before = time(nil)
      for name in ["Nguyễn Văn Ai", "Nguyễn Văn An", "Nguyễn Văn Ao"] {
        #expect(
          try caseload(["--store", store, "-c", "person edit P5 name=\"\(name)\""] + fixed).status == 0)
        #expect(try caseload(["--store", store, "-c", "person list"] + fixed).status == 0)
      }
      sameSecond = time(nil) == before
      print("round \(round): three renames within one second: \(sameSecond)")
    }
    let list = try caseload(["--store", store, "-c", "person list"] + fixed)
    #expect(list.stdout.contains("Nguyễn Văn Ao") && !list.stdout.contains("Nguyễn Văn Ai"))
    let show = try caseload(["--store", store, "-c", "person show \"Nguyen Van Ao\""] + fixed)
    #expect(show.status == 0 && show.stdout.contains("P5"), "\(show.stderr)")
  }

  /// A bit flipped in a name inside `snapshot.bin`: the name is still found, and the next
  /// change does not write the flipped name into the person's plist.
  @Test func aFlippedBitInTheSnapshotIsNotServedOrWrittenBack() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch.store)
    #expect(try caseload(["--store", scratch.store, "-c", "person list"] + fixed).status == 0)
    let snapshot = scratch.store + "/snapshot.bin"
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: snapshot)))
    let name = Array("Nguyễn Văn An".utf8)
    let at = try #require(
      bytes.indices.first { bytes[$0..<min($0 + name.count, bytes.count)].elementsEqual(name) })
    bytes[at + name.count - 1] ^= 0x02
    try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
    let show = try caseload(["--store", scratch.store, "-c", "person show \"Nguyen Van An\""] + fixed)
    #expect(show.status == 0 && show.stdout.contains("P5"), "\(show.stderr)")
    let run = try caseload(
      ["--store", scratch.store, "-c", "person list", "-c", "visit P5 by=S1 on=2026-11-20 kind=home"] + fixed)
    #expect(run.status == 0, "\(run.stderr)")
    let plist = try String(contentsOfFile: scratch.store + "/persons/P5.plist", encoding: .utf8)
    #expect(plist.contains("Nguyễn Văn An"))
    #expect(try caseload(["--store", scratch.store, "-c", "audit verify"] + fixed).stdout.hasPrefix("ok: "))
  }

  /// `cp -r` gives every file new times; a name and a loan amount then edited by hand in a
  /// plist are neither shown nor counted: reading the file refuses, naming it, and a report
  /// counts what caseload wrote (here from the snapshot, which names that content).
  @Test func aHandEditedPlistInACopiedStoreIsNotShownOrCounted() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    try seed(scratch.store)
    #expect(try caseload(["--store", scratch.store, "-c", "person list"] + fixed).status == 0)
    let copy = scratch.path + "/copy"
    #expect(shell("cp -r '\(scratch.store)' '\(copy)'") == 0)
    let file = copy + "/persons/P5.plist"
    let edited = try String(contentsOfFile: file, encoding: .utf8)
      .replacingOccurrences(of: "Nguyễn Văn An", with: "Nguyễn Văn Ân")
      .replacingOccurrences(of: "40000000", with: "90000000")
    try edited.write(toFile: file, atomically: false, encoding: .utf8)
    let show = try caseload(["--store", copy, "-c", "person show P5"] + fixed)
    #expect(show.status == 3)
    #expect(show.stderr.contains("persons/P5.plist is not the file caseload wrote there"))
    #expect(!show.stdout.contains("Ân"))
    let report = try caseload(["--store", copy, "-c", "report month=2026-02"] + fixed)
    #expect(report.stdout.contains("40.000.000") && !report.stdout.contains("90.000.000"), "\(report.stderr)")
    let verify = try caseload(["--store", copy, "-c", "audit verify"] + fixed)
    #expect(verify.status == 1)
    #expect(
      verify.stderr.contains(
        "persons/P5.plist differs from the journal: P5 name: Nguyễn Văn An → Nguyễn Văn Ân"))
  }

  private func shell(_ command: String) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
