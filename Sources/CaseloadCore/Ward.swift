/// The ward itself: its name and province, used by reports and transfers.
public struct Ward: Codable, Equatable, Sendable {
  public var name: String?
  public var province: String?

  public init(name: String? = nil, province: String? = nil) {
    self.name = name
    self.province = province
  }

  /// Whether nothing is known of the ward yet.
  public var isEmpty: Bool { name == nil && province == nil }

  /// `Phường Hòa Bình, Hà Nội`, or `(ward not named; ward set name=…)`.
  public var label: String {
    guard let name else { return "(ward not named; ward set name=…)" }
    return province.map { "\(name), \($0)" } ?? name
  }
}

/// What belongs to the whole ward rather than one record; `store.plist` holds it.
public struct Settings: Codable, Equatable, Sendable {
  public var policy = Policy()
  public var ward = Ward()
  /// The ward's security teams, in id order: a handful, so they live with the settings.
  public var teams: [Team] = []
  /// The ward's signing keys, oldest first; the last is current unless replaced.
  public var keys: [WardKey] = []
  /// Other wards' keys this ward accepts transfer files from.
  public var trusted: [TrustedKey] = []
  public init() {}
}

/// One Ed25519 signing key the ward has had: its public half (64 hex digits), its fingerprint
/// (`SHA256:` and unpadded base64), the day it was made and, once replaced, the day it was.
/// The private half never enters the store or the journal.
public struct WardKey: Codable, Equatable, Sendable {
  public var publicKey: String
  public var fingerprint: String
  public var created: Day
  public var replaced: Day?

  public init(publicKey: String, fingerprint: String, created: Day, replaced: Day? = nil) {
    self.publicKey = publicKey
    self.fingerprint = fingerprint
    self.created = created
    self.replaced = replaced
  }
}

/// Another ward's signing key that this ward accepts transfer files from, by fingerprint,
/// once an officer confirmed it with that ward by phone or letter.
public struct TrustedKey: Codable, Equatable, Sendable {
  /// The sending ward's name, as its transfer files say it.
  public var ward: String
  public var fingerprint: String

  public init(ward: String, fingerprint: String) {
    self.ward = ward
    self.fingerprint = fingerprint
  }
}

extension Settings {
  /// The ward's signing key now: the last one made and not replaced.
  public var currentKey: WardKey? { keys.last.flatMap { $0.replaced == nil ? $0 : nil } }

  /// Whether transfer files signed with `fingerprint` in the name of `ward` are accepted:
  /// the ward's own keys, and the keys it trusts under that name.
  public func trusts(_ fingerprint: String, as ward: String?) -> Bool {
    keys.contains { $0.fingerprint == fingerprint }
      || trusted.contains { $0.fingerprint == fingerprint && $0.ward == ward }
  }
}

extension State {
  mutating func createWardKey(publicKey: String, fingerprint: String, on: Day, replace: Bool, rules: Rules)
    throws(DomainError) -> Outcome
  {
    guard publicKey.utf8.count == 64, publicKey.utf8.allSatisfy(\.isLowerHexDigit) else {
      throw DomainError("public= must be 64 lower-case hex digits (an Ed25519 public key)")
    }
    guard WardKey.isFingerprint(fingerprint) else {
      throw DomainError("'\(fingerprint)' is not a key fingerprint like SHA256:… (43 base64 characters)")
    }
    try rules.checkNotFuture(on, "the key's date")
    if let current = settings.currentKey {
      guard replace else {
        throw DomainError(
          "this ward has a signing key already, made \(current.created) (ward show gives its fingerprint); 'ward key create replace' makes a new one, and the wards that trust the old one must then trust the new one"
        )
      }
      guard on >= current.created else {
        throw DomainError("the new key's date \(on) is before the current key was made (\(current.created))")
      }
      settings.keys[settings.keys.count - 1].replaced = on
    }
    settings.keys.append(WardKey(publicKey: publicKey, fingerprint: fingerprint, created: on))
    var touched = Touched()
    touched.settings = true
    return Outcome(
      summary: replace
        ? "made the ward's new signing key; the old one stays in the journal, replaced \(on); 'ward show' gives the new fingerprint, for the wards that receive this ward's transfer files"
        : "made the ward's signing key; 'ward show' gives its fingerprint, for the wards that receive this ward's transfer files",
      touched: touched)
  }

  mutating func trustWard(_ ward: String, fingerprint: String) throws(DomainError) -> Outcome {
    guard !ward.isBlank else {
      throw DomainError(
        "a trusted key needs the sending ward's name, e.g. ward trust add \"Phường Phú Thượng\" key=SHA256:…")
    }
    guard WardKey.isFingerprint(fingerprint) else {
      throw DomainError("'\(fingerprint)' is not a key fingerprint like SHA256:… (43 base64 characters)")
    }
    if settings.trusted.contains(TrustedKey(ward: ward, fingerprint: fingerprint)) {
      throw DomainError("\(ward)'s key \(fingerprint) is trusted already")
    }
    settings.trusted.append(TrustedKey(ward: ward, fingerprint: fingerprint))
    var touched = Touched()
    touched.settings = true
    return Outcome(summary: "trusted \(ward)'s key \(fingerprint)", touched: touched)
  }

  mutating func distrustWard(_ ward: String) throws(DomainError) -> Outcome {
    let kept = settings.trusted.filter { $0.ward != ward }
    guard kept.count < settings.trusted.count else {
      throw DomainError("no key of '\(ward)' is trusted; 'ward trust' lists the trusted keys")
    }
    let removed = settings.trusted.count - kept.count
    settings.trusted = kept
    var touched = Touched()
    touched.settings = true
    return Outcome(
      summary: removed == 1
        ? "no longer trusting \(ward)'s key" : "no longer trusting \(ward)'s \(removed) keys",
      touched: touched)
  }
}

extension WardKey {
  /// `SHA256:` and 43 characters of unpadded base64 (32 bytes).
  public static func isFingerprint(_ text: String) -> Bool {
    guard text.hasPrefix("SHA256:") else { return false }
    let digits = text.utf8.dropFirst(7)
    return digits.count == 43
      && digits.allSatisfy { byte in
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
          || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
      }
  }
}

extension UInt8 {
  fileprivate var isLowerHexDigit: Bool { (0x30...0x39).contains(self) || (0x61...0x66).contains(self) }
}
