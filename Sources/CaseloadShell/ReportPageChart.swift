import CaseloadCore

extension ReportPageHTML {
  /// How many months the page's chart shows: the twelve ending with the period's last month.
  static let chartMonths = 12

  /// Visits per month as an inline SVG bar chart: one bar per month with its count above it
  /// and the month below, black on white so that it prints.
  func chart(_ months: [(month: Month, visits: Int)], end: Day) -> String {
    guard let last = months.last else { return "" }
    let caption = localizer.say("Visits per month: the \(months.count) months to \(monthLabel(last.month))")
    let (width, height, left, top, bottom) = (640.0, 180.0, 36.0, 16.0, 24.0)
    let plot = height - top - bottom
    let most = max(1, months.map(\.visits).max() ?? 0)
    // A round top for the scale: 1, 2, 5, 10, 20, 50… at or above the largest count.
    let scale = ReportPageHTML.roundUp(most)
    let slot = (width - left - 8) / Double(months.count)
    var svg = """
      <figure>
      <figcaption>\(escape(caption))</figcaption>
      <svg viewBox="0 0 \(Int(width)) \(Int(height))" role="img" \
      aria-label="\(escape(caption))" font-family="sans-serif" font-size="11">

      """
    for value in scale % 2 == 0 ? [0, scale / 2, scale] : [0, scale] {
      let y = top + plot - plot * Double(value) / Double(scale)
      let dash = value == 0 ? "" : " stroke-dasharray=\"3 3\""
      svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 8))\" y2=\"\(f(y))\" stroke=\"#000\""
      svg += " stroke-width=\"\(value == 0 ? 1 : 0.5)\"\(dash)/>\n"
      svg += "<text x=\"\(f(left - 4))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(value)</text>\n"
    }
    for (index, entry) in months.enumerated() {
      let barHeight = plot * Double(entry.visits) / Double(scale)
      let x = left + slot * Double(index) + slot * 0.18
      let y = top + plot - barHeight
      let centre = left + slot * (Double(index) + 0.5)
      svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(slot * 0.64))\" height=\"\(f(barHeight))\""
      svg += " fill=\"#555\" stroke=\"#000\" stroke-width=\"0.5\"/>\n"
      svg +=
        "<text x=\"\(f(centre))\" y=\"\(f(y - 3))\" text-anchor=\"middle\" class=\"count\">\(entry.visits)</text>\n"
      svg += "<text x=\"\(f(centre))\" y=\"\(f(height - bottom + 14))\" text-anchor=\"middle\">"
      svg += "\(escape(monthLabel(entry.month)))</text>\n"
    }
    return svg + "</svg>\n</figure>\n"
  }

  /// `11/2026` in Vietnamese, `2026-11` in English.
  func monthLabel(_ month: Month) -> String {
    switch localizer.language {
    case .en: return month.description
    case .vi: return (month.month < 10 ? "0" : "") + "\(month.month)/\(month.year)"
    }
  }

  /// The smallest of 1, 2, 5, 10, 20, 50, … that is at least `value`.
  static func roundUp(_ value: Int) -> Int {
    var base = 1
    while true {
      for step in [1, 2, 5] where base * step >= value { return base * step }
      base *= 10
    }
  }

  /// A coordinate with at most one decimal, so that the page reads the same on every machine.
  private func f(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
  }
}
