import Foundation
import Testing

@testable import CaseloadStore

/// `PathText` reads a path as NSString's path methods do, which it replaces.
@Suite struct PathTextTests {
  @Test(arguments: [
    "wards/ward-02", "wards/ward-02/", "/tmp/x.plist", "/x", "/", "", "a//b", "./p", "../q/",
    "/srv/caseload/", "Phường An/store",
  ])
  func readsAsNSStringDoes(path: String) {
    #expect(PathText.parent(of: path) == (path as NSString).deletingLastPathComponent)
    #expect(PathText.name(of: path) == (path as NSString).lastPathComponent)
  }

  /// A name without a slash (Foundation here stops the process on it).
  @Test func aBareNameHasNoParent() {
    #expect(PathText.parent(of: "store") == "")
    #expect(PathText.name(of: "store") == "store")
    #expect(PathText.parent(of: "store/") == "")
  }

  @Test func knowsADirectoryFromAFile() throws {
    let directory = FileManager.default.temporaryDirectory.path + "/pathtext-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    FileManager.default.createFile(atPath: directory + "/file", contents: Data())
    #expect(PathText.isDirectory(directory))
    #expect(!PathText.isDirectory(directory + "/file"))
    #expect(!PathText.isDirectory(directory + "/missing"))
  }
}
