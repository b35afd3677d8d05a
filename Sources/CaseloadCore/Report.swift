/// A value in a query's answer, shaped like JSON.
public indirect enum Field: Equatable, Sendable {
  case null
  case text(String)
  case number(Int)
  case list([Field])
  case record(Record)
  /// A person's or supervisor's id with their name, if known: tables show `S1 Đỗ Minh Hải`,
  /// JSON and CSV the id alone.
  case named(String, name: String?)
  /// A value that tables show otherwise (a hash cut short, a load marked over capacity);
  /// JSON and CSV show the value.
  case annotated(Field, table: String)
  /// A date: `YYYY-MM-DD` in JSON and CSV, in the session's language in tables.
  case day(Day)
  /// A word of one of the language's fixed lists (`open`, `lead`): JSON and CSV give the
  /// word, tables the session's language.
  case word(String)
  /// Whole đồng: a plain integer in JSON and CSV, `40.000.000` in tables.
  case money(Int)
  /// Words for the officer: English in JSON and CSV, the session's language in tables.
  case said(Message)
  /// Text the program wrote and kept (a rule's title, "on reception"): tables show it
  /// translated when the catalogue knows it, else as it is; JSON and CSV as it is.
  case phrase(String)

  /// Text that tables show whole, never cut with `…` (a key fingerprint, which an officer
  /// reads out over the phone): an annotation that is the text itself.
  public static func whole(_ text: String) -> Field { .annotated(.text(text), table: text) }

  /// A date as `.day`; any other value as its text; nil as `.null`.
  init(_ value: CustomStringConvertible?) {
    switch value {
    case nil: self = .null
    case let day as Day: self = .day(day)
    case let value?: self = .text(value.description)
    }
  }

  /// A list word, or `.null`.
  init<Word: Choice>(word: Word?) {
    self = word.map { .word($0.rawValue) } ?? .null
  }

  /// The id, for JSON and CSV, of a `.named` field; nil for any other.
  public var namedID: String? {
    if case .named(let id, _) = self { return id }
    return nil
  }
}

/// Ordered named fields: one person, supervisor, visit or row.
public struct Record: Equatable, Sendable {
  public var fields: [(key: String, value: Field)]

  public init(_ fields: [(String, Field)]) { self.fields = fields.map { (key: $0.0, value: $0.1) } }

  public subscript(key: String) -> Field? { fields.first { $0.key == key }?.value }

  public static func == (lhs: Record, rhs: Record) -> Bool {
    lhs.fields.elementsEqual(rhs.fields) { $0.key == $1.key && $0.value == $1.value }
  }
}

/// A query's answer: one record or rows of records, with hints for the table renderer.
public struct Report: Equatable, Sendable {
  public enum Body: Equatable, Sendable {
    case record(Record)
    case rows([Record])
  }

  /// Extra lists that tables show but JSON and CSV leave out (a person's dated history).
  public struct Section: Equatable, Sendable {
    /// A column name (`classifications`), or words with arguments (a sending ward's history).
    public var title: Message
    public var rows: [Record]
  }

  public var body: Body
  /// Every field of a row, in order (for the CSV header of an empty list).
  public var columns: [String]
  /// The columns a table shows; every field when nil.
  public var tableColumns: [String]?
  /// Fields that tables show after the record's own but JSON and CSV leave out.
  public var tableOnlyFields: [(String, Field)] = []
  /// Whether tables wrap long cells onto more lines instead of cutting them (`law`, whose
  /// values are the point).
  public var wrapsCells = false
  public var sections: [Section] = []
  /// Columns whose figures need the officer's attention when they are alarming (red on a
  /// terminal): days overdue, overdue cases, a load over capacity.
  public var alerts: [String: Alert] = [:]
  /// Draw the rows as a chart instead of a grid in tables; JSON and CSV give the rows.
  public var chart: Chart?
  /// Rows that tables show instead of the body (a report upwards: one line per figure, one
  /// column per ward), and that CSV shows instead (one row per ward); nil: the body.
  public var tableRows: (columns: [String], rows: [Record])?
  public var csvRows: [Record]?

  public init(body: Body, columns: [String] = [], tableColumns: [String]? = nil) {
    self.body = body
    self.columns = columns
    self.tableColumns = tableColumns
  }

  public static func == (lhs: Report, rhs: Report) -> Bool {
    lhs.body == rhs.body && lhs.columns == rhs.columns && lhs.tableColumns == rhs.tableColumns
      && lhs.sections == rhs.sections && lhs.csvRows == rhs.csvRows
      && lhs.tableRows?.columns == rhs.tableRows?.columns && lhs.tableRows?.rows == rhs.tableRows?.rows
      && lhs.wrapsCells == rhs.wrapsCells && lhs.alerts == rhs.alerts && lhs.chart == rhs.chart
      && lhs.tableOnlyFields.elementsEqual(rhs.tableOnlyFields) { $0.0 == $1.0 && $0.1 == $1.1 }
  }
}

/// When a figure in an alert column is alarming.
public enum Alert: Equatable, Sendable {
  /// A number above zero (days overdue, overdue cases).
  case positive
  /// A value the table shows annotated (a load over capacity, `4!`).
  case annotated

  /// Whether `field` is alarming by this rule.
  public func isRaised(by field: Field) -> Bool {
    switch (self, field) {
    case (.positive, .number(let number)): number > 0
    case (.annotated, .annotated): true
    default: false
    }
  }
}

/// How a table draws a report's rows as a horizontal bar chart.
public enum Chart: Equatable, Sendable {
  /// One bar per row, as long as its `value` column, named by its `labels` columns.
  case bars(labels: [String], value: String)
  /// One bar per row of `load` against `capacity`, named by its `labels` columns.
  case capacity(labels: [String], load: String, capacity: String)
}

extension Report {
  /// This report with `alerts` marking its alarming columns.
  func alerting(_ alerts: [String: Alert]) -> Report {
    var report = self
    report.alerts = alerts
    return report
  }
}
