/// One dated event in a person's timeline.
struct TimelineEvent {
  var on: Day
  var event: String
  var detail: Message?
}

extension State {
  /// Every dated event of the case in date order (ties in the order the record lists them),
  /// then the law's coming dates; anything after today is marked `(upcoming)`.
  func timelineReport(_ person: Person, today: Day) -> Report {
    var events = history(of: person) + lawDates(of: person)
    events = events.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }
      .map(\.element)
    let rows = events.map { event in
      Record([
        ("on", Field(event.on)),
        ("event", .word(event.on > today ? "\(event.event) (upcoming)" : event.event)),
        ("detail", event.detail.map(Field.said) ?? .null),
      ])
    }
    var report = Report(body: .rows(rows), columns: ["on", "event", "detail"])
    // A detail is read whole: the reason a record cannot clear yet is at its end.
    report.wrapsCells = true
    return report
  }

  /// What happened, as the record holds it: notification, release, reception, assignments
  /// and their ends, visits, classifications, supports, closings and reopenings.
  private func history(of person: Person) -> [TimelineEvent] {
    var events: [TimelineEvent] = []
    if let notified = person.notified {
      events.append(TimelineEvent(on: notified, event: "notified", detail: "by the prison"))
    }
    let release: [Message?] = [
      person.release.map { "\($0)" }, person.certificate.map { "certificate \($0)" },
    ]
    events.append(
      TimelineEvent(on: person.released, event: "released", detail: joined(release.compactMap { $0 })))
    // A person recorded as expected is received by a status change, which says so below.
    if person.notified == nil, let received = person.received {
      events.append(TimelineEvent(on: received, event: "received", detail: nil))
    }
    for assignment in person.assignments {
      let role: Message = "\(assignment.role) \(label(assignment.supervisor))"
      events.append(
        TimelineEvent(
          on: assignment.from, event: "assigned",
          detail: joined(
            [
              role, assignment.decision.map(Message.init(verbatim:)),
              assignment.reason.map(Message.init(verbatim:)),
            ].compactMap { $0 })))
      if let to = assignment.to {
        events.append(
          TimelineEvent(
            on: to, event: "assignment ended",
            detail: joined([role, assignment.endReason.map(Message.init(verbatim:))].compactMap { $0 }))
        )
      }
    }
    for visit in person.visits {
      let parts: [Message?] = [
        "\(visit.id) \(visit.kind) by \(label(visit.by))",
        visit.group.map { "group \($0.rawValue)" },
        visit.note.map(Message.init(verbatim:)),
      ]
      events.append(TimelineEvent(on: visit.on, event: "visit", detail: joined(parts.compactMap { $0 })))
    }
    // Classifications made at a visit are told with the visit.
    for entry in person.classifications where entry.visit == nil {
      events.append(
        TimelineEvent(
          on: entry.on, event: "classified",
          detail: joined(
            ["group \(entry.group.rawValue)", entry.reason.map { "\(phrase: $0)" }].compactMap { $0 })))
    }
    for support in person.supports { events.append(supportEvent(support)) }
    events += statusEvents(of: person)
    return events
  }

  private func supportEvent(_ support: Support) -> TimelineEvent {
    let parts: [Message?] = [
      "\(support.id) \(support.kind)", support.amount.map { "\(money: $0.dong)" },
      support.provider.map { "from \($0)" }, support.by.map { "by \(label($0))" },
      support.note.map(Message.init(verbatim:)),
    ]
    return TimelineEvent(on: support.on, event: "support", detail: joined(parts.compactMap { $0 }))
  }

  private func statusEvents(of person: Person) -> [TimelineEvent] {
    var status: CaseStatus = person.notified == nil ? .open : .expected
    return person.statusChanges.map { change in
      defer { status = change.status }
      let event: String
      switch (status, change.status) {
      case (.expected, .open): event = "received"
      case (_, .closed): event = "closed"
      default: event = "reopened"
      }
      let parts: [Message?] = [
        change.reason.map { "\($0)" }, change.document.map { "document \($0)" },
        change.note.map(Message.init(verbatim:)),
        change.status == .closed && change.reason == .moved ? person.movedTo.map { "to \($0)" } : nil,
      ]
      return TimelineEvent(on: change.on, event: event, detail: joined(parts.compactMap { $0 }))
    }
  }

  /// Probation's end, and for an open case the day the record may be cleared and the last
  /// day of the loan window.
  private func lawDates(of person: Person) -> [TimelineEvent] {
    var events: [TimelineEvent] = []
    if let until = person.probationUntil {
      events.append(TimelineEvent(on: until, event: "probation ends", detail: "conditional release"))
    }
    guard person.status == .open else { return events }
    if let on = person.expungeableOn {
      events.append(
        TimelineEvent(
          on: on, event: "expungeable",
          detail: joined(
            [
              "route \(person.expungementRoute)",
              person.obligations == .pending ? "obligations pending" : nil,
            ].compactMap { $0 })))
    }
    events.append(
      TimelineEvent(on: person.loanUntil, event: "loan window ends", detail: "preferential loan (QĐ 22/2023)")
    )
    return events
  }

  /// The parts one after the other, `; ` between them; nil when there are none.
  private func joined(_ parts: [Message]) -> Message? {
    guard let first = parts.first else { return nil }
    return parts.dropFirst().reduce(first) { $0 + "; " + $1 }
  }
}
