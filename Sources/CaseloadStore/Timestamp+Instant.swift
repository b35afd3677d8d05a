import CaseloadCore

extension Timestamp {
  /// The instant a journal timestamp names, in seconds since 1970-01-01T00:00:00Z:
  /// `2026-11-27T16:19:12+07:00` (or `…Z`, or `±HHMM`; a fraction of a second is ignored).
  /// Read digit by digit, without Foundation's date parsing, so that `audit verify` can
  /// compare every entry's time and keep its speed. Nil for text of any other shape.
  static func instant(_ text: String) -> Int? {
    var text = text
    return text.withUTF8 { bytes -> Int? in
      var index = 0
      func number(_ digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for _ in 0..<digits {
          let digit = Int(bytes[index]) - 0x30
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
          index += 1
        }
        return value
      }
      func skip(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
      }
      guard let year = number(4), skip(0x2D), let month = number(2), skip(0x2D), let day = number(2),
        skip(0x54) || skip(0x74) || skip(0x20),
        let hour = number(2), skip(0x3A), let minute = number(2), skip(0x3A), let second = number(2),
        (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60
      else { return nil }
      if skip(0x2E) {
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      }
      var offset = 0
      if skip(0x5A) || skip(0x7A) {
        offset = 0
      } else {
        let sign: Int
        if skip(0x2B) {
          sign = 1
        } else if skip(0x2D) {
          sign = -1
        } else {
          return nil
        }
        guard let hours = number(2) else { return nil }
        _ = skip(0x3A)
        guard let minutes = number(2), hours < 24, minutes < 60 else { return nil }
        offset = sign * (hours * 3600 + minutes * 60)
      }
      guard index == bytes.count else { return nil }
      return daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        - offset
    }
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
