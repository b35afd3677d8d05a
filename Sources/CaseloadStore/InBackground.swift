import Foundation

/// A value computed on another thread, waited for where it is needed.
///
/// The work may read what the caller also reads, but nothing the caller changes meanwhile:
/// the caller vouches for that, as it would for a closure it runs itself.
final class InBackground<Value>: @unchecked Sendable {
  private var result: Value?
  private let done = DispatchSemaphore(value: 0)

  init(_ work: @escaping () -> Value) {
    let unchecked = UncheckedWork(work: work)
    DispatchQueue.global(qos: .userInitiated).async {
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
