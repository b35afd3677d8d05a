import CaseloadCore
import Crypto
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The ward's Ed25519 signing key, read from its file: what signs transfer files and kept heads.
public struct WardSigner: Sendable {
  let key: Curve25519.Signing.PrivateKey
  /// The public key, 64 hex digits, as the journal has it.
  public let publicKey: String
  /// `SHA256:` and unpadded base64 of SHA-256 over the 32 raw public-key bytes.
  public let fingerprint: String

  init(_ key: Curve25519.Signing.PrivateKey) {
    self.key = key
    publicKey = WardKeys.hex(key.publicKey.rawRepresentation)
    fingerprint = WardKeys.fingerprint(raw: key.publicKey.rawRepresentation)
  }

  /// An Ed25519 signature over `data`, 128 hex digits.
  func sign(_ data: Data) throws(StoreError) -> String {
    do {
      return WardKeys.hex(try key.signature(for: data))
    } catch {
      throw .internalError("cannot sign with the ward key: \(String(describing: error))")
    }
  }
}

/// Ward keys: the key file, fingerprints, signatures.
///
/// The key file is text, two lines: `caseload ward key` and `ed25519-private: ` with the 32 raw
/// bytes of the private key in hex. It is created 0600 (its directory 0700), never over an
/// existing file and never inside the store, so that copying a store never copies the key.
public enum WardKeys {
  static let fileHeader = "caseload ward key"
  static let privatePrefix = "ed25519-private: "

  /// The fingerprint of a public key given as 32 raw bytes.
  static func fingerprint(raw: some DataProtocol) -> String {
    var text = Data(SHA256.hash(data: Data(raw))).base64EncodedString()
    while text.hasSuffix("=") { text.removeLast() }
    return "SHA256:" + text
  }

  /// The fingerprint of a public key given as 64 hex digits; nil if it is not one.
  public static func fingerprint(publicKey hex: String) -> String? {
    guard let raw = bytes(hex: hex), raw.count == 32 else { return nil }
    return fingerprint(raw: raw)
  }

  /// Whether `signature` (hex) is `publicKey`'s (hex) Ed25519 signature over `data`.
  static func verify(_ signature: String, of data: Data, by publicKey: String) -> Bool {
    guard let raw = bytes(hex: publicKey), let signed = bytes(hex: signature),
      let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
    else { return false }
    return key.isValidSignature(signed, for: data)
  }

  static func hex(_ bytes: some Sequence<UInt8>) -> String {
    String(
      decoding: bytes.flatMap { [Journal.hexDigit($0 >> 4), Journal.hexDigit($0 & 0x0F)] }, as: UTF8.self)
  }

  /// The bytes of lower-case hex text; nil if it is not that.
  static func bytes(hex: String) -> Data? {
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var data = Data(capacity: digits.count / 2)
    var index = 0
    while index < digits.count {
      guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
      data.append(high << 4 | low)
      index += 2
    }
    return data
  }

  private static func value(_ digit: UInt8) -> UInt8? {
    switch digit {
    case 0x30...0x39: digit - 0x30
    case 0x61...0x66: digit - 0x57
    default: nil
    }
  }

  /// The key file when none is named: `CASELOAD_KEY`, else `$XDG_CONFIG_HOME/caseload/ward.key`,
  /// else `~/.config/caseload/ward.key`.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let path = environment["CASELOAD_KEY"], !path.isEmpty { return path }
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/caseload/ward.key" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/caseload/ward.key" }
    return nil
  }

  /// Makes a new key and writes its private half to `path`: refused if a file is there or if
  /// `path` lies inside the store at `store`. Missing directories are made 0700.
  public static func create(at path: String, outside store: String) throws -> WardSigner {
    if FileManager.default.fileExists(atPath: path) {
      throw DomainError("'\(path)' exists; a key file is never overwritten: choose another file=")
    }
    let parent = PathText.parent(of: path)
    if !parent.isEmpty, !PathText.isDirectory(parent) { try FileIO.makeDirectory(parent) }
    if isInside(path, store) {
      throw DomainError(
        "'\(path)' is inside the store; the ward key never goes with the store: choose a file outside it")
    }
    let key = Curve25519.Signing.PrivateKey()
    let text = "\(fileHeader)\n\(privatePrefix)\(hex(key.rawRepresentation))\n"
    try FileIO.create(path, with: Data(text.utf8))
    return WardSigner(key)
  }

  /// Reads the key file at `path`; nil when there is none.
  public static func load(from path: String) throws -> WardSigner? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    guard let data = try FileIO.read(path), data.count < 4096 else {
      throw DomainError("cannot read the ward key \(path): not a caseload ward key file")
    }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    guard lines.count == 2, lines[0] == fileHeader, lines[1].hasPrefix(privatePrefix),
      let raw = bytes(hex: String(lines[1].dropFirst(privatePrefix.count))), raw.count == 32,
      let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    else {
      throw DomainError("cannot read the ward key \(path): not a caseload ward key file")
    }
    return WardSigner(key)
  }

  /// Whether `path` (which need not exist) lies in `directory`, both resolved through
  /// symbolic links as far as they exist.
  static func isInside(_ path: String, _ directory: String) -> Bool {
    guard let root = resolved(directory) else { return false }
    let parent = PathText.parent(of: path)
    guard let place = resolved(parent.isEmpty ? "." : parent) else { return false }
    return place == root || place.hasPrefix(root == "/" ? "/" : root + "/")
  }

  private static func resolved(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
