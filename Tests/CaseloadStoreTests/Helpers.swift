import CaseloadCore
import Foundation

@testable import CaseloadStore

let today = Day(parsing: "2026-11-27")!

/// A fresh directory for one test; removed when the test's `defer` calls `remove()`.
struct TemporaryDirectory {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "caseload-store-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

extension Store {
  /// Runs canonical commands as one committed write.
  func commit(_ commands: [String]) throws {
    try beginWrite(transaction: true)
    do {
      for command in commands { _ = try stage(command, today: today) }
    } catch {
      rollbackWrite()
      throw error
    }
    try commitWrite()
  }
}

let seedCommands = [
  #"person add "Nguyễn Văn An" id=P1 born=1980-01-02 released=2026-10-01 received=2026-10-05"#,
  #"supervisor add "Trần Thị Bích" id=S1 kind=team capacity=3"#,
  "assign P1 S1 role=lead from=2026-10-06",
  #"visit P1 id=V1 by=S1 on=2026-11-01 kind=home note="ổn định""#,
]

func fileText(_ path: String) -> String {
  (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

func mode(_ path: String) -> Int {
  ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
}
