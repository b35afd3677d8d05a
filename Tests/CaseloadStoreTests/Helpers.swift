import CaseloadCore
import CaseloadLanguage
import Foundation
import Testing

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

  /// Makes the ward's signing key in `directory` (outside the store), journals it, and reads
  /// it for the transfer files this store writes. Returns the key file.
  @discardableResult
  func makeWardKey(in directory: String) throws -> String {
    let file = directory + "/ward.key"
    let request = KeyRequest(file: nil, publicKey: nil, fingerprint: nil, on: today, replace: false)
    let (_, canonical) = try makeKey(request, file: file)
    try commit([canonical])
    try prepareTransfer(keyPath: file)
    return file
  }

  /// Trusts `sending`'s current key under its ward's name, as an officer would once it was confirmed.
  func trust(_ sending: Store) throws {
    let key = try #require(sending.state.settings.currentKey)
    try commit([
      "ward trust add \(Lexer.quote(sending.state.settings.ward.name ?? "", always: true)) key=\(Lexer.quote(key.fingerprint, always: true))"
    ])
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
