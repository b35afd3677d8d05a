#if canImport(Glibc)
  import Glibc
#endif

/// Runs `body` on a new thread of its own, outside Dispatch's pool (for work that waits on
/// another thread, or that lowers its own priority), and returns at once.
func startThread(_ body: @escaping @Sendable () -> Void) {
  let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
  var thread = pthread_t()
  let status = pthread_create(
    &thread, nil,
    { context in
      Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().body()
      return nil
    }, context)
  precondition(status == 0, "cannot start a thread: \(String(cString: strerror(status)))")
  pthread_detach(thread)
}

private final class ThreadBody {
  let body: @Sendable () -> Void
  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}
