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
    let (status, output) = try run(["python3", "-c", script, directory.path])
    #expect(status == 0)
    #expect(output == "3 Nguyễn Văn An ổn định S1\n")
  }

  /// libplist's `plistutil` (installed by scripts/setup) converts each file to binary and
  /// back without complaint, and the text survives.
  @Test func plistutilReadsEveryFile() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let store = try Store(path: directory.path, officer: "an")
    try store.commit(seedCommands)
    for file in ["store.plist", "persons/P1.plist", "supervisors/S1.plist"] {
      let binary = directory.path + "/converted.bin"
      let (toBinary, _) = try run(["plistutil", "-i", directory.path + "/" + file, "-o", binary, "-f", "bin"])
      #expect(toBinary == 0, "plistutil could not read \(file); is libplist-utils installed (scripts/setup)?")
      let (toXML, xml) = try run(["plistutil", "-i", binary, "-f", "xml"])
      #expect(toXML == 0)
      #expect(xml.contains("<key>formatVersion</key>"))
    }
    let (_, person) = try run(["plistutil", "-i", directory.path + "/persons/P1.plist", "-f", "xml"])
    #expect(person.contains("Nguyễn Văn An"))
  }

  /// A transfer file and the copy an importing store keeps read in both tools too.
  @Test func transferFilesAndKeptCopiesLoadInBothTools() throws {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let sending = try Store(path: directory.path + "/sending", officer: "an")
    try sending.commit([#"ward set name="Phường Hòa Bình""#] + seedCommands)
    try sending.makeWardKey(in: directory.path)
    let file = directory.path + "/an.plist"
    try sending.commit([#"person transfer P1 to="Phường Bến Thành" file="\#(file)" on=2026-11-20"#])
    let receiving = try Store(path: directory.path + "/receiving", officer: "bình")
    try receiving.trust(sending)
    try receiving.beginWrite()
    let imported = try receiving.prepareImport(file)
    let request = "person import \"sha256:\(imported.digest)\" id=P1 received=2026-11-25"
    _ = try receiving.stage(request, today: today, importing: imported)
    try receiving.commitWrite()
    let kept = directory.path + "/receiving/imports/\(imported.digest).plist"
    let script = """
      import plistlib, sys
      for path in sys.argv[1:]:
          data = plistlib.load(open(path, 'rb'))
          print(data['kind'], data['ward']['name'], data['person']['name'], data['head']['seq'])
      """
    let (status, output) = try run(["python3", "-c", script, file, kept])
    #expect(status == 0)
    #expect(output == String(repeating: "caseload transfer Phường Hòa Bình Nguyễn Văn An 7\n", count: 2))
    for path in [file, kept] {
      let (converted, xml) = try run(["plistutil", "-i", path, "-f", "xml"])
      #expect(converted == 0)
      #expect(xml.contains("<key>transferDigest</key>"))
    }
  }

  /// Runs a program found on PATH; returns its exit status and standard output.
  private func run(_ arguments: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }
}
