import CaseloadCore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The real clock's time for a journal entry or the lock's text: ISO 8601 with the local
/// zone (`2026-11-27T16:19:12+07:00`, or `…Z` in UTC), as `ISO8601DateFormatter`'s internet
/// date-time writes it, without building a formatter (and a calendar) for every commit.
enum Timestamp {
  static func now() -> String {
    var seconds = time(nil)
    var local = tm()
    localtime_r(&seconds, &local)
    return text(local)
  }

  /// A broken-down local time, with its offset from UTC, as text.
  static func text(_ local: tm) -> String {
    func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    let date = "\(local.tm_year + 1900)-\(two(Int(local.tm_mon) + 1))-\(two(Int(local.tm_mday)))"
    let time = "\(two(Int(local.tm_hour))):\(two(Int(local.tm_min))):\(two(Int(local.tm_sec)))"
    let offset = local.tm_gmtoff
    guard offset != 0 else { return date + "T" + time + "Z" }
    let minutes = abs(offset) / 60
    return date + "T" + time + (offset < 0 ? "-" : "+") + two(minutes / 60) + ":" + two(minutes % 60)
  }

  /// Whether `text` is a time as journals write it: `2026-11-27T09:30:00` (seconds may have a
  /// fraction) then `Z` or an offset `+07:00`, its day a calendar date from 1900 to 2100.
  static func isWellFormed(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[from..<(from + count)] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    func byte(_ at: Int, _ expected: Character) -> Bool {
      at < bytes.count && bytes[at] == expected.asciiValue!
    }
    guard bytes.count >= 20, let day = Day(parsing: String(text.prefix(10))), Day.filed.contains(day),
      text.prefix(10) == day.description, byte(10, "T"),
      let hour = number(11, 2), hour < 24, byte(13, ":"), let minute = number(14, 2), minute < 60,
      byte(16, ":"), let second = number(17, 2), second <= 60
    else { return false }
    var index = 19
    if byte(index, ".") {
      index += 1
      let digits = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      guard index > digits, index - digits <= 9 else { return false }
    }
    if byte(index, "Z") { return index + 1 == bytes.count }
    guard byte(index, "+") || byte(index, "-"), let hours = number(index + 1, 2), hours <= 14,
      byte(index + 3, ":"), let minutes = number(index + 4, 2), minutes < 60
    else { return false }
    return index + 6 == bytes.count
  }
}
