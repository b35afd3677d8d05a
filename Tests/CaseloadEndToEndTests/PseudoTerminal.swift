import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The REPL on a pseudo-terminal: keys go in, the screen's bytes come out.
final class PseudoTerminal {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  private let master: Int32
  private let slaveName: String
  let pid: pid_t
  /// Everything the program wrote so far, and where the last `waitFor` stopped matching.
  private(set) var screen = ""
  private var searchedUpTo: String.Index

  /// The terminal's size, which libedit wraps long lines by.
  let columns: Int
  let rows: Int

  init(arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24) throws {
    // The master is close-on-exec from birth and the slave is opened only in the child, so
    // no other test's child (tests run in parallel) can inherit either end.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    // TIOCSPTLCK (unlock the slave) and TIOCGPTN (its number), from <asm/ioctls.h>.
    guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0
    else { throw Failure(description: "cannot open a pseudo-terminal") }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slaveName = "/dev/pts/\(number)"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // A new session, so the terminal becomes the child's controlling terminal and Ctrl-C
    // reaches it; default handlers and no blocked signals (the test runner blocks SIGINT).
    let setsid: Int32 = 0x80
    posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    let argv = ([caseloadBinary] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var child = pid_t()
    let status = posix_spawn(&child, caseloadBinary, &actions, &attributes, argv, envp)
    guard status == 0 else {
      close(master)
      throw Failure(description: "posix_spawn failed: \(status)")
    }
    self.master = master
    self.slaveName = slaveName
    self.columns = columns
    self.rows = rows
    pid = child
    searchedUpTo = screen.startIndex
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Types `keys` (`\t` Tab, `\u{1B}[A` Up, `\u{3}` Ctrl-C, `\u{4}` Ctrl-D).
  func type(_ keys: String) {
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Reads until `text` appears after the previous match; fails after `timeout` seconds.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let found = screen.range(of: text, range: searchedUpTo..<screen.endIndex) {
        let seen = String(screen[searchedUpTo..<found.upperBound])
        searchedUpTo = found.upperBound
        return seen
      }
      let remaining = deadline.timeIntervalSinceNow
      guard remaining > 0, readSome(timeout: remaining) else {
        throw Failure(description: "did not see \(text.debugDescription); \(diagnostics())")
      }
    }
  }

  /// Waits for the prompt and for the line editor to own the terminal (canonical mode off):
  /// keys typed before that are handled by the terminal driver, not by libedit, as typeahead
  /// is at any terminal.
  func waitForPrompt(_ prompt: String = "caseload> ", timeout: Double = 10) throws {
    try waitFor(prompt, timeout: timeout)
    let deadline = Date().addingTimeInterval(timeout)
    var modes = termios()
    while tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) != 0 {
      guard deadline.timeIntervalSinceNow > 0 else {
        throw Failure(description: "the editor did not take the terminal; \(diagnostics())")
      }
      _ = readSome(timeout: 0.01)
    }
  }

  /// Types `keys` (ending with `\r` to run a line), waits for `text`, then for the next
  /// prompt (`caseload*> ` inside a transaction).
  func run(_ keys: String, expecting text: String, then prompt: String = "caseload> ") throws {
    type(keys)
    try waitFor(text)
    try waitForPrompt(prompt)
  }

  /// Everything the program wrote so far.
  var screenText: String { screen }

  /// Reads until the program has written nothing for a moment, then shows the screen as a
  /// terminal of this size would.
  func settledScreen() -> Screen {
    while readSome(timeout: 0.3) {}
    return Screen(columns: columns, rows: rows, showing: screen)
  }

  /// Waits for the program to exit and returns its status, reading what it writes meanwhile.
  func exitStatus(timeout: Double = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      guard deadline.timeIntervalSinceNow > 0 else {
        throw Failure(description: "did not exit; \(diagnostics())")
      }
      _ = readSome(timeout: 0.05)
    }
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }

  /// The terminal's modes and the program's state, then the screen: what a failure needs.
  private func diagnostics() -> String {
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: "/bin/sh")
    probe.arguments = [
      "-c", "stty -a -F \(slaveName) | tr '\\n' ' '; echo; cut -d' ' -f3-8 /proc/\(pid)/stat",
    ]
    let pipe = Pipe()
    probe.standardOutput = pipe
    probe.standardError = pipe
    try? probe.run()
    probe.waitUntilExit()
    let state = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return "terminal and process:\n\(state)screen so far:\n\(screen)"
  }

  /// Waits (with poll, not sleep) for output; false when none came or the program closed it.
  private func readSome(timeout: Double) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, Int32(max(1, timeout * 1000))) > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    guard count > 0 else { return false }
    let offset = screen.distance(from: screen.startIndex, to: searchedUpTo)
    screen += String(decoding: buffer[..<count], as: UTF8.self)
    searchedUpTo = screen.index(screen.startIndex, offsetBy: offset)
    return true
  }
}
