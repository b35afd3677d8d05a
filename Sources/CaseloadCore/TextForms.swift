// The standard library's own normalizer (the one String comparison and Regex use), reached
// through its Unicode SPI, so that no module needs all of Foundation for NFC and NFD.
@_spi(_Unicode) import Swift

extension StringProtocol {
  /// The text in Unicode canonical composition (NFC), as the journal and the files hold it.
  public var composed: String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: String(self)._nfc)
    return String(scalars)
  }

  /// The text in canonical decomposition (NFD): each base letter followed by its marks.
  public var decomposed: String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: String(self)._nfd)
    return String(scalars)
  }

  /// Whether the text is empty or holds nothing but white space.
  public var isBlank: Bool { allSatisfy(\.isWhitespace) }

  /// The text without white space (newlines included) at either end.
  public var trimmed: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// Where `needle` last occurs in the text, compared by UTF-8 bytes; nil when it does not.
  public func lastRange(of needle: String) -> Range<Index>? {
    let bytes = Array(needle.utf8)
    guard !bytes.isEmpty else { return nil }
    var end = utf8.endIndex
    while let start = utf8.index(end, offsetBy: -bytes.count, limitedBy: utf8.startIndex) {
      if utf8[start..<end].elementsEqual(bytes) { return start..<end }
      end = utf8.index(end, offsetBy: -1)
    }
    return nil
  }
}
