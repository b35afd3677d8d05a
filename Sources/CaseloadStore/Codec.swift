import CaseloadCore
import FoundationEssentials

/// The current version of every file's format; each file says which version wrote it.
public let storeFormatVersion = 1

/// `store.plist`: what is not one person or supervisor, and how far the journal has been applied.
struct StoreHeader: Codable, Equatable {
  var formatVersion = storeFormatVersion
  var nextPerson = PersonID(1)
  var nextSupervisor = SupervisorID(1)
  var nextVisit = VisitID(1)
  /// Absent in stores written before supports and teams existed (and then 1).
  var nextSupport: SupportID?
  var nextTeam: TeamID?
  var policy = Policy()
  /// Absent in stores written before the ward had a name.
  var ward: Ward?
  /// The ward's security teams; absent when it has none.
  var teams: [Team]?
  /// The ward's signing keys (public halves) and the other wards' keys it trusts; absent when none.
  var wardKeys: [WardKey]?
  var trustedKeys: [TrustedKey]?
  var journal = JournalHead()
}

extension StoreHeader {
  /// Sets what `store.plist` holds of the state: the policy, the ward and the next ids.
  func fill(_ state: inout State) {
    state.nextPerson = nextPerson
    state.nextSupervisor = nextSupervisor
    state.nextVisit = nextVisit
    state.nextSupport = nextSupport ?? SupportID(1)
    state.nextTeam = nextTeam ?? TeamID(1)
    state.policy = policy
    state.settings.ward = ward ?? Ward()
    state.settings.teams = teams ?? []
    state.settings.keys = wardKeys ?? []
    state.settings.trusted = trustedKeys ?? []
  }

  /// What `store.plist` holds of `state`, as of the journal's `head`.
  init(_ state: State, head: JournalHead) {
    nextPerson = state.nextPerson
    nextSupervisor = state.nextSupervisor
    nextVisit = state.nextVisit
    nextSupport = state.nextSupport
    nextTeam = state.nextTeam
    policy = state.policy
    ward = state.settings.ward.isEmpty ? nil : state.settings.ward
    teams = state.teams.isEmpty ? nil : state.teams
    wardKeys = state.settings.keys.isEmpty ? nil : state.settings.keys
    trustedKeys = state.settings.trusted.isEmpty ? nil : state.settings.trusted
    journal = head
  }
}

/// One person or supervisor file: the record with its format version.
struct RecordFile<Record: Codable>: Codable {
  var formatVersion = storeFormatVersion
  var record: Record
}

/// XML property lists, as Python's plistlib and libplist read them.
enum Codec {
  /// The XML of `value`, as Foundation's `PropertyListEncoder` writes it (`PlistEncoder`).
  static func encode<T: Encodable>(_ value: T) throws(StoreError) -> Data {
    do { return try PlistEncoder.encode(value) } catch {
      throw .unwritable(path: "(encoding)", reason: "\(error)")
    }
  }

  /// A record's file contents, or nil when the record does not exist.
  static func encodeRecord<Record: Codable>(_ record: Record?) throws(StoreError) -> Data? {
    guard let record else { return nil }
    return try encode(RecordFile(record: record))
  }

  /// The value a plist holds, read by `PlistDecoder` (the only reader: no other parser
  /// sees the bytes); a file it refuses is unreadable, with the reason and where.
  /// `storedByUs` is for this store's own files, whose digests were checked (`PlistParser`).
  static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String, storedByUs: Bool = false)
    throws(StoreError) -> T
  {
    do throws(PlistDecoder.Refusal) {
      return try PlistDecoder.decode(type, from: data, storedByUs: storedByUs)
    } catch {
      throw .unreadable(path: path, reason: error.reason)
    }
  }

  /// The largest transfer file read (SPEC §12): a case with its whole history takes a few
  /// hundred KiB; a larger file is refused before it is read in.
  static let largestTransferFile = 16 << 20

  /// Checks that a decoded file's version is one this build reads.
  static func checkVersion(_ version: Int, path: String) throws(StoreError) {
    guard version == storeFormatVersion else {
      throw .unreadable(
        path: path, reason: "format version \(version); this caseload reads version \(storeFormatVersion)")
    }
  }
}

/// Every standard integer type but `Int`, which `PlistEncoder` and `PlistDecoder` take first:
/// they tell integers by metatype, since a cast to a protocol would search the program's
/// conformances for every record type.
let standardIntegers: [any FixedWidthInteger.Type] = [
  Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
]
