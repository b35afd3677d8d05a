import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The store's write lock: an advisory `flock` on `lock`, whose text names the holder.
final class WriteLock {
  private let path: String
  private var fd: Int32 = -1

  init(path: String) { self.path = path }

  deinit { release() }

  var isHeld: Bool { fd >= 0 }

  /// Takes the lock, waiting up to `timeout` seconds; then fails naming the holder.
  func acquire(officer: String, timeout: Double) throws(StoreError) {
    guard fd < 0 else { return }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: FileIO.errnoText()) }
    let deadline = Date().addingTimeInterval(timeout)
    while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
        let holder = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        close(descriptor)
        let text = holder?.trimmed ?? ""
        throw .locked(holder: text.isEmpty ? "another session" : text, waited: timeout)
      }
      usleep(20_000)
    }
    fd = descriptor
    let since = Timestamp.now()
    let holder = "officer \(officer), process \(getpid()), since \(since)\n"
    _ = ftruncate(descriptor, 0)
    _ = pwrite(descriptor, holder, holder.utf8.count, 0)
  }

  func release() {
    guard fd >= 0 else { return }
    _ = ftruncate(fd, 0)
    flock(fd, LOCK_UN)
    close(fd)
    fd = -1
  }
}
