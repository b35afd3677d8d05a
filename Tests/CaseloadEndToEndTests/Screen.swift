/// What a terminal would show after the bytes a program wrote: enough of an xterm (cursor
/// moves, erasing, wrapping at the right margin, scrolling) to judge libedit's redrawing,
/// which a plain byte stream cannot show (text written, then cleared, is still in the bytes).
struct Screen {
  private(set) var rows: [[Character]]
  private let columns: Int
  private var row = 0
  private var column = 0
  /// xterm's deferred wrap: a character written in the last column leaves the cursor there
  /// until the next character arrives.
  private var wrapPending = false

  init(columns: Int, rows: Int, showing output: String) {
    self.columns = columns
    self.rows = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    var characters = Array(output)[...]
    while let character = characters.popFirst() {
      if character == "\u{1B}" {
        interpretEscape(&characters)
      } else {
        interpret(character)
      }
    }
  }

  /// Each row's text without trailing spaces.
  var lines: [String] {
    rows.map { String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
  }

  private mutating func interpret(_ character: Character) {
    switch character {
    case "\r": (column, wrapPending) = (0, false)
    case "\n", "\r\n":
      if character == "\r\n" { column = 0 }
      lineFeed()
    case "\u{8}": (column, wrapPending) = (max(0, column - 1), false)
    case "\t": (column, wrapPending) = (min(columns - 1, (column / 8 + 1) * 8), false)
    case "\u{7}": break
    default:
      if wrapPending {
        column = 0
        lineFeed()
      }
      rows[row][column] = character
      if column == columns - 1 { wrapPending = true } else { column += 1 }
    }
  }

  private mutating func lineFeed() {
    wrapPending = false
    if row == rows.count - 1 {
      rows.removeFirst()
      rows.append(Array(repeating: " ", count: columns))
    } else {
      row += 1
    }
  }

  /// `ESC [ params final` (cursor moves and erasing); other escapes are skipped.
  private mutating func interpretEscape(_ characters: inout ArraySlice<Character>) {
    guard let kind = characters.popFirst() else { return }
    switch kind {
    case "[": break
    case "(", ")":
      _ = characters.popFirst()
      return
    case "M":
      row = max(0, row - 1)
      return
    default: return
    }
    var parameters = ""
    while let next = characters.popFirst() {
      guard next.isLetter || next == "@" || next == "~" else {
        parameters.append(next)
        continue
      }
      let numbers = parameters.split(separator: ";").map { Int($0.filter(\.isNumber)) ?? 0 }
      let count = max(1, numbers.first ?? 1)
      wrapPending = false
      switch next {
      case "A": row = max(0, row - count)
      case "B": row = min(rows.count - 1, row + count)
      case "C": column = min(columns - 1, column + count)
      case "D": column = max(0, column - count)
      case "G": column = min(columns - 1, count - 1)
      case "H", "f":
        row = min(rows.count - 1, max(1, numbers.first ?? 1) - 1)
        column = min(columns - 1, max(1, numbers.count > 1 ? numbers[1] : 1) - 1)
      case "K": erase(line: numbers.first ?? 0)
      case "J": erase(display: numbers.first ?? 0)
      default: break
      }
      return
    }
  }

  private mutating func erase(line mode: Int) {
    let range = mode == 0 ? column..<columns : mode == 1 ? 0..<(column + 1) : 0..<columns
    for index in range { rows[row][index] = " " }
  }

  private mutating func erase(display mode: Int) {
    erase(line: mode)
    let others = mode == 0 ? (row + 1)..<rows.count : mode == 1 ? 0..<row : 0..<rows.count
    for index in others { rows[index] = Array(repeating: " ", count: columns) }
  }
}
