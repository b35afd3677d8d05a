/// Text compared the way an officer types it: without case and without Vietnamese diacritics.
public enum Folding {
  /// `"Nguyễn Văn Đức"` → `"nguyen van duc"`.
  ///
  /// Scalar by scalar, which is what folding the canonical decomposition of the whole text
  /// comes to: ASCII is lowercased in place, Latin letters with diacritics come from a table
  /// made once, anything else is decomposed on the spot.
  public static func fold(_ text: String) -> String {
    var folded = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value
        folded.append((65...90).contains(value) ? Unicode.Scalar(UInt8(value + 32)) : scalar)
      } else if let letters = latin[scalar] {
        folded.append(contentsOf: letters)
      } else {
        folded.append(contentsOf: slowFold(scalar))
      }
    }
    return String(folded)
  }

  /// Latin-1 Supplement, Latin Extended-A and -B and Latin Extended Additional (every
  /// precomposed Vietnamese letter), folded.
  private static let latin: [Unicode.Scalar: String.UnicodeScalarView] = {
    let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
    var table: [Unicode.Scalar: String.UnicodeScalarView] = [:]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        table[scalar] = slowFold(scalar)
      }
    }
    return table
  }()

  /// One scalar decomposed, its marks dropped, `đ` made `d`, and lowercased.
  private static func slowFold(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
    var kept = String.UnicodeScalarView()
    for part in String(Character(scalar)).decomposed.unicodeScalars {
      switch part.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark: continue
      default: break
      }
      switch part {
      case "đ", "Đ": kept.append("d")
      default: kept.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return kept
  }
}
