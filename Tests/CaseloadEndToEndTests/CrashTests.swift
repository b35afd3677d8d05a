import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Kills caseload in the middle of a long batch, or makes it fail between the journal append
/// and the file writes, then checks every time that the store opens, `audit verify` passes,
/// and every command whose success line was printed is in the journal.
@Suite struct CrashTests {
  static let fixed = ["--today", "2026-11-27", "--officer", "tester"]

  /// 6 supervisors and persons, their leads, then visits: one success line per command.
  static let commands: [String] = {
    var lines: [String] = []
    for number in 1...6 {
      lines.append(#"supervisor add "Cán bộ \#(number)" kind=team"#)
      lines.append(
        #"person add "Người \#(number)" born=1980-01-0\#(number) released=2026-01-01 received=2026-01-05"#)
      lines.append("assign P\(number) S\(number) from=2026-01-06")
    }
    for round in 1...8 {
      for number in 1...6 {
        lines.append("visit P\(number) on=2026-\(String(format: "%02d", round + 1))-1\(number)")
      }
    }
    return lines
  }()

  static let script = commands.joined(separator: "\n") + "\n"
  static let commandCount = commands.count

  /// Starts a batch on `store` and returns it with a pipe on its stdout.
  func start(
    _ store: String, scratch: Scratch, script: String = script, environment extra: [String: String] = [:]
  ) throws -> (Process, Pipe) {
    let input = scratch.path + "/script.caseload"
    try script.write(toFile: input, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: caseloadBinary)
    process.arguments = ["--store", store] + Self.fixed + [input]
    var environment = baseEnvironment(home: scratch.path)
    environment.merge(extra) { $1 }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    try process.run()
    return (process, output)
  }

  /// Success lines read from `pipe` until `count` have arrived (or the output ends).
  func readLines(_ pipe: Pipe, count: Int? = nil) -> [String] {
    var text = ""
    while count.map({ text.filter { $0 == "\n" }.count < $0 }) ?? true {
      let data = pipe.fileHandleForReading.availableData
      if data.isEmpty { break }
      text += String(decoding: data, as: UTF8.self)
    }
    return text.split(separator: "\n").map(String.init)
  }

  /// The store opens, verifies, and holds at least the acknowledged commands, in order.
  /// One process: it opens the store (repairing it), verifies it and lists the journal.
  func checkStore(_ store: String, acknowledged: [String]) throws {
    let log = try caseload(["--store", store] + Self.fixed, stdin: "audit verify\naudit log format=csv\n")
    #expect(log.status == 0, "\(log.stderr)")
    #expect(log.stdout.hasPrefix("ok: "), "\(log.stdout.prefix(200))")
    let count = Int(log.stdout.dropFirst("ok: ".count).prefix { $0.isNumber }) ?? -1
    #expect(count >= acknowledged.count, "\(acknowledged.count) acknowledged, \(count) in the journal")
    for line in acknowledged {
      guard line.hasPrefix("recorded ") else { continue }
      let visit = line.dropFirst("recorded ".count).prefix { $0 != ":" }
      #expect(log.stdout.contains(" id=\(visit) "), "\(visit) acknowledged but not journaled")
    }
  }

  /// 100 kill points: after 1 to 60 success lines, and then at once or after a pause of up to
  /// 1.5 ms, which lands the kill at another moment of the next command (its journal append,
  /// its checkpoint). Each runs a batch only a little longer than its kill point.
  @Test(arguments: 0..<100)
  func killedMidBatchLosesNoAcknowledgedCommand(point: Int) throws {
    let lines = point * 60 / 100 + 1
    let pause = point % 3 == 0 ? 0 : UInt32(point * 379 % 1500)
    let batch = Array(Self.commands.prefix(lines + 6))
    let scratch = Scratch()
    defer { scratch.remove() }
    let (process, output) = try start(
      scratch.store, scratch: scratch, script: batch.joined(separator: "\n") + "\n")
    var acknowledged = readLines(output, count: lines)
    usleep(pause)
    kill(process.processIdentifier, SIGKILL)
    acknowledged += readLines(output)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal || acknowledged.count == batch.count)
    try checkStore(scratch.store, acknowledged: acknowledged)
  }

  @Test(arguments: [1, 3, 19, 30])
  func aCrashBetweenJournalAndFilesIsPlayedForwardOnce(at append: Int) throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (process, output) = try start(
      scratch.store, scratch: scratch, environment: ["CASELOAD_TEST_FAULT": "crash:\(append)"])
    let acknowledged = readLines(output)
    process.waitUntilExit()
    #expect(process.terminationStatus == 70)
    #expect(acknowledged.count == append - 1)
    let reopened = try caseload(["--store", scratch.store, "-c", "audit log last=1 format=csv"] + Self.fixed)
    // A batch checkpoints every 10,000 entries and at its end, so all of them are played forward.
    #expect(reopened.stderr.contains("played \(append) journal entries forward into the state files"))
    try checkStore(scratch.store, acknowledged: acknowledged)
    let verify = try caseload(["--store", scratch.store, "-c", "audit verify"] + Self.fixed)
    #expect(verify.stdout == "ok: \(append) entries\n" || (append == 1 && verify.stdout == "ok: 1 entry\n"))
  }

  @Test(arguments: [2, 25])
  func aFailedFileWriteAfterTheAppendStopsTheBatchAndRecovers(at append: Int) throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(
      ["--store", scratch.store] + Self.fixed, stdin: Self.script,
      environment: baseEnvironment(home: scratch.path).merging(["CASELOAD_TEST_FAULT": "fail:\(append)"]) {
        $1
      })
    #expect(run.status == 3)
    #expect(run.stderr.contains("injected failure after the journal append"))
    let acknowledged = run.stdout.split(separator: "\n").map(String.init)
    #expect(acknowledged.count == append - 1)
    try checkStore(scratch.store, acknowledged: acknowledged)
  }

  @Test func theWholeBatchRunsWithoutFaults() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (process, output) = try start(scratch.store, scratch: scratch)
    let acknowledged = readLines(output)
    process.waitUntilExit()
    #expect(acknowledged.count == Self.commandCount)
    try checkStore(scratch.store, acknowledged: acknowledged)
  }
}
