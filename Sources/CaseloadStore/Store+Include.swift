import CaseloadCore
import CaseloadLanguage
import Dispatch
import FoundationEssentials

/// Another ward's store, opened read-only and verified, as a report that includes it sees it.
public struct IncludedStore: Sendable {
  public let path: String
  /// What its journal makes, which its files were checked to hold.
  public let state: State
  public let head: JournalHead
}

extension Store {
  /// Opens each directory read-only and checks it as `audit verify` does (chain, head,
  /// playback compared with every file), all cores sharing the work; the first that is not
  /// a store or does not verify is an error naming it, and nothing is reported. A store whose
  /// files lag its journal (a batch running there, or a crash) is reported from its journal.
  public static func included(_ paths: [String], registry: Registry = .standard) throws -> [IncludedStore] {
    var results = [Result<IncludedStore, DomainError>?](repeating: nil, count: paths.count)
    results.withUnsafeMutableBufferPointer { slots in
      DispatchQueue.concurrentPerform(iterations: paths.count) { index in
        slots[index] = Store.included(paths[index], registry: registry)
      }
    }
    return try results.map { try $0!.get() }
  }

  private static func included(_ path: String, registry: Registry) -> Result<IncludedStore, DomainError> {
    guard FileManager.default.fileExists(atPath: path + "/store.plist") else {
      return .failure(DomainError("include=: '\(path)' is not a caseload store (it has no store.plist)"))
    }
    do {
      let store = try Store(path: path, officer: "report", registry: registry, readOnly: true)
      let (verdict, state, head) = store.verification()
      guard let state, let head else {
        if case .bad(let message) = verdict {
          return .failure(DomainError("include=: \(path) does not verify: \(message)"))
        }
        return .failure(DomainError("include=: \(path) does not verify"))
      }
      return .success(IncludedStore(path: path, state: state, head: head))
    } catch {
      return .failure(DomainError("include=: cannot open \(path): \(error)"))
    }
  }
}
