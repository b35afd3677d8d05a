/// Terminal display width: what it takes for Vietnamese (and other) text to line up.
enum TextWidth {
  /// Columns `text` takes: one per grapheme cluster (combining marks ride on their base),
  /// two for East Asian wide characters, none for controls and lone marks.
  static func of(_ text: String) -> Int {
    // Printable ASCII (ids, dates, figures) takes a column a byte.
    if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text.utf8.count }
    // Text made only of one-column scalars that never join the one before (Latin letters with
    // their diacritics precomposed, as Vietnamese names are stored): a column a scalar.
    var scalars = 0
    for scalar in text.unicodeScalars {
      guard isOneColumnAlone(scalar.value) else { return text.reduce(0) { $0 + width(of: $1) } }
      scalars += 1
    }
    return scalars
  }

  /// Printable ASCII and precomposed Latin letters: one column each, without looking up
  /// Unicode properties. U+00AD, the soft hyphen, is a format character.
  private static func isOneColumnAlone(_ value: UInt32) -> Bool {
    switch value {
    case 0x20..<0x7F, 0xA0..<0xAD, 0xAE...0x2FF, 0x1E00...0x1EFF: return true
    default: return false
    }
  }

  static func width(of character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if isOneColumnAlone(first.value) { return 1 }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control, .format: return 0
    default: break
    }
    return isWide(first.value) ? 2 : 1
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `text` if it takes at most `width` columns, else as much of it as fits before a `…`.
  static func cut(_ text: String, to width: Int) -> String {
    // No character takes more columns than it has UTF-8 bytes.
    guard text.utf8.count > width, of(text) > width else { return text }
    var kept = ""
    var used = 0
    for character in text {
      let next = self.width(of: character)
      if used + next > width - 1 { break }
      kept.append(character)
      used += next
    }
    return kept + "…"
  }

  /// `text` followed by spaces up to `width` columns.
  /// `text` broken at spaces into lines of at most `width` columns; a word wider than that
  /// is cut into pieces.
  static func wrap(_ text: String, to width: Int) -> [String] {
    // Leading spaces indent the first line (a report's sub-figures).
    let indent = String(text.prefix { $0 == " " })
    var lines: [String] = []
    var current = indent
    for word in text.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false)
      .map(String.init)
    {
      let candidate = current.isEmpty || current == indent ? current + word : current + " " + word
      if of(candidate) <= width {
        current = candidate
        continue
      }
      if !current.isEmpty { lines.append(current) }
      current = word
      while of(current) > width {
        let piece = String(cut(current, to: width + 1).dropLast())
        lines.append(piece)
        current = String(current.dropFirst(piece.count))
      }
    }
    return lines + [current]
  }

  static func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }
}
