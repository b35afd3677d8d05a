extension TransferredCase {
  /// The case's dated history in the sending ward, in date order, its supervisors named
  /// (`S3 Trần Văn Bình (team, Tổ bảo vệ ANTT số 3)`), since their ids mean nothing elsewhere.
  public var history: [HistoryEvent] {
    let byID = Dictionary(supervisors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func named(_ id: SupervisorID) -> String {
      guard let supervisor = byID[id] else { return id.description }
      let about = [supervisor.kind.rawValue, supervisor.org].compactMap { $0 }.joined(separator: ", ")
      return "\(id) \(supervisor.name) (\(about))"
    }
    let person = self.person
    // A case that came here from a third ward brings that ward's history along.
    var events = (person.origin?.history ?? []).map { event in
      HistoryEvent(
        on: event.on, event: event.event,
        detail: joined([event.detail, person.origin.map { "in \($0.ward.label)" }]))
    }
    if let notified = person.notified { events.append(HistoryEvent(on: notified, event: "notified")) }
    events.append(
      HistoryEvent(
        on: person.released, event: "released",
        detail: joined([person.release?.rawValue, person.certificate.map { "certificate \($0)" }])))
    // A case opened by `person receive` records its reception as a status change; one added
    // directly has only its `received` date.
    let receptionRecorded =
      person.statusChanges.first { $0.status == .open }.map { $0.on == person.received } ?? false
    if let received = person.received, !receptionRecorded {
      events.append(HistoryEvent(on: received, event: "received"))
    }
    var receptionSeen = !receptionRecorded
    for change in person.statusChanges {
      switch change.status {
      case .open:
        events.append(
          HistoryEvent(on: change.on, event: receptionSeen ? "reopened" : "received", detail: change.note))
        receptionSeen = true
      case .expected:
        events.append(HistoryEvent(on: change.on, event: "reopened (expected)", detail: change.note))
      case .closed:
        let moved = change.reason == .moved ? person.movedTo.map { "to \($0)" } : nil
        events.append(
          HistoryEvent(
            on: change.on, event: "closed (\(change.reason?.rawValue ?? "?"))",
            detail: joined([moved, change.document, change.note])))
      }
    }
    for assignment in person.assignments {
      events.append(
        HistoryEvent(
          on: assignment.from, event: "assigned \(assignment.role.rawValue)",
          detail: joined([named(assignment.supervisor), assignment.decision, assignment.reason])))
      // An assignment still running when the case left ends with it: here it is history.
      events.append(
        HistoryEvent(
          on: assignment.to ?? on, event: "\(assignment.role.rawValue) ended",
          detail: joined([
            named(assignment.supervisor),
            assignment.to == nil ? "transferred to \(to)" : assignment.endReason,
          ])))
    }
    for visit in person.visits {
      events.append(
        HistoryEvent(
          on: visit.on, event: "visit \(visit.kind.rawValue)",
          detail: joined(["by " + named(visit.by), visit.group.map { "group \($0.rawValue)" }, visit.note])))
    }
    for support in person.supports {
      events.append(
        HistoryEvent(
          on: support.on, event: "support \(support.kind.rawValue)",
          detail: joined([
            support.amount.map { "\($0) đ" }, support.provider, support.by.map { "by " + named($0) },
            support.note,
          ])))
    }
    for classification in person.classifications where classification.visit == nil {
      events.append(
        HistoryEvent(
          on: classification.on, event: "classified \(classification.group.rawValue)",
          detail: classification.reason))
    }
    return events.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(
      \.element)
  }
}

/// The parts that are present, joined by `; `; nil when none is.
private func joined(_ parts: [String?]) -> String? {
  let present = parts.compactMap { $0 }.filter { !$0.isEmpty }
  return present.isEmpty ? nil : present.joined(separator: "; ")
}
