import CaseloadStore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// Turns script text (a file, standard input, `-c`) into command lines.
///
/// A line ends with LF or CRLF. Splitting works on bytes and Unicode scalars, never on
/// Swift `Character`s: `"\r\n"` is one `Character`, so splitting a `String` at `"\n"`
/// would leave every CRLF line joined to the next. Any other carriage return stays in its
/// line, where the lexer refuses it with a caret.
///
/// A UTF-8 byte-order mark at the very start is skipped: Notepad's "UTF-8 with BOM" writes
/// one. Anywhere else it is an invisible format character, which the lexer refuses.
enum ScriptText {
  /// The lines of `data`, which must be UTF-8; the error names the first line that is not.
  static func lines(of data: Data) -> Result<[String], ScriptTextError> {
    var lines: [String] = []
    var start = data.startIndex
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    while start < data.endIndex {
      let newline = data[start...].firstIndex(of: 0x0A)
      var end = newline ?? data.endIndex
      if newline != nil, end > start, data[end - 1] == 0x0D { end -= 1 }
      let bytes = data[start..<end]
      guard let line = String(validating: bytes, as: UTF8.self) else {
        return .failure(.notUTF8(line: lines.count + 1, byte: firstInvalidByte(bytes)))
      }
      lines.append(line)
      start = newline.map { $0 + 1 } ?? data.endIndex
    }
    return .success(lines)
  }

  /// The lines of text already decoded (a `-c` argument), by the same rule.
  static func lines(of text: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if current.last == "\r" { current.removeLast() }
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    if !current.isEmpty { lines.append(String(current)) }
    return lines
  }

  /// Reads a script file into lines; the error says why it cannot be used.
  static func lines(ofFile path: String) -> Result<[String], ScriptTextError> {
    guard FileManager.default.fileExists(atPath: path) else { return .failure(.missing) }
    guard !PathText.isDirectory(path) else { return .failure(.directory) }
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(.notReadable) }
    return lines(of: data)
  }

  /// Reads standard input to its end into lines.
  static func standardInputLines() -> Result<[String], ScriptTextError> {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { break }
      data.append(contentsOf: buffer[..<count])
    }
    return lines(of: data)
  }

  /// The first byte of `bytes` at which UTF-8 decoding fails.
  private static func firstInvalidByte(_ bytes: Data) -> UInt8 {
    let all = Array(bytes)
    var iterator = all.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
    return offset < all.count ? all[offset] : 0
  }
}

/// Why a script cannot be read; the description completes `cannot read 'PATH': …`.
enum ScriptTextError: Error, Equatable, CustomStringConvertible {
  case missing
  case directory
  case notReadable
  /// The first line that is not UTF-8, and a byte there that is not.
  case notUTF8(line: Int, byte: UInt8)

  var description: String {
    switch self {
    case .missing: "no such file"
    case .directory: "it is a directory"
    case .notReadable: "not readable (check its permissions)"
    case .notUTF8(let line, let byte):
      "line \(line) is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true))); save the script as UTF-8"
    }
  }
}
