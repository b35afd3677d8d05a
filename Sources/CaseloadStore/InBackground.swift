import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// A value computed on a thread of its own at the lowest priority, waited for where it is
/// needed: work that can wait while the caller's thread does what it cannot (`audit verify`
/// decodes the files while the journal plays, which is the longer of the two).
///
/// The work may read what the caller also reads, but nothing the caller changes meanwhile:
/// the caller vouches for that, as it would for a closure it runs itself.
final class InBackground<Value>: @unchecked Sendable {
  private var result: Value?
  private let done = DispatchSemaphore(value: 0)

  init(_ work: @escaping () -> Value) {
    let unchecked = UncheckedWork(work: work)
    startThread {
      // On Linux a thread's nice value is its own: this lowers this thread alone.
      setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
      self.result = unchecked.work()
      self.done.signal()
    }
  }

  /// The value, once the work is done.
  var value: Value {
    done.wait()
    defer { done.signal() }
    return result!
  }

  private struct UncheckedWork: @unchecked Sendable {
    let work: () -> Value
  }
}
