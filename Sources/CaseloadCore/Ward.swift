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
  public init() {}
}
