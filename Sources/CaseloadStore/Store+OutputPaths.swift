import CaseloadCore

#if canImport(Glibc)
  import Glibc
#endif

extension Store {
  /// Refuses an output path (`file=`, `to=`) that lies inside this store's directory, before
  /// anything is written: a transfer file or report page written there could replace a record
  /// (`persons/P5.plist`) or sit where the store expects none, and the store would stop
  /// working. Every command that writes a file asks this, once, where it takes the path.
  ///
  /// The path is resolved as the kernel would open it: relative to the working directory, with
  /// every symbolic link of the part that exists followed and `..` applied; it is inside when
  /// the store's directory (compared by device and inode, so that a second name for it, a bind
  /// mount or a case-insensitive file system's other spelling counts too) is one of the
  /// directories it lies in.
  public func refuseOutputInside(_ path: String) throws {
    guard let store = Store.identity(of: self.path) else { return }
    let resolved = Store.resolved(path)
    var directory = resolved
    while true {
      if Store.identity(of: directory) == store {
        throw DomainError(
          "'\(path)' is inside the store \(self.path): a file written there could replace the store's own records; choose a path outside it"
        )
      }
      let parent = PathText.parent(of: directory)
      guard !parent.isEmpty, parent != directory else { return }
      directory = parent
    }
  }

  /// Device and inode of `path`, following links; nil when it does not exist.
  private static func identity(of path: String) -> [UInt64]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }

  /// `path` made absolute, its longest existing part through `realpath` (links followed), the
  /// rest appended with `.` and `..` applied as text.
  static func resolved(_ path: String) -> String {
    var existing = path.isEmpty ? "." : path
    var rest: [String] = []
    while true {
      if let real = realpath(existing, nil) {
        defer { free(real) }
        var parts = String(cString: real).split(separator: "/").map(String.init)
        for part in rest {
          switch part {
          case ".", "": continue
          case "..": if !parts.isEmpty { parts.removeLast() }
          default: parts.append(part)
          }
        }
        return "/" + parts.joined(separator: "/")
      }
      // Nothing to resolve against (the working directory was removed): the write fails anyway.
      guard existing != ".", existing != "/" else { return path }
      let parent = PathText.parent(of: existing)
      rest.insert(PathText.name(of: existing), at: 0)
      // A relative path's last parent is the working directory; the root always exists.
      existing = parent.isEmpty ? "." : parent
    }
  }
}
