import CaseloadLanguage
import Dispatch
import Synchronization

/// Reads a journal's canonical commands into invocations on a second thread, ahead of the
/// playback that resolves and applies them in order. Parsing depends on nothing but the text,
/// so the playback gets what it would have parsed itself; an entry that does not parse is
/// left for the playback to parse again, and to report.
final class ParseAhead: Sendable {
  /// Entries parsed in one go; the playback waits for a whole chunk.
  static let chunk = 512

  private let shared: Shared
  private let commands: [String]

  /// Starts parsing `commands` (the journal's entries from the first, in order), `chunk` at a
  /// time and at most `lead` chunks ahead of the playback, which bounds the memory held.
  init(_ commands: [String], registry: Registry, chunk: Int = ParseAhead.chunk, lead: Int = 8) {
    self.commands = commands
    let shared = Shared(count: commands.count, chunk: chunk, lead: lead)
    self.shared = shared
    // A thread of its own: the parser waits for the playback, and a waiting block would hold
    // one of the few threads of Dispatch's pool from the work queued behind it.
    startThread {
      for start in stride(from: 0, to: commands.count, by: chunk) {
        shared.space.wait()
        if shared.isCancelled { return }
        for index in start..<min(start + chunk, commands.count) {
          shared.results[index] = try? registry.canonicalInvocation(commands[index])
        }
        shared.ready[start / chunk].signal()
      }
    }
  }

  deinit {
    shared.cancel()
  }

  /// The invocation of the entry at `index` (0 for entry 1) if its text is `command` and it
  /// parsed; waits for its chunk. Each is handed over once.
  func invocation(at index: Int, command: String) -> Invocation? {
    guard index >= 0, index < commands.count, commands[index] == command else { return nil }
    return shared.take(at: index)
  }

  /// What the two threads share: the results, written by the parser before it signals their
  /// chunk and read by the playback after it has waited for that signal.
  private final class Shared: @unchecked Sendable {
    let results: UnsafeMutableBufferPointer<Invocation?>
    let chunk: Int
    let ready: [DispatchSemaphore]
    /// Chunks the parser may still parse before the playback takes one. (Made at 0 and
    /// signalled: libdispatch refuses to free a semaphore below the value it was made with.)
    let space = DispatchSemaphore(value: 0)
    /// Chunks the playback has waited for (the playback's alone).
    private var readyChunks = 0
    private let cancelled = Mutex(false)

    init(count: Int, chunk: Int, lead: Int) {
      results = .allocate(capacity: count)
      results.initialize(repeating: nil)
      self.chunk = chunk
      ready = (0..<((count + chunk - 1) / chunk)).map { _ in DispatchSemaphore(value: 0) }
      for _ in 0..<lead { space.signal() }
    }

    deinit {
      results.deinitialize()
      results.deallocate()
    }

    var isCancelled: Bool { cancelled.withLock { $0 } }

    /// Stops the parser before its next chunk; the results are freed once it has stopped.
    func cancel() {
      cancelled.withLock { $0 = true }
      space.signal()
    }

    func take(at index: Int) -> Invocation? {
      while readyChunks <= index / chunk {
        // The chunk before has been taken whole: the parser may parse another.
        if readyChunks > 0 { space.signal() }
        ready[readyChunks].wait()
        readyChunks += 1
      }
      defer { results[index] = nil }
      return results[index]
    }
  }
}
