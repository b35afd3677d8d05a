import CaseloadCore
import Foundation
import Testing

@testable import CaseloadStore

/// §10's records on disk: teams and counters in store.plist, supports in the person's file.
@Suite struct CaseworkStoreTests {
  let casework = [
    #"team add "Tổ bảo vệ ANTT số 1" id=T1 area="Tổ dân phố 1""#,
    "supervisor edit S1 team=T1 team-role=leader",
    #"support P1 id=H1 kind=loan on=2026-11-02 by=S1 amount=40000000 provider="NHCSXH""#,
  ]

  @Test func pythonPlistlibReadsTeamsAndSupports() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands + casework)
    let script = """
      import plistlib, pathlib, sys
      root = pathlib.Path(sys.argv[1])
      header = plistlib.load(open(root / 'store.plist', 'rb'))
      person = plistlib.load(open(root / 'persons' / 'P1.plist', 'rb'))['record']
      supervisor = plistlib.load(open(root / 'supervisors' / 'S1.plist', 'rb'))['record']
      support = person['supports'][0]
      print(header['teams'][0]['name'], header['nextTeam'], header['nextSupport'],
            support['amount'] + 1, support['kind'], supervisor['team'], supervisor['teamRole'])
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, directory.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(output == "Tổ bảo vệ ANTT số 1 T2 H2 40000001 loan T1 leader\n")
  }

  @Test func aStorePlistWithoutTheNewKeysStillLoads() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    try Store(path: directory.path, officer: "an").commit(seedCommands)
    let path = directory.path + "/store.plist"
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var header = try PropertyListSerialization.propertyList(from: data, format: nil) as! [String: Any]
    #expect(header["nextSupport"] != nil && header["nextTeam"] != nil && header["teams"] == nil)
    header["nextSupport"] = nil
    header["nextTeam"] = nil
    try PropertyListSerialization.data(fromPropertyList: header, format: .xml, options: 0)
      .write(to: URL(fileURLWithPath: path))
    // As a caseload from before `digests.bin` left it: its files are rebuilt from the journal.
    try FileManager.default.removeItem(atPath: directory.path + "/digests.bin")
    let reopened = try Store(path: directory.path, officer: "an")
    #expect(reopened.problem == nil)
    #expect(
      reopened.notices.contains("every file was rebuilt from the journal, and its digest kept in digests.bin")
    )
    #expect(reopened.state.nextSupport == SupportID(1) && reopened.state.nextTeam == TeamID(1))
    try reopened.commit(casework)
    #expect(reopened.state.teams.map(\.id) == [TeamID(1)])
    #expect(reopened.verify() == .ok(entries: seedCommands.count + casework.count))
  }

  @Test func anotherSessionSeesATeamBeforeItsNextCommand() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let first = try Store(path: directory.path, officer: "an")
    try first.commit(seedCommands)
    let second = try Store(path: directory.path, officer: "binh")
    try second.ensure(.everything)
    try first.commit([casework[0]])
    try second.commit([casework[1], casework[2]])
    #expect(second.state.teams.map(\.name) == ["Tổ bảo vệ ANTT số 1"])
    try first.commit(["supervisor edit S1 team-role=deputy"])
    #expect(first.state.supervisors[SupervisorID(1)]?.teamRole == .deputy)
    #expect(first.verify() == .ok(entries: seedCommands.count + casework.count + 1))
  }
}
