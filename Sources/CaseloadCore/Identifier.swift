/// The letter that starts the ids of one kind of record.
public protocol RecordKind: Sendable {
  static var prefix: String { get }
}

public enum PersonTag: RecordKind { public static let prefix = "P" }
public enum SupervisorTag: RecordKind { public static let prefix = "S" }
public enum VisitTag: RecordKind { public static let prefix = "V" }
/// Support measures (hỗ trợ): `H1`, `H2`, …
public enum SupportTag: RecordKind { public static let prefix = "H" }
/// Security teams (Tổ bảo vệ ANTT ở cơ sở): `T1`, `T2`, …
public enum TeamTag: RecordKind { public static let prefix = "T" }

/// An id such as `P12`: assigned in order, never reused.
public struct Identifier<Kind: RecordKind>: Hashable, Comparable, Sendable, TextCodable {
  public let number: Int

  public init(_ number: Int) { self.number = number }

  /// Parses `P12` (any case) for this kind; nil for anything else.
  public init?(parsing text: String) {
    guard text.count > Kind.prefix.count,
      text.prefix(Kind.prefix.count).uppercased() == Kind.prefix,
      let n = Int(text.dropFirst(Kind.prefix.count)), n > 0,
      text.dropFirst(Kind.prefix.count).allSatisfy(\.isASCIIDigitCharacter)
    else { return nil }
    number = n
  }

  public var description: String { Kind.prefix + String(number) }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }

  public static var textKind: String { "a \(Kind.prefix) id" }
}

public typealias PersonID = Identifier<PersonTag>
public typealias SupervisorID = Identifier<SupervisorTag>
public typealias VisitID = Identifier<VisitTag>
public typealias SupportID = Identifier<SupportTag>
public typealias TeamID = Identifier<TeamTag>
