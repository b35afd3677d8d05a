import Testing

@testable import CaseloadCore

@Suite struct LawQueryTests {
  /// A row's keys and values as `key=value` words, for compact expectations.
  func words(_ record: Record) -> String {
    record.fields.map { field in
      switch field.value {
      case .null: "\(field.key)=null"
      case .text(let text): "\(field.key)=\(text)"
      case .number(let number): "\(field.key)=\(number)"
      case .named(let id, _): "\(field.key)=\(id)"
      case .day(let day): "\(field.key)=\(day)"
      case .word(let word): "\(field.key)=\(word)"
      case .money(let amount): "\(field.key)=\(amount)"
      case .said(let message): "\(field.key)=\(message.english)"
      case .phrase(let text): "\(field.key)=\(text)"
      case .list, .record, .annotated: "\(field.key)=…"
      }
    }.joined(separator: " ")
  }

  @Test("TT 10/2024/TT-BCA Art. 8(1): arrivals with verifyBy")
  func arrivals() throws {
    let report = try lawState().answer(.arrivals, today: today)
    #expect(report.columns == ["person", "name", "released", "notified", "verifyBy", "daysSinceRelease"])
    #expect(
      rows(report).map(words) == [
        "person=P4 name=Võ Văn Em released=2026-12-01 notified=2026-11-26 verifyBy=2026-12-01 daysSinceRelease=-4"
      ])
  }

  @Test("Criminal Code Arts. 70, 71: expungement list, earliest first")
  func expungement() throws {
    let state = try lawState()
    let report = try state.answer(.expungement(within: 30), today: today)
    #expect(
      report.columns == [
        "person", "name", "completed", "sentence", "route", "expungeableOn", "daysLeft", "obligations",
      ])
    #expect(
      rows(report).map(words) == [
        "person=P3 name=Đinh Thị Duyên completed=2020-03-15 sentence=8y route=court expungeableOn=2025-03-15 daysLeft=-622 obligations=pending",
        "person=P2 name=Hoàng Văn Cảnh completed=2024-12-10 sentence=3y route=auto expungeableOn=2026-12-10 daysLeft=13 obligations=done",
      ])
    #expect(try rows(state.answer(.expungement(within: 12), today: today)).count == 1)
    #expect(try rows(state.answer(.expungement(within: 13), today: today)).count == 2)
  }

  @Test(
    "QĐ 22/2023/QĐ-TTg Art. 3(1)(a): loans from completion to 5 years after, groups A and B",
    arguments: [
      ("2026-11-27", ["P1", "P2"]), ("2029-12-10", ["P1", "P2"]), ("2029-12-11", ["P1"]),
      ("2026-01-09", ["P2"]), ("2024-12-09", []),
    ])
  func loans(on: String, expected: [String]) throws {
    let report = try lawState().answer(.loans(on: day(on)), today: today)
    #expect(report.columns == ["person", "name", "completed", "loanUntil", "group"])
    #expect(rows(report).map { $0["person"] } == expected.map { .text($0) })
  }

  @Test func loanRow() throws {
    let report = try lawState().answer(.loans(on: today), today: today)
    #expect(
      rows(report).map(words).last
        == "person=P2 name=Hoàng Văn Cảnh completed=2024-12-10 loanUntil=2029-12-10 group=A")
  }

  @Test func lawListsEveryRule() throws {
    let report = try State().answer(.law, today: today)
    #expect(report.columns == ["rule", "title", "value", "source"])
    #expect(rows(report).count == Law.current.rules.count)
    let verification = rows(report).first { $0["rule"] == .text("arrival-verification") }
    #expect(verification?["value"] == .phrase("3 working days after notified"))
    #expect(verification?["source"] == .phrase("TT 10/2024/TT-BCA Art. 8(1); Civil Code Art. 147"))
  }

  @Test("Person JSON: the law's dates, null where unknown")
  func personFields() throws {
    let state = try lawState()
    guard case .record(let p2) = try state.answer(.personShow(PersonID(2)), today: today).body,
      case .record(let p4) = try state.answer(.personShow(PersonID(4)), today: today).body
    else {
      Issue.record("records expected")
      return
    }
    #expect(p2["probationUntil"] == .day(Day(parsing: "2024-12-10")!))
    #expect(p2["completed"] == .day(Day(parsing: "2024-12-10")!))
    #expect(p2["expungeableOn"] == .day(Day(parsing: "2026-12-10")!))
    #expect(p2["expungementRoute"] == .word("auto"))
    #expect(p2["loanUntil"] == .day(Day(parsing: "2029-12-10")!))
    #expect(p2["obligations"] == .word("done"))
    #expect(p2["movedTo"] == .null)
    #expect(p4["received"] == .null)
    #expect(p4["status"] == .word("expected"))
    #expect(p4["notified"] == .day(Day(parsing: "2026-11-26")!))
    #expect(p4["expungeableOn"] == .null)
    guard case .record(let p3) = try state.answer(.personShow(PersonID(3)), today: today).body else { return }
    #expect(p3["offenceArticle"] == .number(117))
    #expect(p3["expungementRoute"] == .word("court"))
  }

  @Test("Criminal Code Art. 66: person show says 'on probation until' while it is true")
  func probationLine() throws {
    let state = try lawState()
    let onProbation = try state.answer(.personShow(PersonID(2)), today: day("2024-12-10"))
    #expect(onProbation.tableOnlyFields.last?.1 == .said("on probation until \(day("2024-12-10"))"))
    let after = try state.answer(.personShow(PersonID(2)), today: today)
    #expect(!after.tableOnlyFields.contains { $0.0 == "probation" })
  }
}
