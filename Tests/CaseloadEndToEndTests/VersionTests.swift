import Foundation
import Testing

/// §11: `caseload --version` and the shell completion scripts swift-argument-parser writes.
@Suite struct VersionTests {
  @Test func versionNamesTheProgram() throws {
    let run = try caseload(["--version"])
    #expect(run.status == 0)
    #expect(
      run.stdout.range(of: #"^caseload \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil,
      "\(run.stdout)")
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsCoverTheOptions(shell: String) throws {
    let run = try caseload(["--generate-completion-script", shell])
    #expect(run.status == 0)
    #expect(run.stdout.contains("caseload"))
    #expect(run.stdout.contains("--color") || run.stdout.contains("'color"))
    #expect(run.stdout.contains("always"), "the values of --color are offered")
  }

  @Test func bashCompletionOffersTheColourModes() throws {
    let script = try caseload(["--generate-completion-script", "bash"]).stdout
    let scratch = Scratch()
    defer { scratch.remove() }
    let path = scratch.path + "/caseload.bash"
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    let bash = Process()
    bash.executableURL = URL(fileURLWithPath: "/bin/bash")
    bash.arguments = [
      "-c",
      """
      source '\(path)'
      COMP_WORDS=(caseload --color ''); COMP_CWORD=2; COMP_LINE='caseload --color '; COMP_POINT=${#COMP_LINE}
      _caseload caseload '' --color; echo "${COMPREPLY[*]}"
      """,
    ]
    let pipe = Pipe()
    bash.standardOutput = pipe
    try bash.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    bash.waitUntilExit()
    #expect(output == "auto always never\n")
  }

  @Test func anUnknownShellIsAUsageError() throws {
    let run = try caseload(["--generate-completion-script", "tcsh"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("bash"))
  }
}
