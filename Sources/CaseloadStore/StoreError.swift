import CaseloadCore

/// Why the store cannot be used or written; the shell reports these with exit status 3.
public enum StoreError: ExplainedError, Equatable, Sendable, CustomStringConvertible {
  /// A file that cannot be read or decoded, with the reason (a message, so that a reason the
  /// program words is translated; an OS error's or a file's own words stay as they are).
  case unreadable(path: String, reason: Message)
  /// A record file or `store.plist` that is not the content caseload last wrote there
  /// (`digests.bin`): edited, damaged or copied in. Never served.
  case unverified(path: String)
  /// A file that cannot be written.
  case unwritable(path: String, reason: String)
  /// The write lock was not had in time; names who holds it.
  case locked(holder: String, waited: Double)
  /// The journal and the state files disagree in a way caseload will not repair by itself.
  case inconsistent(Message)
  /// Caseload caught itself about to do something wrong, and did nothing.
  case internalError(Message)
  /// A command's own file (a transfer file) could not be written; the command was refused and
  /// the store left as it was.
  case refused(Message)

  public var description: String { said.english }

  /// Two errors are the same when they say the same (a reason built with arguments equals one
  /// written out).
  public static func == (lhs: StoreError, rhs: StoreError) -> Bool { lhs.description == rhs.description }

  /// What went wrong, in a form each language can say.
  public var said: Message {
    switch self {
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    case .unverified(let path):
      "\(path) is not the file caseload wrote there (edited, damaged or copied in); run 'audit verify' to see how it differs"
    case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
    case .locked(let holder, let waited):
      "the store is locked by \(holder); gave up after \(Int(waited)) seconds"
    case .inconsistent(let message): message
    case .internalError(let message): "internal error: \(message)"
    case .refused(let message): message
    }
  }
}
