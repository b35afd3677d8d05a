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

  init(_ value: CustomStringConvertible?) {
    self = value.map { .text($0.description) } ?? .null
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
    public var title: String
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
      && lhs.wrapsCells == rhs.wrapsCells
      && lhs.tableOnlyFields.elementsEqual(rhs.tableOnlyFields) { $0.0 == $1.0 && $0.1 == $1.1 }
  }
}
