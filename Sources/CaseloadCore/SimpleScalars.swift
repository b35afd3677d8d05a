/// The scalars that are each a character of their own and already in normalization form C:
/// tab, line feed, printable ASCII, U+00A0–U+02FF (Latin-1, Latin Extended, spacing
/// modifiers) but the soft hyphen U+00AD (an invisible format character, which every text
/// refuses: see `TextCharacters`) and U+1E00–U+1EFF (Latin Extended Additional, where precomposed Vietnamese
/// lives). Text of these alone can be read byte by byte: a character's place is its scalar's,
/// no scalar joins its neighbour, and normalizing changes nothing. Names and notes an officer
/// types are such text; anything else takes the character-by-character paths.
public enum SimpleScalars {
  /// The length in bytes of the scalar starting at `index` of valid UTF-8 `bytes`, when it is
  /// simple; nil otherwise.
  @inlinable
  public static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    switch bytes[index] {
    case 0x09, 0x0A, 0x20...0x7E: return 1
    case 0xC2:
      return index + 1 < bytes.count && bytes[index + 1] >= 0xA0 && bytes[index + 1] != 0xAD ? 2 : nil
    case 0xC3...0xCB: return 2
    case 0xE1: return index + 2 < bytes.count && (0xB8...0xBB).contains(bytes[index + 1]) ? 3 : nil
    default: return nil
    }
  }

  /// Whether every scalar of `text` is simple.
  public static func only(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        guard let length = length(in: bytes, at: index) else { return false }
        index += length
      }
      return true
    }
  }
}
