/// A value chosen from a fixed list of words; the language layer completes and checks them.
public protocol Choice: CaseIterable, RawRepresentable, Codable, Hashable, Sendable
where RawValue == String {}

extension Choice {
  /// Every allowed word, in declaration order.
  public static var words: [String] { allCases.map(\.rawValue) }
}

public enum Gender: String, Choice { case male, female }
public enum ReleaseKind: String, Choice { case completed, amnesty, conditional }
/// `expected`: notified by the prison, not yet received; `open`: received; `closed`.
public enum CaseStatus: String, Choice { case expected, open, closed }
public enum CloseReason: String, Choice { case expunged, deceased, moved, convicted }
public enum SupervisorStatus: String, Choice { case active, retired }
public enum Role: String, Choice { case lead, helper }
public enum ContactKind: String, Choice { case home, phone, office, workplace, other }
/// Whether the judgment's other decisions (fines, compensation, court fees) are carried out.
public enum Obligations: String, Choice { case done, pending }
/// How a criminal record is cleared: by law on its own (Art. 70) or by a court (Art. 71).
public enum ExpungementRoute: String, Choice { case auto, court }

/// Who a supervisor is: police officer, security-team member, mass organisation, and so on.
public enum SupervisorKind: String, Choice {
  case police, team
  case massOrg = "mass-org"
  case residential, family, employer, other
}

/// The classification of how a person is doing; the letters are the official group names.
// swift-format-ignore: AlwaysUseLowerCamelCase
public enum Group: String, Choice {
  /// Law-abiding and stable.
  case A
  /// Law-abiding but struggling.
  case B
  /// Not complying, or at risk.
  case C
  /// Detained or in compulsory treatment.
  case D
}
