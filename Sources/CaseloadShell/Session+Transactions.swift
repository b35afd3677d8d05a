import CaseloadStore

/// A session's transactions and the entries its writes made durable.
extension Session {
  func beginTransaction() throws {
    try store.beginWrite(transaction: true)
    inTransaction = true
  }

  /// Makes the open transaction durable; returns the entries it recorded (nil if it held nothing).
  @discardableResult
  func commitTransaction() throws -> ClosedRange<Int>? {
    inTransaction = false
    return try commitWrite()
  }

  /// Commits the store's open write and notes the entries it recorded.
  @discardableResult
  func commitWrite() throws -> ClosedRange<Int>? {
    let before = store.head.entries
    try store.commitWrite()
    // The commit stands; a transfer file that could not be put in place is the officer's to fix.
    for problem in store.placingProblems {
      warn(problem)
      failed = true
    }
    guard store.head.entries > before else { return nil }
    let entries = (before + 1)...store.head.entries
    if let last = recorded.last, last.upperBound + 1 == entries.lowerBound {
      recorded[recorded.count - 1] = last.lowerBound...entries.upperBound
    } else {
      recorded.append(entries)
    }
    return entries
  }

  /// Drops the open transaction; returns how many changes it held.
  @discardableResult
  func rollbackTransaction() -> Int {
    let count = store.stagedCount
    inTransaction = false
    store.rollbackWrite()
    return count
  }

  /// Brings the record files up to the journal at the end of a batch; a failure is reported
  /// (the journal holds every change, and the next open repairs the files).
  func checkpoint() {
    do { try store.flush() } catch { report(error, text: "", place: Place(name: nil, line: 0)) }
  }
}
