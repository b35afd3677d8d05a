import CaseloadCore
import CaseloadLanguage

extension Report {
  /// The persons and supervisors a table would name by id alone, their records not being
  /// read yet: what to read before answering again, so that the table names them.
  var unnamed: Needs? {
    var persons = Set<PersonID>()
    var supervisors = Set<SupervisorID>()
    func visit(_ field: Field) {
      switch field {
      case .named(let id, nil):
        if let person = PersonID(parsing: id) { persons.insert(person) }
        if let supervisor = SupervisorID(parsing: id) { supervisors.insert(supervisor) }
      case .list(let items): items.forEach(visit)
      case .record(let record): for field in record.fields { visit(field.value) }
      case .annotated(let value, _): visit(value)
      case .null, .text, .number, .named, .day, .word, .money, .said, .phrase: break
      }
    }
    switch body {
    case .record(let record): visit(.record(record))
    case .rows(let rows): for row in rows { visit(.record(row)) }
    }
    for row in sections.flatMap(\.rows) { visit(.record(row)) }
    guard !persons.isEmpty || !supervisors.isEmpty else { return nil }
    return .records(persons: persons, supervisors: supervisors)
  }
}
