import CaseloadCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// glibc's `syncfs(2)`, which the Glibc module does not export.
@_silgen_name("syncfs") private func systemSyncfs(_ fd: Int32) -> Int32

/// Small POSIX file operations with the durability and permissions caseload promises.
enum FileIO {
  /// Creates `path` and its parents with mode 0700 when missing.
  static func makeDirectory(_ path: String) throws(StoreError) {
    if mkdir(path, 0o700) == 0 {
      chmod(path, 0o700)
      return
    }
    switch errno {
    case EEXIST:
      guard PathText.isDirectory(path) else {
        throw .unwritable(path: path, reason: "exists and is not a directory")
      }
    case ENOENT where path.contains("/"):
      let parent = String(path[..<path.lastIndex(of: "/")!])
      if !parent.isEmpty { try makeDirectory(parent) }
      guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
        throw .unwritable(path: path, reason: errnoText())
      }
      chmod(path, 0o700)
    default:
      throw .unwritable(path: path, reason: errnoText())
    }
  }

  /// The file's bytes, nil when it does not exist; with `atMost`, a file larger than that is
  /// refused before any of it is read in.
  static func read(_ path: String, atMost limit: Int? = nil) throws(StoreError) -> Data? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw .unreadable(path: path, reason: Message(verbatim: errnoText()))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: Message(verbatim: errnoText())) }
    if let limit, Int(info.st_size) > limit {
      throw .unreadable(
        path: path,
        reason:
          "\(Int(info.st_size)) bytes, larger than the \(limit / (1 << 20)) MiB a file of this kind may take")
    }
    var data = Data(count: Int(info.st_size))
    var done = 0
    var failure = false
    data.withUnsafeMutableBytes { buffer in
      while done < buffer.count {
        let got = Glibc.read(fd, buffer.baseAddress! + done, buffer.count - done)
        if got < 0 && errno == EINTR { continue }
        if got <= 0 {
          failure = got < 0
          return
        }
        done += got
      }
    }
    if failure { throw .unreadable(path: path, reason: Message(verbatim: errnoText())) }
    return data.prefix(done)
  }

  /// Writes `data` to a temporary file, fsyncs it (unless not `sync`) and renames it over
  /// `path`: readers see the old file or the new one, never a mixture. The directory is synced
  /// by `syncDirectory`.
  static func replace(_ path: String, with data: Data?, sync: Bool = true) throws(StoreError) {
    guard let data else {
      guard unlink(path) == 0 || errno == ENOENT else { throw .unwritable(path: path, reason: errnoText()) }
      return
    }
    let temporary = path + ".tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .unwritable(path: temporary, reason: errnoText()) }
    defer { close(fd) }
    try writeAll(fd, data, path: temporary)
    guard !sync || fsync(fd) == 0 else { throw .unwritable(path: temporary, reason: errnoText()) }
    try rename(temporary, to: path)
  }

  /// Writes `data` to `path` (created 0600 or truncated), unsynced.
  static func writeUnsynced(_ path: String, _ data: Data) throws(StoreError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .unwritable(path: path, reason: errnoText()) }
    defer { close(fd) }
    try writeAll(fd, data, path: path)
  }

  static func rename(_ source: String, to target: String) throws(StoreError) {
    guard Glibc.rename(source, target) == 0 else { throw .unwritable(path: target, reason: errnoText()) }
  }

  /// Syncs everything written to the file system that holds `path` (one call, for many files).
  static func syncFileSystem(_ path: String) throws(StoreError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .unwritable(path: path, reason: errnoText()) }
    defer { close(fd) }
    guard systemSyncfs(fd) == 0 else { throw .unwritable(path: path, reason: errnoText()) }
  }

  /// Makes renames and creations in `directory` durable.
  static func syncDirectory(_ directory: String) throws(StoreError) {
    let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw .unwritable(path: directory, reason: errnoText()) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw .unwritable(path: directory, reason: errnoText()) }
  }

  static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(StoreError) {
    var failure: StoreError?
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = .unwritable(path: path, reason: errnoText())
          return
        }
        offset += written
      }
    }
    if let failure { throw failure }
  }

  /// The size of `path` in bytes, 0 when it does not exist.
  static func size(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// Bytes `offset..<offset+count` of `path`.
  static func read(_ path: String, from offset: Int, count: Int) throws(StoreError) -> Data {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .unreadable(path: path, reason: Message(verbatim: errnoText())) }
    defer { close(fd) }
    var data = Data(count: count)
    var done = 0
    var failure = false
    data.withUnsafeMutableBytes { buffer in
      while done < count {
        let got = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
        if got < 0 && errno == EINTR { continue }
        if got <= 0 {
          failure = got < 0
          return
        }
        done += got
      }
    }
    if failure { throw .unreadable(path: path, reason: Message(verbatim: errnoText())) }
    return data.prefix(done)
  }

  static func errnoText() -> String { String(cString: strerror(errno)) }
}

extension FileIO {
  /// Creates `path` (mode 0600) holding `data`, durably; refuses if it exists.
  static func create(_ path: String, with data: Data) throws(StoreError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw .unwritable(path: path, reason: errno == EEXIST ? "it exists (never overwritten)" : errnoText())
    }
    defer { close(fd) }
    var failure: StoreError?
    do { try writeAll(fd, data, path: path) } catch { failure = error }
    if failure == nil, fsync(fd) != 0 { failure = .unwritable(path: path, reason: errnoText()) }
    if let failure {
      unlink(path)
      throw failure
    }
    let parent = PathText.parent(of: path)
    try syncDirectory(parent.isEmpty ? "." : parent)
  }

  /// Writes `data` over the file at `path` (which exists), durably.
  static func overwrite(_ path: String, with data: Data) throws(StoreError) {
    let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
    guard fd >= 0 else { throw .unwritable(path: path, reason: errnoText()) }
    defer { close(fd) }
    try writeAll(fd, data, path: path)
    guard fsync(fd) == 0 else { throw .unwritable(path: path, reason: errnoText()) }
  }

  /// Gives the file at `source` the name `target` and removes the name `source`, refusing if
  /// `target` exists: a hard link, which never replaces a file; where the file system has no
  /// hard links (FAT), a rename after checking that `target` is free.
  static func link(_ source: String, to target: String) throws(StoreError) {
    if Glibc.link(source, target) == 0 {
      unlink(source)
      return
    }
    let failure = errno
    guard failure == EPERM || failure == EOPNOTSUPP || failure == EXDEV || failure == ENOSYS else {
      throw .unwritable(
        path: target,
        reason: failure == EEXIST ? "it exists (never overwritten)" : String(cString: strerror(failure)))
    }
    guard !FileManager.default.fileExists(atPath: target) else {
      throw .unwritable(path: target, reason: "it exists (never overwritten)")
    }
    try rename(source, to: target)
  }

  /// Removes files this process created, as far as it can (undoing a write that failed).
  static func remove(_ paths: [String]) {
    for path in paths { unlink(path) }
  }
}

/// Paths as text: the parts of a path that caseload needs, read as NSString reads them
/// (trailing slashes ignored), without Foundation.
public enum PathText {
  /// The directory part of `path`: "" when it has none, "/" for an entry of the root.
  public static func parent(of path: String) -> String {
    let path = withoutTrailingSlashes(path)
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(withoutTrailingSlashes(String(path[..<slash])))
  }

  /// The last component of `path`.
  public static func name(of path: String) -> String {
    let path = withoutTrailingSlashes(path)
    guard let slash = path.lastIndex(of: "/"), path != "/" else { return String(path) }
    return String(path[path.index(after: slash)...])
  }

  /// Whether `path` names a directory (following symbolic links).
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  private static func withoutTrailingSlashes(_ path: String) -> Substring {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path.removeLast() }
    return path
  }
}
