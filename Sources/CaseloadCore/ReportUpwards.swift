/// How a report upwards reads: one object (JSON), one row per ward (CSV), one line per
/// figure with one column per ward (tables).
extension WardFigures {
  /// What tables call each figure.
  static let labels: [String: String] = [
    "ward": "ward", "from": "from", "to": "to", "openAtStart": "open at start", "received": "received",
    "receivedCompleted": "  sentence completed", "receivedAmnesty": "  amnesty",
    "receivedConditional": "  conditional release", "closed": "closed", "closedExpunged": "  record expunged",
    "closedDeceased": "  deceased", "closedMoved": "  moved away", "closedConvicted": "  new conviction",
    "openAtEnd": "open at end", "groupA": "  group A", "groupB": "  group B", "groupC": "  group C",
    "groupD": "  group D", "unclassified": "  unclassified", "withoutLead": "  without a lead",
    "visits": "visits", "personsVisited": "persons visited", "personsNotVisited": "open, not visited",
    "overdueAtEnd": "overdue at end", "supports": "support measures", "loanAmount": "loans (đồng)",
    "supervisors": "active supervisors", "teams": "security teams", "teamMembers": "team members",
    "journalSeq": "journal entries", "journalHash": "journal head hash",
  ]

  /// Every key of the report, in §10's order.
  public static var keys: [String] { ["ward", "from", "to"] + countKeys + ["journalSeq", "journalHash"] }

  /// The figures as one object with §10's keys, in order.
  public var record: Record {
    var fields: [(String, Field)] = [
      ("ward", Field(ward)), ("from", Field(period.from)), ("to", Field(period.to)),
    ]
    for key in WardFigures.countKeys {
      let value = self[key]
      fields.append(
        (
          key,
          key == "loanAmount"
            ? .money(value) : .number(value)
        ))
    }
    fields.append(("journalSeq", journalSeq.map(Field.number) ?? .null))
    // Tables show the hash whole, in two halves, so that a printed report can be checked.
    fields.append(
      (
        "journalHash",
        journalHash.map { .annotated(.text($0), table: "\($0.prefix(32)) \($0.dropFirst(32))") } ?? .null
      ))
    return Record(fields)
  }

  /// The report of one ward, or of several with their total: JSON is one object, or
  /// `{"wards": [...], "total": {...}}`.
  public static func report(_ wards: [WardFigures], columns names: [String]) -> Report {
    let single = wards.count == 1
    let columns = single ? wards : wards + [total(wards, period: wards[0].period)]
    let records = columns.map(\.record)
    var report =
      single
      ? Report(body: .record(records[0]), columns: keys)
      : Report(
        body: .record(
          Record([("wards", .list(records.dropLast().map(Field.record))), ("total", .record(records.last!))])),
        columns: keys)
    let headers = single ? ["value"] : names + ["total"]
    let rows = keys.map { key in
      Record([("figure", .phrase(labels[key] ?? key))] + zip(headers, records).map { ($0, $1[key] ?? .null) })
    }
    report.tableRows = (["figure"] + headers, rows)
    report.csvRows = records
    report.wrapsCells = true
    return report
  }
}
