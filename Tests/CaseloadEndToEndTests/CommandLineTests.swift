import Foundation
import Testing

/// §2: invocation, sources in order, options and their environment variables, exit codes.
@Suite struct CommandLineTests {
  let fixed = ["--today", "2026-11-27", "--officer", "tester"]

  @Test func commandsAndFilesRunInTheOrderGiven() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let file = scratch.path + "/one.caseload"
    try "supervisor add \"Từ Tệp\"\n".write(toFile: file, atomically: true, encoding: .utf8)
    let run = try caseload(
      ["--store", scratch.store] + fixed
        + ["-c", "supervisor add \"Đầu Tiên\"", file, "-", "-c", "supervisor list format=csv"],
      stdin: "supervisor add \"Từ Stdin\"\n")
    #expect(run.status == 0)
    #expect(
      run.stdout
        == "added S1 Đầu Tiên\nadded S2 Từ Tệp\nadded S3 Từ Stdin\nid,name,kind,org,phone,area,capacity,status,load\r\nS1,Đầu Tiên,other,,,,3,active,0\r\nS2,Từ Tệp,other,,,,3,active,0\r\nS3,Từ Stdin,other,,,,3,active,0\n"
    )
  }

  @Test func standardInputThatIsNotATerminalIsBatch() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(
      ["--store", scratch.store] + fixed, stdin: "supervisor add A\nfrobnicate\nsupervisor add B\n")
    #expect(run.status == 1)
    #expect(run.stdout == "added S1 A\n")
    #expect(run.stderr.hasPrefix("<stdin>:2: error: unknown command 'frobnicate'"))
  }

  @Test func keepGoingRunsEverythingAndStillFails() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(
      ["--store", scratch.store, "--keep-going", "-c", "frobnicate\nsupervisor add B"] + fixed)
    #expect(run.status == 1)
    #expect(run.stdout == "added S1 B\n")
    #expect(run.stderr.hasPrefix("<command>:1: error:"))
  }

  @Test(arguments: [
    ["--today", "2026-02-30"], ["--format", "xml"], ["--frobnicate"], ["--atomic", "--dry-run"], ["--store"],
  ])
  func usageErrorsExitTwo(arguments: [String]) throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(["--store", scratch.store, "-c", "supervisor list"] + arguments)
    #expect(run.status == 2)
    #expect(run.stdout.isEmpty)
    #expect(!run.stderr.isEmpty)
  }

  @Test func environmentSuppliesStoreOfficerAndToday() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    var environment = baseEnvironment(home: scratch.path)
    environment["CASELOAD_STORE"] = scratch.store
    environment["CASELOAD_OFFICER"] = "Cán bộ Hà"
    environment["CASELOAD_TODAY"] = "15/03/2026"
    let run = try caseload(
      [
        "-c", "person add \"Ngô Văn Tư\" born=1990-01-01 released=2026-03-01", "-c", "person list format=csv",
      ],
      environment: environment)
    #expect(run.status == 0)
    #expect(run.stdout.contains(",2026-03-01,2026-03-15,"))
    let journal = try String(contentsOfFile: scratch.store + "/journal.caseload", encoding: .utf8)
    #expect(journal.contains("officer=\"Cán bộ Hà\""))
    #expect(journal.contains("received=2026-03-15"))
  }

  @Test func formatOptionSetsTheDefaultOutput() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(
      [
        "--store", scratch.store, "--format", "json", "-c",
        "supervisor add A\nsupervisor list\npolicy show format=csv",
      ]
        + fixed)
    #expect(run.status == 0)
    #expect(run.stdout.contains("[\n  {\n    \"id\": \"S1\""))
    #expect(run.stdout.hasSuffix("group,days\r\nA,90\r\nB,30\r\nC,14\r\nD,\r\nunclassified,30\n"))
  }

  @Test func defaultStoreIsUnderXDGDataHome() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    var environment = baseEnvironment(home: scratch.path)
    environment["XDG_DATA_HOME"] = scratch.path + "/data"
    let run = try caseload(["-c", "supervisor add A"] + fixed, environment: environment)
    #expect(run.status == 0)
    #expect(FileManager.default.fileExists(atPath: scratch.path + "/data/caseload/supervisors/S1.plist"))
  }

  @Test func atomicAppliesAllOrNothing() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let failing = try caseload(
      [
        "--store", scratch.store, "--atomic", "-c",
        "supervisor add A\nsupervisor add B\nsupervisor add C capacity=x",
      ] + fixed)
    #expect(failing.status == 1)
    #expect(failing.stderr.contains("--atomic: nothing was applied (2 changes rolled back)"))
    let after = try caseload(["--store", scratch.store, "-c", "supervisor list"] + fixed)
    #expect(after.stdout == "(none)\n")
    #expect(!FileManager.default.fileExists(atPath: scratch.store + "/journal.caseload"))
    let passing = try caseload(
      ["--store", scratch.store, "--atomic", "-c", "supervisor add A\nsupervisor add B"] + fixed)
    #expect(passing.status == 0)
    let journal = try String(contentsOfFile: scratch.store + "/journal.caseload", encoding: .utf8)
    #expect(journal.split(separator: "\n").count == 2)
    #expect(journal.split(separator: "\n").allSatisfy { $0.contains(" tx=1-2 ") })
  }

  @Test func dryRunWritesNothing() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(
      ["--store", scratch.store, "--dry-run", "-c", "supervisor add A\nsupervisor list"] + fixed)
    #expect(run.status == 0)
    #expect(run.stdout.contains("would record: supervisor add \"A\" id=S1 kind=other capacity=3"))
    #expect(!FileManager.default.fileExists(atPath: scratch.store))
  }

  @Test func corruptStoreExitsThreeAndIsNotOverwritten() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    _ = try caseload(["--store", scratch.store, "-c", "supervisor add A"] + fixed)
    let file = scratch.store + "/supervisors/S1.plist"
    try "not a plist".write(toFile: file, atomically: true, encoding: .utf8)
    let run = try caseload(
      ["--store", scratch.store, "--keep-going", "-c", "supervisor list", "-c", "supervisor add B"] + fixed)
    #expect(run.status == 3)
    #expect(run.stderr.contains("<command>:1: error: cannot read \(file): line 1: not an XML property list"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "not a plist")
    #expect(!FileManager.default.fileExists(atPath: scratch.store + "/supervisors/S2.plist"))
  }

  @Test func successLineFollowsTheDurableWrite() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let run = try caseload(["--store", scratch.store, "-c", "supervisor add A"] + fixed)
    #expect(run.stdout == "added S1 A\n")
    let journal = try String(contentsOfFile: scratch.store + "/journal.caseload", encoding: .utf8)
    #expect(journal.hasPrefix("supervisor add \"A\" id=S1 kind=other capacity=3 #| seq=1 at="))
    #expect(journal.contains(" officer=\"tester\" hash="))
  }
}
