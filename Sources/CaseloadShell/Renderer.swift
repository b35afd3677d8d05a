import CaseloadCore
import CaseloadLanguage
import FoundationEssentials

/// Turns a query's report into text: aligned tables (or charts) in the session's language,
/// RFC 4180 CSV or JSON (the same in every language). Only tables are coloured, and only as
/// `palette` says; CSV and JSON never are.
struct Renderer {
  let localizer: Localizer
  let palette: Palette

  static func render(
    _ report: Report, as format: OutputFormat, palette: Palette = .plain,
    localizer: Localizer = Localizer(language: .en)
  ) -> String {
    switch format {
    case .table: return Renderer(localizer: localizer, palette: palette).table(report)
    case .csv: return csv(report)
    case .json: return json(report)
    }
  }

  // MARK: Table

  private func table(_ report: Report) -> String {
    if let (columns, rows) = report.tableRows {
      return grid(rows, columns: columns, wraps: report.wrapsCells, alerts: report.alerts, palette: palette)
    }
    switch report.body {
    case .rows(let rows):
      if let chart = report.chart { return ChartDrawing.draw(rows, as: chart, with: self) }
      return grid(
        rows, columns: report.tableColumns, wraps: report.wrapsCells, alerts: report.alerts,
        palette: palette)
    case .record(let record):
      var scalars: [(String, String)] = []
      var lists: [(String, [Record])] = []
      for (key, value) in record.fields {
        if case .list(let items) = value,
          items.contains(where: { if case .record = $0 { true } else { false } })
        {
          lists.append((key, items.compactMap { if case .record(let r) = $0 { r } else { nil } }))
        } else if case .list(let items) = value, items.isEmpty, key == "visits" || key == "assignments" {
          lists.append((key, []))
        } else {
          scalars.append((key, cell(value)))
        }
      }
      scalars += report.tableOnlyFields.map { ($0.0, cell($0.1)) }
      scalars = scalars.map { (localizer.header($0.0), $0.1) }
      let width = scalars.map { TextWidth.of($0.0) }.max() ?? 0
      var text = scalars.map { TextWidth.pad($0.0, to: width) + "  " + $0.1 }.joined(separator: "\n")
      for (key, rows) in lists {
        text += "\n\n\(localizer.header(key)):\n" + grid(rows, columns: nil, indent: "  ")
      }
      for section in report.sections {
        let title =
          section.title.arguments.isEmpty
          ? localizer.header(section.title.template) : localizer.say(section.title)
        text += "\n\n\(title):\n" + grid(section.rows, columns: nil, indent: "  ")
      }
      return text
    }
  }

  /// Rows as aligned columns; a cell that `alerts` finds alarming is painted by `palette`
  /// (after its width is measured, so that escape codes never upset the alignment).
  private func grid(
    _ rows: [Record], columns: [String]?, indent: String = "", wraps: Bool = false,
    alerts: [String: Alert] = [:], palette: Palette = .plain
  ) -> String {
    guard let first = rows.first else { return indent + localizer.text("(none)") }
    let keys = columns ?? first.fields.map(\.key)
    let headers = keys.map(localizer.header)
    // Each row is one or more lines of cells: a wrapped cell takes as many lines as it needs.
    let lines: [(cells: [String], alarming: Set<Int>)] = rows.flatMap { row in
      let alarming = Set(
        keys.indices.filter { alerts[keys[$0]]?.isRaised(by: row[keys[$0]] ?? .null) ?? false })
      guard wraps else { return [(keys.map { row[$0].map(cell) ?? "" }, alarming)] }
      let wrapped = keys.map { key in
        TextWidth.wrap(row[key].map(uncut) ?? "", to: Renderer.widestCell)
      }
      let height = wrapped.map(\.count).max() ?? 1
      return (0..<height).map { line in (wrapped.map { line < $0.count ? $0[line] : "" }, alarming) }
    }
    // Each cell's columns, measured once.
    let cellWidths = [headers.map(TextWidth.of)] + lines.map { $0.cells.map(TextWidth.of) }
    let widths = keys.indices.map { column in cellWidths.map { $0[column] }.max()! }
    func line(_ values: [String], _ valueWidths: [Int], alarming: Set<Int>) -> String {
      let padded = values.enumerated().map { index, value in
        let shown = alarming.contains(index) ? palette.alert(value) : value
        let spaces = index == values.count - 1 ? 0 : widths[index] - valueWidths[index]
        return shown + String(repeating: " ", count: max(0, spaces))
      }
      let text = indent + padded.joined(separator: "  ")
      return wraps ? String(text.reversed().drop { $0 == " " }.reversed()) : text
    }
    let body = zip(lines, cellWidths.dropFirst()).map { line($0.cells, $1, alarming: $0.alarming) }
    return ([line(headers, cellWidths[0], alarming: [])] + body).joined(separator: "\n")
  }

  /// Cells wider than this many columns are cut with `…` in tables.
  static let widestCell = 48

  private func cell(_ field: Field) -> String {
    if case .annotated(.text(let text), let table) = field, text == table { return table.replacingNewlines }
    return TextWidth.cut(uncut(field), to: Renderer.widestCell)
  }

  /// A field as a table shows it, whole. A control or format character that reached the
  /// store before they were refused is shown as `\u{1B}`, so that a table can neither drive
  /// the terminal nor hide a character (and is measured as it is shown).
  func uncut(_ field: Field) -> String { TextCharacters.escaped(text(field)) }

  private func text(_ field: Field) -> String {
    switch field {
    case .null: return "-"
    case .day(let day): return localizer.date(day)
    case .word(let word): return localizer.word(word)
    case .money(let amount): return localizer.money(amount)
    case .said(let message): return localizer.say(message).replacingNewlines
    case .phrase(let text): return localizer.phrase(text).replacingNewlines
    case .text(let text): return text.replacingNewlines
    case .number(let number): return String(number)
    case .list(let items): return items.isEmpty ? "-" : items.map(text).joined(separator: ", ")
    case .record(let record): return record.fields.map { text($0.value) }.joined(separator: " ")
    case .named(let id, let name): return name.map { "\(id) \($0.replacingNewlines)" } ?? id
    case .annotated(_, let table): return table
    }
  }

  // MARK: CSV

  private static func csv(_ report: Report) -> String {
    var rows: [Record]
    switch report.body {
    case .rows(let many): rows = many
    case .record(let one): rows = [one]
    }
    if let csvRows = report.csvRows { rows = csvRows }
    let keys = rows.first?.fields.map(\.key) ?? report.columns
    // CSV goes to standard output, where a terminal may read it: no cell may drive one.
    let lines =
      [keys.map { csvQuote(TextCharacters.escaped(csvGuarded($0))) }]
      + rows.map { row in
        keys.map { key in
          let field = row[key] ?? .null
          let text = csvCell(field)
          return csvQuote(TextCharacters.escaped(isNumber(field) ? text : csvGuarded(text)))
        }
      }
    return lines.map { $0.joined(separator: ",") }.joined(separator: "\r\n")
  }

  /// Whether a cell holds a number (an amount, a count, `daysLeft` -3), which a spreadsheet
  /// must read as one; every other cell is text.
  private static func isNumber(_ field: Field) -> Bool {
    switch field {
    case .number, .money: true
    case .annotated(let value, _): isNumber(value)
    default: false
    }
  }

  /// A text cell that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`,
  /// `@`, a tab or a carriage return: OWASP's list) is written after a `'`, which makes the
  /// spreadsheet show it as text.
  static func csvGuarded(_ text: String) -> String {
    guard let first = text.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) else {
      return text
    }
    return "'" + text
  }

  private static func csvCell(_ field: Field) -> String {
    switch field {
    case .null: return ""
    case .text(let text): return text
    case .number(let number): return String(number)
    case .list(let items): return items.map(csvCell).joined(separator: "; ")
    case .record(let record):
      return record.fields.compactMap { $0.value == .null ? nil : csvCell($0.value) }.joined(separator: " ")
    case .named(let id, _): return id
    case .annotated(let value, _): return csvCell(value)
    case .day(let day): return day.description
    case .word(let word): return word
    case .money(let amount): return String(amount)
    case .said(let message): return message.english
    case .phrase(let text): return text
    }
  }

  private static func csvQuote(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  // MARK: JSON

  private static func json(_ report: Report) -> String {
    switch report.body {
    case .rows(let rows): return json(.list(rows.map(Field.record)), indent: "")
    case .record(let record): return json(.record(record), indent: "")
    }
  }

  private static func json(_ field: Field, indent: String) -> String {
    let inner = indent + "  "
    switch field {
    case .null: return "null"
    case .number(let number): return String(number)
    case .text(let text): return jsonString(text)
    case .named(let id, _): return jsonString(id)
    case .annotated(let value, _): return json(value, indent: indent)
    case .day(let day): return jsonString(day.description)
    case .word(let word): return jsonString(word)
    case .money(let amount): return String(amount)
    case .said(let message): return jsonString(message.english)
    case .phrase(let text): return jsonString(text)
    case .list(let items):
      guard !items.isEmpty else { return "[]" }
      let scalar = items.allSatisfy { if case .record = $0 { false } else { true } }
      if scalar { return "[" + items.map { json($0, indent: inner) }.joined(separator: ", ") + "]" }
      return "[\n" + items.map { inner + json($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
    case .record(let record):
      guard !record.fields.isEmpty else { return "{}" }
      let members = record.fields.map { inner + jsonString($0.key) + ": " + json($0.value, indent: inner) }
      return "{\n" + members.joined(separator: ",\n") + "\n\(indent)}"
    }
  }

  static func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      // Every control and format character (all in the Basic Multilingual Plane) as `\u001b`,
      // so that `cat` of JSON output can neither drive a terminal nor hide a character.
      case _ where TextCharacters.isForbidden(scalar, lineBreaks: false):
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

extension String {
  fileprivate var replacingNewlines: String {
    // Every newline character (LF, VT, FF, CR, NEL, U+2028, U+2029) has one of these bytes.
    guard utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else {
      return self
    }
    return split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
  }
}
