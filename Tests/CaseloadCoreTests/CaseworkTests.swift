import Testing

@testable import CaseloadCore

/// §10: support measures and security teams, their rules and their rows.
@Suite struct CaseworkTests {
  func support(
    _ number: Int, person: Int = 1, kind: SupportKind = .job, on: String = "2026-03-01",
    amount: Int? = nil
  ) -> Mutation {
    .support(
      Support(
        id: SupportID(number), person: PersonID(person), kind: kind, on: day(on),
        amount: amount.map(Money.init(dong:)), provider: "Ngân hàng Chính sách xã hội"))
  }

  /// `sampleState` with teams T1 and T2; S1 leads T1.
  func teamState() throws -> State {
    var state = try sampleState()
    _ = try state.apply(.addTeam(TeamID(1), [.name("Tổ bảo vệ ANTT số 1"), .area("TDP 1")]), today: today)
    _ = try state.apply(.addTeam(TeamID(2), [.name("Tổ bảo vệ ANTT số 2")]), today: today)
    _ = try state.apply(
      .editSupervisor(SupervisorID(1), [.team(TeamID(1)), .teamRole(.leader)]), today: today)
    return state
  }

  @Test func aSupportIsKeptInThePersonsRecordAndTakesTheNextID() throws {
    var state = try sampleState()
    let outcome = try state.apply(support(1, kind: .loan, amount: 40_000_000), today: today)
    #expect(
      outcome.summary
        == "recorded H1: loan for P1 Nguyễn Văn An on 2026-03-01, 40.000.000 đ from Ngân hàng Chính sách xã hội"
    )
    #expect(state.persons[PersonID(1)]!.supports.map(\.id) == [SupportID(1)])
    #expect(state.nextSupport == SupportID(2))
    #expect(outcome.touched.persons == [PersonID(1)])
  }

  @Test(arguments: [
    ("2026-01-14", "the support date 2026-01-14 is before P1 was received (2026-01-15)"),
    ("2026-11-28", "the support date 2026-11-28 is after today (2026-11-27)"),
  ])
  func aSupportIsDatedWithinTheCase(on: String, message: String) throws {
    var state = try sampleState()
    #expect(throws: DomainError(message)) { try state.apply(support(1, on: on), today: today) }
    #expect(state == (try sampleState()))
  }

  @Test func onlyOpenCasesAreSupported() throws {
    var state = try lawState()
    #expect(throws: DomainError.self) { try state.apply(support(1, person: 4), today: today) }
    _ = try state.apply(
      .closePerson(
        PersonID(1), reason: .deceased, on: day("2026-11-01"), note: nil, document: nil, force: false),
      today: today)
    #expect(
      throws: DomainError("only open cases can be supported; P1 Nguyễn Văn An is closed (reopen it first)")
    ) { try state.apply(support(1), today: today) }
    #expect(throws: DomainError("amount must be more than 0 đồng; leave it out when there is none")) {
      var open = try sampleState()
      _ = try open.apply(support(1, amount: 0), today: today)
    }
  }

  @Test func supportRowsAreInDateOrderWithMoneyAsAnIntegerAndDottedInTables() throws {
    var state = try sampleState()
    _ = try state.apply(support(1, kind: .loan, on: "2026-04-01", amount: 40_000_000), today: today)
    _ = try state.apply(support(2, kind: .papers, on: "2026-02-01"), today: today)
    let all = rows(try state.answer(.supports(SupportFilter()), today: today))
    #expect(all.map { $0["id"] } == [.text("H2"), .text("H1")])
    #expect(all[1].fields.map(\.key) == ["id", "person", "kind", "on", "by", "amount", "provider", "note"])
    #expect(all[1]["amount"] == .annotated(.number(40_000_000), table: "40.000.000"))
    let loans = rows(
      try state.answer(.supports(SupportFilter(kind: .loan, from: day("2026-03-01"))), today: today))
    #expect(loans.count == 1)
  }

  @Test func teamsCountActiveMembersAndTheOpenCasesTheyLead() throws {
    var state = try teamState()
    _ = try state.apply(.editSupervisor(SupervisorID(2), [.team(TeamID(1))]), today: today)
    #expect(state.supervisors[SupervisorID(2)]!.teamRole == .member)
    let list = rows(try state.answer(.teamList, today: today))
    #expect(list[0].fields.map(\.key) == ["id", "name", "area", "members", "openCases"])
    #expect(list.map { $0["members"] } == [.number(2), .number(0)])
    #expect(list.map { $0["openCases"] } == [.number(1), .number(0)])
    _ = try state.apply(.retireSupervisor(SupervisorID(2), on: today), today: today)
    #expect(rows(try state.answer(.teamList, today: today))[0]["members"] == .number(1))
  }

  @Test func aTeamHasOneLeaderAndAUniqueNameAndMembersNeedATeam() throws {
    var state = try teamState()
    let before = state
    #expect(
      throws: DomainError(
        "T1 Tổ bảo vệ ANTT số 1 already has a leader, S1 Trần Thị Bích; make them deputy or member first")
    ) {
      try state.apply(.editSupervisor(SupervisorID(2), [.team(TeamID(1)), .teamRole(.leader)]), today: today)
    }
    #expect(throws: DomainError("T1 Tổ bảo vệ ANTT số 1 already has that name; give the team another")) {
      try state.apply(.editTeam(TeamID(2), [.name("to bao ve ANTT so 1")]), today: today)
    }
    #expect(throws: DomainError("no team T9")) {
      try state.apply(.editSupervisor(SupervisorID(2), [.team(TeamID(9))]), today: today)
    }
    #expect(throws: DomainError("team-role=deputy needs a team: S2 is in none (give team= too)")) {
      try state.apply(.editSupervisor(SupervisorID(2), [.teamRole(.deputy)]), today: today)
    }
    #expect(state == before)
    _ = try state.apply(.editSupervisor(SupervisorID(1), [.team(nil)]), today: today)
    #expect(state.supervisors[SupervisorID(1)]!.teamRole == nil)
  }

  @Test func undoingATeamThatHasMembersIsRefused() throws {
    var state = try teamState()
    var restoration = Restoration(summary: "undid")
    var settings = state.settings
    settings.teams.removeAll { $0.id == TeamID(1) }
    restoration.settings = settings
    #expect(throws: DomainError.self) { try state.restore(restoration) }
    #expect(state.teams.count == 2)
    var second = Restoration(summary: "undid")
    var leader = state.supervisors[SupervisorID(2)]!
    leader.team = TeamID(1)
    leader.teamRole = .leader
    second.supervisors[SupervisorID(2)] = leader
    #expect(
      throws: DomainError(
        "undo would give T1 Tổ bảo vệ ANTT số 1 two leaders, S1 and S2; change one's team-role first")
    ) { try state.restore(second) }
  }

  @Test func theTimelineIsInDateOrderAndMarksWhatIsStillToCome() throws {
    var state = try lawState()
    _ = try state.apply(support(1, kind: .loan, on: "2026-04-01", amount: 40_000_000), today: today)
    _ = try state.apply(
      .visit(
        Visit(
          id: VisitID(1), person: PersonID(1), by: SupervisorID(1), on: day("2026-02-01"), kind: .home,
          note: "ổn định", group: .A)), today: today)
    let events = rows(try state.answer(.timeline(PersonID(1)), today: today)).map {
      "\($0["on"]!) \($0["event"]!)"
    }
    #expect(
      events == [
        #"text("2026-01-10") text("released")"#, #"text("2026-01-15") text("received")"#,
        #"text("2026-01-15") text("classified")"#, #"text("2026-01-20") text("assigned")"#,
        #"text("2026-02-01") text("visit")"#, #"text("2026-04-01") text("support")"#,
        #"text("2031-01-10") text("loan window ends (upcoming)")"#,
      ])
    let expected = rows(try state.answer(.timeline(PersonID(4)), today: today)).map { $0["event"]! }
    #expect(expected == [.text("notified"), .text("released (upcoming)")])
  }
}

@Suite struct MoneyTests {
  @Test(arguments: [
    ("40.000.000", 40_000_000), ("40,000,000", 40_000_000), ("40000000", 40_000_000), ("500", 500),
    ("1.500", 1500), ("0", 0),
  ])
  func parsesWholeDong(text: String, dong: Int) {
    #expect(Money(parsing: text)?.dong == dong)
  }

  @Test(arguments: [
    "", "40.000,000", "4.00.000", "40.000.00", ".500", "500.", "1,5", "40 000", "-5", "4e6",
    "1.234.567.890.123.456",
  ])
  func refusesOtherForms(text: String) {
    #expect(Money(parsing: text) == nil)
  }

  @Test func printsWithDots() {
    #expect(Money(dong: 40_000_000).description == "40.000.000")
    #expect(Money(dong: 999).description == "999")
    #expect(Money(dong: 1000).description == "1.000")
  }
}
