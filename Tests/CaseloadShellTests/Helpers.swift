import CaseloadCore
import CaseloadStore
import Foundation

@testable import CaseloadShell

let today = Day(parsing: "2026-11-27")!

/// Collects what a session prints.
final class CapturingConsole: Console {
  var output: [String] = []
  var errors: [String] = []
  /// How many output lines there were at each `flush`.
  var flushes: [Int] = []
  var style = Style.plain
  func out(_ text: String) { output.append(text) }
  func err(_ text: String) { errors.append(text) }
  func flush() { flushes.append(output.count) }
}

/// A session on a new store in a temporary directory.
struct Harness {
  let path: String
  let store: Store
  let console = CapturingConsole()
  let session: Session

  init(keepGoing: Bool = true) throws {
    path = NSTemporaryDirectory() + "caseload-shell-test-" + UUID().uuidString
    store = try Store(path: path, officer: "tester")
    session = Session(store: store, console: console, today: today, keepGoing: keepGoing)
  }

  /// Runs `script` as a batch source named `test.caseload`; returns whether it ran to the end.
  @discardableResult
  func run(_ script: String, stopOnError: Bool = false) -> Bool {
    var lines = TextLines(script)
    return session.run(&lines, name: "test.caseload", stopOnError: stopOnError)
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

let wardScript = """
  team add "Tổ bảo vệ ANTT số 3"
  supervisor add "Trần Thị Bích" kind=team org="Tổ bảo vệ ANTT số 3" team=T1 team-role=leader
  supervisor add "Lê Văn Cường" kind=police capacity=1
  person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01 received=2026-10-05 gender=male
  person add "Đặng Thị Đào" born=1992-07-07 released=2026-09-01 received=2026-09-03 gender=female group=C
  assign P1 S1 from=2026-10-06 decision="12/QĐ-UBND"
  visit P1 on=2026-11-01 note="ổn định"
  """
