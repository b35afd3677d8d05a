/// The characters no text in caseload may hold, whether typed, read from a script or read
/// from a file: one table, which the lexer, the plist reader and the terminal output share.
///
/// Control characters (C0 and C1, category Cc) move a terminal's cursor, retitle its window or
/// clear it, and XML 1.0 refuses most of them; format characters (category Cf: soft hyphen,
/// zero-width spaces and joiners, direction marks and overrides, the byte-order mark) are
/// invisible, so that two names that print alike differ and a folded search finds neither.
/// Tab and line feed are the two exceptions, and only where a text may span lines (notes).
public enum TextCharacters {
  /// The Unicode format characters (Cf) refused in any text, as SPEC §12 lists them.
  public static let formatRanges: [ClosedRange<UInt32>] = [
    0x00AD...0x00AD,
    0x200B...0x200F,
    0x202A...0x202E,
    0x2060...0x2064,
    0x2066...0x2069,
    0xFEFF...0xFEFF,
  ]

  /// Whether `scalar` is a C0 or C1 control character (tab and line feed included).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value <= 0x1F || (0x7F...0x9F).contains(scalar.value)
  }

  /// Whether `scalar` is one of the refused format characters.
  public static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
    formatRanges.contains { $0.contains(scalar.value) }
  }

  /// Whether `scalar` may not stand in a text; `lineBreaks` allows tab and line feed.
  public static func isForbidden(_ scalar: Unicode.Scalar, lineBreaks: Bool) -> Bool {
    if scalar.value == 0x09 || scalar.value == 0x0A { return !lineBreaks }
    return isControl(scalar) || isFormat(scalar)
  }

  /// The first scalar of `text` that may not stand in it, if any.
  public static func firstForbidden(in text: String, lineBreaks: Bool) -> Unicode.Scalar? {
    text.unicodeScalars.first { isForbidden($0, lineBreaks: lineBreaks) }
  }

  /// `U+001B`: how a message names a character, four hex digits at least.
  public static func code(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// `text` with every control character but tab and line feed, and every format character,
  /// written as Swift writes it (`\u{1B}`): what reaches a terminal can neither move its cursor
  /// nor hide itself, even from a store written before these characters were refused.
  public static func escaped(_ text: String) -> String {
    // Every refused scalar's UTF-8 starts with a C0 byte, DEL, 0xC2 (C1, U+00AD), 0xE2
    // (U+200B–U+2069) or 0xEF (U+FEFF): text without one, nearly all, is returned after one
    // pass over its bytes (a table escapes every cell).
    guard
      text.utf8.contains(where: {
        ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF
      }),
      text.unicodeScalars.contains(where: { isForbidden($0, lineBreaks: true) })
    else { return text }
    var shown = ""
    for scalar in text.unicodeScalars {
      if isForbidden(scalar, lineBreaks: true) {
        shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }
}
