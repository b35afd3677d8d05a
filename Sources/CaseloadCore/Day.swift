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
    if (0...9999).contains(year) {
      // Written digit by digit: every canonical command and file spells its dates this way.
      return String(unsafeUninitializedCapacity: 10) { text in
        func put(_ value: Int, _ count: Int, at start: Int) {
          var value = value
          for index in (start..<(start + count)).reversed() {
            text[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
          }
        }
        put(year, 4, at: 0)
        text[4] = UInt8(ascii: "-")
        put(month, 2, at: 5)
        text[7] = UInt8(ascii: "-")
        put(day, 2, at: 8)
        return 10
      }
    }
    return "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
  }

  /// `DD/MM/YYYY`, as Vietnamese documents write a date.
  public var dayFirstDescription: String {
    "\(Day.pad(day, 2))/\(Day.pad(month, 2))/\(Day.pad(year, 4))"
  }

  /// `n` in decimal, with zeros before it to `width` digits.
  private static func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Parses `YYYY-MM-DD` or `DD/MM/YYYY`; nil when the text is neither or the date does not exist.
  public init?(parsing text: String) {
    // Three runs of 1–4 ASCII digits joined by two `-` (year first, 4 digits) or two `/`
    // (year last, 4 digits); read byte by byte, as every canonical command's dates are.
    var fields = (0, 0, 0)
    var lengths = (0, 0, 0)
    var field = 0
    var separator: UInt8?
    for byte in text.utf8 {
      if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        let digit = Int(byte - UInt8(ascii: "0"))
        switch field {
        case 0: (fields.0, lengths.0) = (fields.0 * 10 + digit, lengths.0 + 1)
        case 1: (fields.1, lengths.1) = (fields.1 * 10 + digit, lengths.1 + 1)
        default: (fields.2, lengths.2) = (fields.2 * 10 + digit, lengths.2 + 1)
        }
        guard max(lengths.0, lengths.1, lengths.2) <= 4 else { return nil }
      } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
        guard separator == nil || separator == byte, field < 2 else { return nil }
        separator = byte
        field += 1
      } else {
        return nil
      }
    }
    guard field == 2, lengths.0 > 0, lengths.1 > 0, lengths.2 > 0 else { return nil }
    if separator == UInt8(ascii: "-") {
      guard lengths.0 == 4 else { return nil }
      self.init(year: fields.0, month: fields.1, day: fields.2)
    } else {
      guard lengths.2 == 4 else { return nil }
      self.init(year: fields.2, month: fields.1, day: fields.0)
    }
  }

  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public static let textKind = "a date"

  /// The days a file may hold (SPEC §12): none of caseload's dates lies outside them, and a
  /// date that does is a damaged or crafted file.
  public static let filed = Day(year: 1900, month: 1, day: 1)!...Day(year: 2100, month: 12, day: 31)!

  /// A date as files write it, `YYYY-MM-DD`, a calendar date from 1900 to 2100; anything else
  /// is refused, so that every reader of the file reads the same day.
  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    // `YYYY-MM-DD` exactly: ten bytes with the dashes in place (checked without building the
    // text again: every record holds dozens of dates).
    let utf8 = text.utf8
    guard utf8.count == 10, let day = Day(parsing: text),
      utf8[utf8.index(utf8.startIndex, offsetBy: 4)] == UInt8(ascii: "-"),
      utf8[utf8.index(utf8.startIndex, offsetBy: 7)] == UInt8(ascii: "-")
    else {
      throw DomainError("'\(text)' is not a calendar date written YYYY-MM-DD")
    }
    guard Day.filed.contains(day) else { throw DomainError("the date \(text) lies outside 1900–2100") }
    self = day
  }
}

extension Character {
  var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
