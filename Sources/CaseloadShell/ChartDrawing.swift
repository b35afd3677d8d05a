import CaseloadCore

/// Draws a report's rows as a horizontal bar chart of Unicode blocks, one line per row:
/// its label, its bar, and its figure, each in a column aligned by display width.
enum ChartDrawing {
  /// The most columns a bar takes; shorter charts give each unit up to `widestUnit` columns.
  static let widestBar = 40
  static let widestUnit = 4

  /// Blocks one to seven eighths wide, for the end of a bar.
  private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  static func draw(_ rows: [Record], as chart: Chart, with renderer: Renderer) -> String {
    let palette = renderer.palette
    guard !rows.isEmpty else { return renderer.localizer.text("(none)") }
    switch chart {
    case .bars(let labels, let value):
      let counts = rows.map { number($0[value]) }
      let scale = self.scale(largest: counts.max() ?? 0)
      let lines = zip(rows, counts).map { row, count in
        (label: label(row, labels, renderer), bar: bar(eighthsOf: count, scale: scale), figure: String(count))
      }
      return layout(lines, rightAligned: true)
    case .capacity(let labels, let load, let capacity):
      let pairs = rows.map { (load: number($0[load]), capacity: number($0[capacity])) }
      let scale = self.scale(largest: pairs.map { max($0.load, $0.capacity) }.max() ?? 0)
      let lines = zip(rows, pairs).map { row, pair in
        let over = pair.load > pair.capacity
        let figure = "\(pair.load)/\(pair.capacity)" + (over ? "!" : "")
        return (
          label: label(row, labels, renderer), bar: loadBar(pair, scale: scale, palette: palette),
          figure: over ? palette.alert(figure) : figure
        )
      }
      return layout(lines, rightAligned: false)
    }
  }

  /// Columns per unit: `widestUnit`, or fewer so that the largest value fits `widestBar`.
  static func scale(largest: Int) -> Double {
    largest == 0 ? Double(widestUnit) : min(Double(widestUnit), Double(widestBar) / Double(largest))
  }

  /// `value` units at `scale` columns each, in eighths of a column; any value above zero shows.
  static func eighths(_ value: Int, scale: Double) -> Int {
    value <= 0 ? 0 : max(1, Int((Double(value) * scale * 8).rounded()))
  }

  /// A bar `eighths` eighths of a column long: full blocks, then one partial block.
  static func bar(eighths count: Int) -> String {
    String(repeating: "█", count: count / 8) + (count % 8 == 0 ? "" : String(eighths[count % 8 - 1]))
  }

  private static func bar(eighthsOf value: Int, scale: Double) -> String {
    bar(eighths: eighths(value, scale: scale))
  }

  /// The load in full blocks; the room left up to capacity in light shade (`░`); a load
  /// over capacity runs on past a `│` at the capacity, painted as an alert.
  private static func loadBar(_ pair: (load: Int, capacity: Int), scale: Double, palette: Palette) -> String {
    let load = eighths(pair.load, scale: scale)
    let capacity = eighths(pair.capacity, scale: scale)
    guard pair.load > pair.capacity else {
      let room = (capacity + 7) / 8 - (load + 7) / 8
      return bar(eighths: load) + String(repeating: "░", count: max(0, room))
    }
    return bar(eighths: capacity) + "│" + palette.alert(bar(eighths: load - capacity))
  }

  private static func label(_ row: Record, _ columns: [String], _ renderer: Renderer) -> String {
    TextWidth.cut(
      columns.map { renderer.uncut(row[$0] ?? .null) }.joined(separator: " "), to: Renderer.widestCell)
  }

  private static func number(_ field: Field?) -> Int {
    switch field {
    case .number(let number): number
    case .annotated(let value, _): number(value)
    default: 0
    }
  }

  /// Lines of label, bar and figure, each column padded to its widest (measured without
  /// escape codes); figures right-aligned when `rightAligned`.
  private static func layout(_ lines: [(label: String, bar: String, figure: String)], rightAligned: Bool)
    -> String
  {
    func width(_ text: String) -> Int { TextWidth.of(Palette.withoutEscapes(text)) }
    let labelWidth = lines.map { width($0.label) }.max() ?? 0
    let barWidth = lines.map { width($0.bar) }.max() ?? 0
    let figureWidth = lines.map { width($0.figure) }.max() ?? 0
    return lines.map { line in
      let figurePadding = String(repeating: " ", count: figureWidth - width(line.figure))
      return TextWidth.pad(line.label, to: labelWidth) + "  " + line.bar
        + String(repeating: " ", count: barWidth - width(line.bar)) + "  "
        + (rightAligned ? figurePadding + line.figure : line.figure)
    }.joined(separator: "\n")
  }
}
