import Foundation
import Testing

@testable import CaseloadStore

/// The store must be readable by the standard plist tools, not just by caseload.
@Suite struct InteropTests {
  @Test func pythonPlistlibLoadsEveryFile() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    let script = """
      import plistlib, pathlib, sys
      root = pathlib.Path(sys.argv[1])
      files = sorted(root.glob('*.plist')) + sorted(root.glob('*/*.plist'))
      for f in files:
          data = plistlib.load(open(f, 'rb'))
          assert data['formatVersion'] == 1, f
      person = plistlib.load(open(root / 'persons' / 'P1.plist', 'rb'))['record']
      print(len(files), person['name'], person['visits'][0]['note'], person['assignments'][0]['supervisor'])
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, directory.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(output == "3 Nguyễn Văn An ổn định S1\n")
  }
}
