/// A grassroots security team (Tổ bảo vệ an ninh, trật tự ở cơ sở, Luật 30/2023/QH15): its
/// members are supervisors whose `team` names it. Teams live in the ward's settings.
public struct Team: Codable, Equatable, Sendable {
  public var id: TeamID
  public var name: String
  /// The residential groups or streets it covers.
  public var area: String?

  public init(id: TeamID, name: String, area: String? = nil) {
    self.id = id
    self.name = name
    self.area = area
  }
}

/// A member's place in a team: its leader (tổ trưởng), a deputy (tổ phó) or a member.
public enum TeamRole: String, Choice { case leader, deputy, member }

/// One field of a team, as set by `team add` or `team edit`; nil clears the area.
public enum TeamField: Equatable, Sendable {
  case name(String)
  case area(String?)

  /// The command key that sets this field.
  public var key: String {
    switch self {
    case .name: "name"
    case .area: "area"
    }
  }
}

extension Team {
  mutating func set(_ field: TeamField) {
    switch field {
    case .name(let value): name = value
    case .area(let value): area = value
    }
  }
}
