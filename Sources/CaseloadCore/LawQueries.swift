extension State {
  /// Expected persons in id order.
  func arrivalsReport(today: Day) -> Report {
    let expected = personsInOrder.filter { $0.status == .expected }
    return LawRows.arrival(today: today).report(expected, in: self)
  }

  /// Open cases whose record may be cleared by today + `within` days, earliest first, then by id.
  func expungementReport(within: Int, today: Day) -> Report {
    let last = today.adding(days: within)
    let due = personsInOrder.compactMap { person -> (Day, Person)? in
      guard person.status == .open, let on = person.expungeableOn, on <= last else { return nil }
      return (on, person)
    }
    let sorted = due.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.map(\.1)
    return LawRows.expungement(today: today).report(sorted, in: self)
  }

  /// Open cases in the loan groups with `completed` ≤ `on` ≤ `loanUntil`, in id order.
  func loansReport(on: Day) -> Report {
    let groups = Law.current.loanGroups.value
    let eligible = personsInOrder.filter { person in
      guard person.status == .open, let group = person.group, groups.contains(group) else {
        return false
      }
      return person.completed <= on && on <= person.loanUntil
    }
    return LawRows.loan.report(eligible, in: self)
  }

  /// Every rule of the law table: `rule title value source`.
  func lawTableReport() -> Report {
    let rows = Law.current.rules.map { rule in
      Record([
        ("rule", .text(rule.name)), ("title", .phrase(rule.title)), ("value", .phrase(rule.value)),
        ("source", .phrase(rule.source.description)),
      ])
    }
    var report = Report(body: .rows(rows), columns: ["rule", "title", "value", "source"])
    report.wrapsCells = true
    return report
  }
}

/// The row shapes of §9.
enum LawRows {
  /// An expected person; `today` decides daysSinceRelease (negative before release).
  static func arrival(today: Day) -> Columns<Person> {
    Columns<Person>(fields: [
      ("person", { Field($1.id) }), ("name", { .text($1.name) }), ("released", { Field($1.released) }),
      ("notified", { Field($1.notified) }), ("verifyBy", { Field($1.verifyBy) }),
      ("daysSinceRelease", { .number($1.released.days(to: today)) }),
    ])
  }

  /// An open case whose record may be cleared; `today` decides daysLeft (negative when past).
  static func expungement(today: Day) -> Columns<Person> {
    Columns<Person>(fields: [
      ("person", { Field($1.id) }), ("name", { .text($1.name) }), ("completed", { Field($1.completed) }),
      ("sentence", { Field($1.sentence) }), ("route", { .word($1.expungementRoute.rawValue) }),
      ("expungeableOn", { Field($1.expungeableOn) }),
      ("daysLeft", { $1.expungeableOn.map { .number(today.days(to: $0)) } ?? .null }),
      ("obligations", { Field(word: $1.obligations) }),
    ])
  }

  /// An open case that may apply for a preferential loan.
  static let loan = Columns<Person>(fields: [
    ("person", { Field($1.id) }), ("name", { .text($1.name) }), ("completed", { Field($1.completed) }),
    ("loanUntil", { Field($1.loanUntil) }), ("group", { Field($1.group?.rawValue) }),
  ])
}
