import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// What only tests ask of a store, through the environment: a fixed recording time
/// (`CASELOAD_TEST_CLOCK=2026-11-27T09:00:00+07:00`) so that transcripts are reproducible, and
/// a fault between the journal append and the file writes (`CASELOAD_TEST_FAULT=crash:N` ends
/// the process after its Nth journal append; `fail:N` makes that commit fail as a full disk would).
public struct TestHooks: Sendable {
  /// Where a commit stops: after the journal append of this process's Nth commit.
  public enum Fault: Equatable, Sendable {
    case crash(afterAppend: Int)
    case fail(afterAppend: Int)
  }

  /// The journal timestamp to write instead of the real clock's, verbatim.
  public var clock: String?
  /// The fault to inject, if any.
  public var fault: Fault?

  /// Hooks set directly, as unit tests do.
  public init(clock: String? = nil, fault: Fault? = nil) {
    self.clock = clock
    self.fault = fault
  }

  /// Hooks from `CASELOAD_TEST_CLOCK` and `CASELOAD_TEST_FAULT`; none when they are unset,
  /// and none in a release build: there a fixed clock would let any officer backdate entries,
  /// so only the debug build the tests run reads them.
  public init(environment: [String: String]) {
    #if DEBUG
      clock = environment["CASELOAD_TEST_CLOCK"].flatMap { $0.isEmpty ? nil : $0 }
      let parts = (environment["CASELOAD_TEST_FAULT"] ?? "").split(separator: ":")
      if parts.count == 2, let count = Int(parts[1]) {
        fault =
          parts[0] == "crash"
          ? .crash(afterAppend: count) : parts[0] == "fail" ? .fail(afterAppend: count) : nil
      }
    #endif
  }

  /// Called after each journal append; `appends` counts them in this process.
  func afterAppend(_ appends: Int, journal: String) throws(StoreError) {
    switch fault {
    case .crash(let count) where count == appends:
      _exit(70)
    case .fail(let count) where count == appends:
      throw .unwritable(
        path: journal, reason: "injected failure after the journal append (CASELOAD_TEST_FAULT)")
    default:
      return
    }
  }
}
