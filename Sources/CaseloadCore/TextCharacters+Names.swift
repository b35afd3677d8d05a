/// What a message calls the refused characters, so that an officer knows what to look for in
/// a text that looks right: `U+200B (zero-width space)`.
extension TextCharacters {
  /// The everyday name of `scalar` when it is one of the refused characters people meet (the
  /// control characters a keyboard or a copied text brings, and every format character of
  /// `formatRanges`); nil for the others.
  public static func name(of scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x00: "NUL"
    case 0x07: "bell"
    case 0x08: "backspace"
    case 0x0D: "carriage return"
    case 0x1B: "escape"
    case 0x7F: "delete"
    case 0x9B: "control sequence introducer"
    case 0xAD: "soft hyphen"
    case 0x200B: "zero-width space"
    case 0x200C: "zero-width non-joiner"
    case 0x200D: "zero-width joiner"
    case 0x200E: "left-to-right mark"
    case 0x200F: "right-to-left mark"
    case 0x202A: "left-to-right embedding"
    case 0x202B: "right-to-left embedding"
    case 0x202C: "pop directional formatting"
    case 0x202D: "left-to-right override"
    case 0x202E: "right-to-left override"
    case 0x2060: "word joiner"
    case 0x2061: "function application"
    case 0x2062: "invisible times"
    case 0x2063: "invisible separator"
    case 0x2064: "invisible plus"
    case 0x2066: "left-to-right isolate"
    case 0x2067: "right-to-left isolate"
    case 0x2068: "first strong isolate"
    case 0x2069: "pop directional isolate"
    case 0xFEFF: "byte-order mark"
    default: nil
    }
  }

  /// `U+200B (zero-width space)`, or `U+0001` for a character without an everyday name; the
  /// name is a phrase that each language's catalogue translates.
  public static func described(_ scalar: Unicode.Scalar) -> Message {
    guard let name = name(of: scalar) else { return Message(verbatim: code(scalar)) }
    return "\(code(scalar)) (\(phrase: name))"
  }

  /// Why `scalar`, found in a text, may not stand there: a control character or an invisible
  /// format character. One wording for the lexer, the command line and the file readers.
  public static func refusal(_ scalar: Unicode.Scalar) -> Message {
    isFormat(scalar)
      ? "\(described(scalar)) is not allowed: an invisible format character makes texts that look the same differ; type the text without it"
      : "control character \(described(scalar)) is not allowed"
  }
}
