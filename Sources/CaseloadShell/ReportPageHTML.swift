import CaseloadCore
import FoundationEssentials

/// What one printed report upwards holds: the figures of each ward (this ward first), the
/// columns naming them, the ward's own name and province, and the visits per month.
struct ReportPageContent {
  var wards: [WardFigures]
  var columns: [String]
  var ward: Ward
  var visits: [(month: Month, visits: Int)]
  /// The day the page was made.
  var made: Day
}

/// The report upwards as one printable, self-contained HTML page (A4 portrait) in the
/// session's language: no fonts, scripts, stylesheets or images from anywhere else, only an
/// inline style and an inline SVG chart. Every text it shows is escaped.
struct ReportPageHTML {
  let localizer: Localizer

  /// The page, UTF-8 text ending with a newline.
  func page(_ content: ReportPageContent) -> String {
    let period = content.wards[0].period
    let title = localizer.say("Report on persons who completed a prison sentence")
    let ward = content.ward.name.map { name in content.ward.province.map { "\(name), \($0)" } ?? name }
    var html = """
      <!DOCTYPE html>
      <html lang="\(localizer.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>\(ReportPageHTML.style)</style>
      </head>
      <body>
      <main class="sheet">
      <header>
      <h1>\(escape(title))</h1>

      """
    let wardLine =
      ward.map { localizer.say("Ward: \($0)") } ?? localizer.say("Ward: not named (ward set name=…)")
    html += "<p class=\"meta\">\(escape(wardLine))</p>\n"
    html += "<p class=\"meta\">\(escape(localizer.say("Period: from \(period.from) to \(period.to)")))</p>\n"
    html += "<p class=\"meta\">\(escape(localizer.say("Made on \(content.made)")))</p>\n</header>\n"
    html += table(content) + chart(content.visits, end: period.to) + signature() + footer(content)
    return html + "</main>\n</body>\n</html>\n"
  }

  /// The figures: one line per figure, one column per ward and their total when several.
  private func table(_ content: ReportPageContent) -> String {
    let report = WardFigures.report(content.wards, columns: content.columns)
    guard let (columns, rows) = report.tableRows else { return "" }
    let renderer = Renderer(localizer: localizer, palette: .plain)
    let heading = columns.map { "<th scope=\"col\">\(escape(localizer.header($0)))</th>" }.joined()
    var html = "<table class=\"figures\">\n<thead><tr>\(heading)</tr></thead>\n<tbody>\n"
    // The ward, the period and the journal's head are said above and below the table.
    let shown: Set<String> = Set(WardFigures.countKeys)
    for (key, row) in zip(WardFigures.keys, rows) where shown.contains(key) {
      let label = row["figure"].map(renderer.uncut) ?? key
      let trimmed = String(label.drop { $0 == " " })
      let kind = trimmed.count < label.count ? " class=\"sub\"" : ""
      html += "<tr><th scope=\"row\"\(kind)>\(escape(trimmed))</th>"
      for column in columns.dropFirst() {
        html += "<td>\(escape(row[column].map(renderer.uncut) ?? "-"))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// A place for the officer who made the report to date and sign it.
  private func signature() -> String {
    """
    <section class="signature">
    <p class="date">\(escape(localizer.say("Date: ……………………")))</p>
    <p class="role">\(escape(localizer.say("Prepared by")))</p>
    <p class="hint">\(escape(localizer.say("(signature and full name)")))</p>
    </section>

    """
  }

  /// Each ward's journal head, so that the recipient can later confirm the history behind
  /// the figures was not rewritten.
  private func footer(_ content: ReportPageContent) -> String {
    var lines: [String] = []
    for (index, ward) in content.wards.enumerated() {
      guard let seq = ward.journalSeq, let hash = ward.journalHash else { continue }
      let name = content.wards.count > 1 ? content.columns[index] + ": " : ""
      // The hash in a typewriter face, so that each of its digits reads unmistakably.
      let said = escape(name + localizer.say("Journal head: entry \(seq), hash \(ReportPageHTML.hashMark)"))
      lines.append(
        "<p>" + said.replacing(ReportPageHTML.hashMark, with: "<code>\(escape(hash))</code>")
          + "</p>")
    }
    if lines.isEmpty {
      lines.append(
        "<p>\(escape(localizer.say("no journal head: the figures come from a replay of the past")))</p>")
    } else {
      lines.insert(
        "<p>\(escape(localizer.say("To check this report later, compare the journal head below with the store's journal.")))</p>",
        at: 0)
    }
    return "<footer>\n" + lines.joined(separator: "\n") + "\n</footer>\n"
  }

  /// `&`, `<`, `>` and both quotes as character references: safe in text and attributes.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  func escape(_ text: String) -> String { Self.escape(text) }

  /// Where the hash goes in the footer's line, replaced once the line is escaped.
  static let hashMark = "\u{FFFC}"

  /// A4 portrait, black on white, bordered table; the same on screen as on paper.
  static let style = """

    @page { size: A4 portrait; margin: 12mm 15mm 10mm; }
    html { background: #fff; color: #000; }
    body { margin: 0; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif;
      font-size: 10.5pt; line-height: 1.2; }
    .sheet { max-width: 180mm; margin: 0 auto; padding: 12mm 0; }
    h1 { font-size: 14pt; text-align: center; text-transform: uppercase; text-wrap: balance; margin: 0 0 3mm; }
        .meta { text-align: center; margin: 0.5mm 0; }
    table.figures { border-collapse: collapse; width: 100%; margin-top: 4mm; }
    table.figures th, table.figures td { border: 1px solid #000; padding: 0.3mm 2mm; vertical-align: top; }
    table.figures thead th { text-align: center; font-weight: bold; }
    table.figures thead th::first-letter { text-transform: uppercase; }
    table.figures tbody th { text-align: left; font-weight: normal; }
    table.figures tbody th.sub { padding-left: 7mm; font-style: italic; }
    table.figures td { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    tr { page-break-inside: avoid; }
    figure { margin: 3mm 0 0; page-break-inside: avoid; }
    figure svg { width: 100%; height: auto; display: block; }
    figcaption { font-weight: bold; margin-bottom: 1mm; }
    svg .count { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
    .signature { width: 80mm; margin: 3mm 0 0 auto; text-align: center; page-break-inside: avoid; }
    .signature p { margin: 0.5mm 0; }
    .signature .date { font-style: italic; }
    .signature .role { font-weight: bold; text-transform: uppercase; }
    .signature .hint { font-style: italic; margin-bottom: 14mm; }
    footer { page-break-inside: avoid; margin-top: 3mm; border-top: 1px solid #000; padding-top: 2mm; font-size: 9pt; }
    footer p { margin: 0.5mm 0; overflow-wrap: anywhere; }
    footer code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; white-space: nowrap; }
    @media print {
      html, body { background: #fff; color: #000; }
      .sheet { max-width: none; padding: 0; }
    }

    """
}
