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
}
