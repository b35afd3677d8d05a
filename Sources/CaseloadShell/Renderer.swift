import CaseloadCore
import CaseloadLanguage
import Foundation

/// Turns a query's report into text: aligned tables, RFC 4180 CSV or JSON.
enum Renderer {
  static func render(_ report: Report, as format: OutputFormat) -> String {
    switch format {
    case .table: return table(report)
    case .csv: return csv(report)
    case .json: return json(report)
    }
  }

  // MARK: Table

  private static func table(_ report: Report) -> String {
    if let (columns, rows) = report.tableRows {
      return grid(rows, columns: columns, wraps: report.wrapsCells)
    }
    switch report.body {
    case .rows(let rows):
      return grid(rows, columns: report.tableColumns, wraps: report.wrapsCells)
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
      let width = scalars.map { TextWidth.of($0.0) }.max() ?? 0
      var text = scalars.map { TextWidth.pad($0.0, to: width) + "  " + $0.1 }.joined(separator: "\n")
      for (title, rows) in lists + report.sections.map({ ($0.title, $0.rows) }) {
        text += "\n\n\(title):\n" + grid(rows, columns: nil, indent: "  ")
      }
      return text
    }
  }

  private static func grid(
    _ rows: [Record], columns: [String]?, indent: String = "", wraps: Bool = false
  ) -> String {
    guard let first = rows.first else { return indent + "(none)" }
    let keys = columns ?? first.fields.map(\.key)
    // Each row is one or more lines of cells: a wrapped cell takes as many lines as it needs.
    let lines: [[String]] = rows.flatMap { row -> [[String]] in
      guard wraps else { return [keys.map { row[$0].map(cell) ?? "" }] }
      let wrapped = keys.map { key in TextWidth.wrap(row[key].map(uncut) ?? "", to: widestCell) }
      let height = wrapped.map(\.count).max() ?? 1
      return (0..<height).map { line in wrapped.map { line < $0.count ? $0[line] : "" } }
    }
    let widths = keys.indices.map { column in
      ([TextWidth.of(keys[column])] + lines.map { TextWidth.of($0[column]) }).max()!
    }
    func line(_ values: [String]) -> String {
      let padded = values.enumerated().map { index, value in
        index == values.count - 1 ? value : TextWidth.pad(value, to: widths[index])
      }
      let text = indent + padded.joined(separator: "  ")
      return wraps ? String(text.reversed().drop { $0 == " " }.reversed()) : text
    }
    return ([line(keys)] + lines.map(line)).joined(separator: "\n")
  }

  /// Cells wider than this many columns are cut with `…` in tables.
  static let widestCell = 48

  private static func cell(_ field: Field) -> String {
    TextWidth.cut(uncut(field), to: widestCell)
  }

  private static func uncut(_ field: Field) -> String {
    switch field {
    case .null: return "-"
    case .text(let text): return text.replacingNewlines
    case .number(let number): return String(number)
    case .list(let items): return items.isEmpty ? "-" : items.map(uncut).joined(separator: ", ")
    case .record(let record): return record.fields.map { uncut($0.value) }.joined(separator: " ")
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
    let lines = [keys.map(csvQuote)] + rows.map { row in keys.map { csvQuote(csvCell(row[$0] ?? .null)) } }
    return lines.map { $0.joined(separator: ",") }.joined(separator: "\r\n")
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
    }
  }

  private static func csvQuote(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
      case _ where scalar.value < 0x20:
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
    split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
  }
}
