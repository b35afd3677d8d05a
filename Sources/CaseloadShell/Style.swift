import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// `--color`: whether caseload colours what it writes.
public enum ColorMode: String, CaseIterable, Sendable {
  /// Colour a stream only when it is a terminal, and `NO_COLOR` is not set.
  case auto
  case always
  case never

  /// The modes, as a usage error lists them: `auto, always or never`.
  public static var allowed: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " or " + names.last!
  }
}

/// How one output stream shows emphasis: ANSI colours, or plain text unchanged.
public struct Palette: Equatable, Sendable {
  /// Whether escape codes are written at all.
  public let colors: Bool

  /// Text as given: for pipes, files and `--color=never`.
  public static let plain = Palette(colors: false)
  /// ANSI SGR colours, which every terminal emulator in use reads.
  public static let ansi = Palette(colors: true)

  /// An error message: red.
  public func error(_ text: String) -> String { paint(text, "31") }
  /// A warning: yellow.
  public func warning(_ text: String) -> String { paint(text, "33") }
  /// A figure that needs attention (overdue, over capacity): red.
  public func alert(_ text: String) -> String { paint(text, "31") }

  /// `text` without ANSI colour codes (`ESC [ … m`), to measure what is shown.
  public static func withoutEscapes(_ text: String) -> String {
    var shown = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if scalar == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if scalar == "m" { inEscape = false }
      } else {
        shown.unicodeScalars.append(scalar)
      }
    }
    return shown
  }

  private func paint(_ text: String, _ code: String) -> String {
    colors && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// The palettes of standard output (results) and standard error (errors and warnings):
/// the one place that decides whether caseload writes colour.
public struct Style: Equatable, Sendable {
  /// For results: tables, charts, what a command did.
  public var output: Palette
  /// For errors and warnings.
  public var errors: Palette

  public init(output: Palette, errors: Palette) {
    self.output = output
    self.errors = errors
  }

  /// No colour anywhere: pipes, files, tests.
  public static let plain = Style(output: .plain, errors: .plain)

  /// §11: `never` colours nothing and `always` everything; `auto` colours a stream that is a
  /// terminal (`isTerminal` asked of file descriptors 1 and 2), unless `NO_COLOR` is set and
  /// not empty or `TERM` is `dumb`.
  public static func decide(
    _ mode: ColorMode, environment: [String: String],
    isTerminal: (Int32) -> Bool = { isatty($0) == 1 }
  ) -> Style {
    switch mode {
    case .never: return .plain
    case .always: return Style(output: .ansi, errors: .ansi)
    case .auto:
      let declined = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
      func palette(_ descriptor: Int32) -> Palette {
        !declined && isTerminal(descriptor) ? .ansi : .plain
      }
      return Style(output: palette(1), errors: palette(2))
    }
  }
}
