import CLibEdit
import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive line reader: libedit with emacs keys, history and Tab completion.
final class Terminal: LineReader {
  private let editor: OpaquePointer
  private let history: OpaquePointer
  private let historyPath: String?
  private let completer: () -> Completer
  /// What the prompt shows between `caseload` and `> `: the session's state.
  private let state: () -> String
  private var prompt = strdup("caseload> ")!
  private let continuationPrompt = strdup("     ...> ")!
  fileprivate var showingContinuation = false
  /// Set when Ctrl-C is read: the line `el_gets` returns next is to be dropped.
  fileprivate var interrupted = false

  /// Sets up libedit on the process's terminal; `completer` gives completion over the current
  /// state, and `state` what the prompt shows of the session (`*` in a transaction).
  init(historyPath: String?, state: @escaping () -> String = { "" }, completer: @escaping () -> Completer) {
    Terminal.useUTF8Locale()
    Terminal.catchInterrupts()
    self.historyPath = historyPath
    self.state = state
    self.completer = completer
    editor = caseload_el_init("caseload")
    history = caseload_history_init()
    caseload_history_setsize(history, 1000)
    caseload_history_setunique(history, 1)
    if let historyPath { caseload_history_load(history, historyPath) }
    caseload_el_set_editor(editor, "emacs")
    caseload_el_set_signal(editor, 1)
    caseload_el_set_history(editor, history)
    caseload_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
    caseload_el_set_prompt(editor, terminalPrompt)
    caseload_el_add_function(editor, "caseload-complete", "complete the word", terminalComplete)
    caseload_el_bind(editor, "^I", "caseload-complete")
    caseload_el_keep_interrupt_key(editor)
    caseload_el_set_read_function(editor, terminalReadCharacter)
    let bindings = [
      ("\u{1B}[1~", "ed-move-to-beg"), ("\u{1B}[7~", "ed-move-to-beg"), ("\u{1B}[H", "ed-move-to-beg"),
      ("\u{1B}[4~", "ed-move-to-end"), ("\u{1B}[8~", "ed-move-to-end"), ("\u{1B}[F", "ed-move-to-end"),
      ("\u{1B}[3~", "ed-delete-next-char"), ("\u{1B}[1;5C", "em-next-word"),
      ("\u{1B}[1;5D", "ed-prev-word"),
    ]
    for (keys, command) in bindings { caseload_el_bind(editor, keys, command) }
    el_source(editor, nil)
  }

  deinit {
    el_end(editor)
    history_end(history)
    free(prompt)
    free(continuationPrompt)
  }

  func read(continuation: Bool) -> LineInput {
    showingContinuation = continuation
    free(prompt)
    prompt = strdup("caseload\(state())> ")!
    var count: Int32 = 0
    errno = 0
    let raw = el_gets(editor, &count)
    if interrupted {
      interrupted = false
      StandardConsole.write(1, Array("^C\n".utf8))
      return .interrupted
    }
    guard let raw else {
      StandardConsole.write(1, Array("\n".utf8))
      return .end
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Adds a command to the history file (0600) as one entry, however many lines it took. A
  /// command typed with a leading space is not kept.
  func remember(_ command: String) {
    guard !command.isBlank, !command.hasPrefix(" ") else {
      return
    }
    caseload_history_enter(history, command)
    guard let historyPath else { return }
    let fd = open(historyPath, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    if fd >= 0 { close(fd) }
    caseload_history_save(history, historyPath)
    chmod(historyPath, 0o600)
  }

  fileprivate var currentPrompt: UnsafeMutablePointer<CChar> {
    showingContinuation ? continuationPrompt : prompt
  }

  /// Replaces the word before the cursor with the candidates' common prefix, or lists them.
  fileprivate func complete() -> UInt8 {
    guard let info = el_line(editor)?.pointee else { return UInt8(CC_ERROR) }
    let length = info.cursor - info.buffer
    let bytes = UnsafeRawBufferPointer(start: info.buffer, count: length)
    let before = String(decoding: bytes, as: UTF8.self)
    let result = completer().complete(before)
    guard !result.candidates.isEmpty else { return UInt8(CC_ERROR) }
    var replacement = result.commonPrefix
    if result.candidates.count == 1, !replacement.hasSuffix("="), !replacement.hasSuffix(" ") {
      replacement += " "
    }
    if replacement != result.stem, replacement.count >= result.stem.count {
      el_deletestr(editor, Int32(result.stem.unicodeScalars.count))
      el_insertstr(editor, replacement)
      return UInt8(CC_REFRESH)
    }
    let whole = String(
      decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.lastchar - info.buffer), as: UTF8.self)
    StandardConsole.write(1, Array(listing(result.candidates, before: before, line: whole).utf8))
    return UInt8(CC_REDISPLAY)
  }

  /// The choices in columns, below the line being edited, placed so that libedit's redisplay
  /// (which moves up as many rows as the cursor sat below the line's first row, clearing as
  /// it goes) lands under the list instead of over it, however many rows the line wraps to.
  private func listing(_ candidates: [String], before: String, line: String) -> String {
    let columns = Terminal.columns()
    let width = candidates.map(TextWidth.of).max()! + 2
    let perLine = max(1, columns / width)
    let promptWidth = TextWidth.of(String(cString: currentPrompt))
    let cursorRow = (promptWidth + TextWidth.of(before)) / columns
    let lastRow = (promptWidth + TextWidth.of(line)) / columns
    var listing = String(repeating: "\n", count: lastRow - cursorRow + 1)
    for (index, candidate) in candidates.enumerated() {
      listing += TextWidth.pad(candidate, to: width)
      if index % perLine == perLine - 1 || index == candidates.count - 1 { listing += "\n" }
    }
    return listing + String(repeating: "\n", count: cursorRow)
  }

  /// The terminal's width in columns (80 when it does not say, as libedit assumes).
  private static func columns() -> Int {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  /// libedit drops non-ASCII input unless the C library works in UTF-8.
  private static func useUTF8Locale() {
    setlocale(LC_CTYPE, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
  }

  /// While a line is edited Ctrl-C is read as a byte (see `terminalReadCharacter`); at other
  /// moments SIGINT is caught and ignored, so that it never kills a command half-way.
  private static func catchInterrupts() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }
}

private func terminal(_ editor: OpaquePointer?) -> Terminal? {
  guard let editor, let data = caseload_el_get_clientdata(editor) else { return nil }
  return Unmanaged<Terminal>.fromOpaque(data).takeUnretainedValue()
}

private func terminalPrompt(_ editor: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
  terminal(editor)?.currentPrompt
}

/// libedit's read-one-character hook: decodes UTF-8 from standard input. Ctrl-C (or an
/// interrupted read) ends `el_gets` as if at end of input, marked to drop the line rather
/// than leave. Returns 1 with a character, 0 at the end.
private func terminalReadCharacter(_ editor: OpaquePointer?, _ character: UnsafeMutablePointer<wchar_t>?)
  -> Int32
{
  func byte() -> UInt8? {
    var value: UInt8 = 0
    while true {
      let count = read(0, &value, 1)
      if count == 1 { return value }
      if count < 0 && errno == EINTR { return 3 }
      return nil
    }
  }
  guard let first = byte(), let character else { return 0 }
  if first == 3 {
    terminal(editor)?.interrupted = true
    return 0
  }
  let length =
    first < 0x80 ? 1 : first >> 5 == 0b110 ? 2 : first >> 4 == 0b1110 ? 3 : first >> 3 == 0b11110 ? 4 : 1
  var bytes = [first]
  while bytes.count < length, let next = byte() { bytes.append(next) }
  let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
  character.pointee = wchar_t(bitPattern: scalar.value)
  return 1
}

private func terminalComplete(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
  terminal(editor)?.complete() ?? UInt8(CC_ERROR)
}
