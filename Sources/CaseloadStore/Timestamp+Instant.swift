import CaseloadCore

extension Timestamp {
  /// The instant a journal timestamp names, in seconds since 1970-01-01T00:00:00Z:
  /// `2026-11-27T16:19:12+07:00` (or `…Z`, or `±HHMM`; a fraction of a second is ignored).
  /// Read digit by digit, without Foundation's date parsing, so that `audit verify` can
  /// compare every entry's time and keep its speed. Nil for text of any other shape.
  static func instant(_ text: String) -> Int? {
    var text = text
    return text.withUTF8 { bytes -> Int? in
      // The fixed part, `YYYY-MM-DDTHH:MM:SS`, read at its places.
      guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54 || bytes[10] == 0x20,
        bytes[13] == 0x3A, bytes[16] == 0x3A,
        let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
        let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
        (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
      else { return nil }
      var index = 19
      if bytes[index] == 0x2E {
        index += 1
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      }
      var offset = 0
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case 0x5A:
        index += 1
      case 0x2B, 0x2D:
        // `+07:00` or `+0700`.
        let colon = index + 3 < bytes.count && bytes[index + 3] == 0x3A ? 1 : 0
        guard let hours = number(bytes, index + 1, 2), let minutes = number(bytes, index + 3 + colon, 2),
          hours < 24, minutes < 60
        else { return nil }
        offset = (bytes[index] == 0x2D ? -1 : 1) * (hours * 3600 + minutes * 60)
        index += 5 + colon
      default:
        return nil
      }
      guard index == bytes.count else { return nil }
      return daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        - offset
    }
  }

  /// The `count` decimal digits of `bytes` from `start`, as a number; nil if one is not a digit
  /// or the text ends first.
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
    guard start + count <= bytes.count else { return nil }
    var value = 0
    for index in start..<(start + count) {
      let digit = Int(bytes[index]) &- 0x30
      guard digit >= 0, digit <= 9 else { return nil }
      value = value * 10 + digit
    }
    return value
  }

  /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
  /// `days_from_civil`).
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let year = month <= 2 ? year - 1 : year
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}

extension Store {
  /// How far an entry's time may lie before the previous entry's before `audit verify` says
  /// the clock went back: two machines' clocks, or a clock set right, differ by minutes.
  static let clockSlack = 10 * 60

  /// A warning for each entry recorded more than `clockSlack` before the entry before it:
  /// a clock set back, or a time written by hand. Compares instants, not text, so that
  /// entries written in different zones compare as the times they are.
  static func clockWarnings(_ entries: [JournalEntry]) -> [Message] {
    var warnings: [Message] = []
    var previous: (entry: JournalEntry, instant: Int)?
    for entry in entries {
      guard let instant = Timestamp.instant(entry.at) else { continue }
      if let previous, instant < previous.instant - clockSlack {
        warnings.append(
          "entry \(entry.seq) was recorded at \(entry.at), \(span(previous.instant - instant)) before entry \(previous.entry.seq) (\(previous.entry.at)): the clock went back"
        )
      }
      previous = (entry, instant)
    }
    return warnings
  }

  /// `3 months`, `2 days`, `5 hours`, `25 minutes`: a time span, roughly, in its largest unit.
  private static func span(_ seconds: Int) -> Message {
    let minutes = seconds / 60
    let hours = minutes / 60
    let days = hours / 24
    if days >= 60 { return counted(days / 30, "month") }
    if days >= 2 { return counted(days, "day") }
    if hours >= 2 { return counted(hours, "hour") }
    return counted(minutes, "minute")
  }
}
