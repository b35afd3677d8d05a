/// The fields of each kind of row, in the order §6 names them: declared once, so that a
/// record and the column headers of an empty list cannot disagree.
struct Columns<Subject> {
  let fields: [(String, (State, Subject) -> Field)]

  var names: [String] { fields.map(\.0) }

  func record(_ subject: Subject, in state: State) -> Record {
    Record(fields.map { ($0.0, $0.1(state, subject)) })
  }

  func report(_ subjects: [Subject], in state: State, tableColumns: [String]? = nil) -> Report {
    Report(body: .rows(subjects.map { record($0, in: state) }), columns: names, tableColumns: tableColumns)
  }
}

/// The row shapes of §6.
enum Rows {
  static let person =
    Columns<Person>(fields: [
      ("id", { Field($1.id) }), ("name", { .text($1.name) }), ("born", { Field($1.born) }),
      ("gender", { Field(word: $1.gender) }), ("idCard", { Field($1.idCard) }),
      ("address", { Field($1.address) }), ("phone", { Field($1.phone) }),
      ("offence", { Field($1.offence) }), ("sentence", { Field($1.sentence) }),
      ("release", { Field(word: $1.release) }), ("certificate", { Field($1.certificate) }),
      ("released", { Field($1.released) }), ("received", { Field($1.received) }),
      ("group", { Field($1.group?.rawValue) }), ("status", { .word($1.status.rawValue) }),
      ("reason", { Field(word: $1.reason) }), ("lead", { $0.named($1.leadAssignment?.supervisor) }),
      ("helpers", { state, person in .list(person.helpers.map { state.named($0) }) }),
      ("lastVisit", { Field($1.lastVisit) }),
      ("nextVisitDue", { Field($0.nextVisitDue($1)) }),
      ("offenceArticle", { $1.offenceArticle.map(Field.number) ?? .null }),
      ("probationUntil", { Field($1.probationUntil) }),
      ("supplementaryUntil", { Field($1.supplementaryUntil) }),
      ("obligations", { Field(word: $1.obligations) }), ("notified", { Field($1.notified) }),
      ("completed", { Field($1.completed) }), ("expungeableOn", { Field($1.expungeableOn) }),
      ("expungementRoute", { .word($1.expungementRoute.rawValue) }), ("loanUntil", { Field($1.loanUntil) }),
      ("movedTo", { Field($1.movedTo) }),
    ])

  static let supervisor =
    Columns<Supervisor>(fields: [
      ("id", { Field($1.id) }), ("name", { .text($1.name) }), ("kind", { .word($1.kind.rawValue) }),
      ("org", { Field($1.org) }), ("phone", { Field($1.phone) }), ("area", { Field($1.area) }),
      ("capacity", { .number($1.capacity) }), ("status", { .word($1.status.rawValue) }),
      ("load", { .number($0.openCaseCount(ledBy: $1.id)) }),
    ])

  static let visit =
    Columns<Visit>(fields: [
      ("id", { Field($1.id) }), ("person", { $0.named($1.person) }), ("by", { $0.named($1.by) }),
      ("on", { Field($1.on) }), ("kind", { .word($1.kind.rawValue) }), ("note", { Field($1.note) }),
      ("group", { Field($1.group?.rawValue) }),
    ])

  static let assignment =
    Columns<(PersonID, Assignment)>(fields: [
      ("person", { Field($1.0) }), ("supervisor", { $0.named($1.1.supervisor) }),
      ("role", { .word($1.1.role.rawValue) }), ("from", { Field($1.1.from) }), ("to", { Field($1.1.to) }),
      ("decision", { Field($1.1.decision) }), ("reason", { Field($1.1.reason) }),
    ])

  /// A due, overdue or unassigned row; `today` decides daysOverdue.
  static func due(today: Day) -> Columns<Person> {
    Columns<Person>(fields: [
      ("person", { Field($1.id) }), ("name", { .text($1.name) }),
      ("lead", { $0.named($1.leadAssignment?.supervisor) }), ("lastVisit", { Field($1.lastVisit) }),
      ("nextVisitDue", { Field($0.nextVisitDue($1)) }),
      (
        "daysOverdue",
        { state, person in
          state.nextVisitDue(person).map { .number(max(0, $0.days(to: today))) } ?? .null
        }
      ),
    ])
  }

  static func caseload(today: Day) -> Columns<Supervisor> {
    Columns<Supervisor>(fields: [
      ("supervisor", { Field($1.id) }), ("name", { .text($1.name) }), ("capacity", { .number($1.capacity) }),
      (
        "load",
        { state, supervisor in
          let load = state.openCaseCount(ledBy: supervisor.id)
          return load > supervisor.capacity ? .annotated(.number(load), table: "\(load)!") : .number(load)
        }
      ),
      (
        "overdue",
        { state, supervisor in
          .number(
            state.openCasesLed(by: supervisor.id).filter {
              state.nextVisitDue($0).map { $0 < today } ?? false
            }.count)
        }
      ),
    ])
  }
}
