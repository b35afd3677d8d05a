/// The capital ASCII letter that starts the ids of one kind of record (`P` in `P12`).
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

  /// Parses `P12` (any case) for this kind; nil for anything else. Byte by byte: every
  /// canonical command read back parses its ids here.
  public init?(parsing text: String) {
    let prefix = Kind.prefix.utf8
    var number = 0
    var index = 0
    for byte in text.utf8 {
      if index < prefix.count {
        // The prefix is capital letters; `| 0x20` lowercases a letter and nothing else matches.
        guard byte | 0x20 == prefix[prefix.index(prefix.startIndex, offsetBy: index)] | 0x20 else {
          return nil
        }
      } else {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        let (times10, overflow) = number.multipliedReportingOverflow(by: 10)
        let (sum, carry) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
        guard !overflow, !carry else { return nil }
        number = sum
      }
      index += 1
    }
    guard index > prefix.count, number > 0 else { return nil }
    self.number = number
  }

  public var description: String { Kind.prefix + String(number) }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.number < rhs.number }

  public static var textKind: String { "a \(Kind.prefix) id" }

  /// An id as files write it (`P12`: the capital letter, no leading zero); anything else is
  /// refused.
  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    // The capital letter and no leading zero (checked without building the text again).
    let utf8 = text.utf8
    guard let id = Self(parsing: text), utf8.first == Kind.prefix.utf8.first,
      utf8.dropFirst(Kind.prefix.utf8.count).first != UInt8(ascii: "0")
    else {
      throw DomainError("'\(text)' is not an id like \(Kind.prefix)12")
    }
    self = id
  }
}

public typealias PersonID = Identifier<PersonTag>
public typealias SupervisorID = Identifier<SupervisorTag>
public typealias VisitID = Identifier<VisitTag>
public typealias SupportID = Identifier<SupportTag>
public typealias TeamID = Identifier<TeamTag>
