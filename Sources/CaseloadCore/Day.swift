/// A civil date (year, month, day) with no time of day and no time zone.
public struct Day: Hashable, Comparable, Sendable, TextCodable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a day, or nil when the date does not exist (`2024-02-30`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day `n` days after day zero (1970-01-01); the inverse of `ordinal`.
  public init(ordinal n: Int) {
    // Howard Hinnant's civil_from_days.
    let z = n + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    month = m
    day = d
  }

  /// Days since 1970-01-01 (negative before it).
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// The same day and month `years` later (earlier when negative); 29 February becomes
  /// 28 February in a year that has none, as "N years after D" is counted in law.
  public func adding(years: Int) -> Day {
    let target = year + years
    return Day(unchecked: target, month, min(day, Day.daysIn(month: month, year: target)))
  }

  /// A day from parts already known to exist; the year may lie beyond 9999 (a date computed
  /// from one near it), which `init?(year:month:day:)` refuses.
  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The ISO weekday: 1 Monday … 7 Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let fromMonday = ((ordinal + 3) % 7 + 7) % 7
    return fromMonday + 1
  }

  /// Monday to Friday.
  public var isWorkingDay: Bool { weekday <= 5 }

  /// The `count`-th working day (Monday–Friday) after `self`, counting from the day after.
  public func adding(workingDays count: Int) -> Day {
    var current = self
    var remaining = count
    while remaining > 0 {
      current = current.adding(days: 1)
      if current.isWorkingDay { remaining -= 1 }
    }
    return current
  }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int { other.ordinal - ordinal }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let digits = String(n)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Parses `YYYY-MM-DD` or `DD/MM/YYYY`; nil when the text is neither or the date does not exist.
  public init?(parsing text: String) {
    let iso = text.split(separator: "-", omittingEmptySubsequences: false)
    let vietnamese = text.split(separator: "/", omittingEmptySubsequences: false)
    let parts: [Substring]
    if iso.count == 3, iso[0].count == 4 {
      parts = iso
    } else if vietnamese.count == 3, vietnamese[2].count == 4 {
      parts = [vietnamese[2], vietnamese[1], vietnamese[0]]
    } else {
      return nil
    }
    guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigitCharacter) }),
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public static let textKind = "a date"
}

extension Character {
  var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
