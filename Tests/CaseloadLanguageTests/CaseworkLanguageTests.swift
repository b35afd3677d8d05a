import CaseloadCore
import Testing

@testable import CaseloadLanguage

/// §10's commands in the language: money, team references, canonical text.
@Suite struct CaseworkLanguageTests {
  let registry = Registry.standard
  let today = Day(parsing: "2026-11-27")!

  /// P1 open, S1 and S2, teams T1 and T2 (names differing only in their number and diacritics).
  func state() throws -> State {
    var state = State()
    _ = try state.apply(
      .addPerson(
        PersonID(1),
        [
          .name("Nguyễn Văn An"), .born(Day(parsing: "1990-01-01")!), .released(Day(parsing: "2026-01-01")!),
          .received(Day(parsing: "2026-01-02")!),
        ], group: nil), today: today)
    _ = try state.apply(.addSupervisor(SupervisorID(1), [.name("Lê Văn Cường")]), today: today)
    _ = try state.apply(.addSupervisor(SupervisorID(2), [.name("Vũ Thị Lan")]), today: today)
    _ = try state.apply(.addTeam(TeamID(1), [.name("Tổ bảo vệ ANTT số 1")]), today: today)
    _ = try state.apply(
      .addTeam(TeamID(2), [.name("Tổ bảo vệ ANTT số 2"), .area("Tổ dân phố 4")]), today: today)
    return state
  }

  func action(_ text: String) throws -> Action {
    guard case .invocation(let invocation) = try registry.parse(text) else {
      throw LanguageError("no command")
    }
    return try invocation.resolve(in: ResolveContext(state: state(), today: today))
  }

  func canonical(_ text: String) throws -> String {
    guard case .mutation(_, let canonical) = try action(text) else { throw LanguageError("not a mutation") }
    return canonical
  }

  @Test(arguments: [
    (
      #"support "an" kind=loan amount=40.000.000 provider="NHCSXH" by="cuong""#,
      #"support P1 id=H1 kind=loan on=2026-11-27 by=S1 amount=40000000 provider="NHCSXH""#
    ),
    (
      "support P1 kind=JOB amount=1,500,000 on=01/03/2026",
      "support P1 id=H1 kind=job on=2026-03-01 amount=1500000"
    ),
    (#"team add "Tổ bảo vệ ANTT số 3" area="TDP 5""#, #"team add "Tổ bảo vệ ANTT số 3" id=T3 area="TDP 5""#),
    (#"team edit "so 2" area="#, #"team edit T2 area="""#),
    (#"supervisor edit S2 team="số 2""#, "supervisor edit S2 team=T2 team-role=member"),
    ("supervisor edit S2 team=t1 team-role=deputy", "supervisor edit S2 team=T1 team-role=deputy"),
    ("supervisor edit S2 team=", #"supervisor edit S2 team="""#),
    (
      #"supervisor add "Hà" team=T1 team-role=leader"#,
      #"supervisor add "Hà" id=S3 kind=other capacity=3 team=T1 team-role=leader"#
    ),
  ])
  func canonicalFormNamesTeamsByIDAndMoneyAsDigits(text: String, expected: String) throws {
    let first = try canonical(text)
    #expect(first == expected)
    #expect(try canonical(first) == first)
  }

  @Test(arguments: [
    ("support P1 kind=loan amount=40.000,000", "'40.000,000' is not an amount of money; allowed: whole đồng"),
    ("support P1 kind=loan amount=4tr", "is not an amount of money"),
    ("support P1 kind=gift", "'gift' is not allowed for kind=; allowed: job, training, loan, social, legal"),
    ("support P1", "'support' needs kind="),
    (#"team show "ANTT""#, "'ANTT' matches several teams: T1 Tổ bảo vệ ANTT số 1, T2 Tổ bảo vệ ANTT số 2"),
    (#"team show "số 9""#, "no team matches 'số 9'"),
    ("team show T9", "no team T9"),
    ("supervisor edit S1 team=T9", "no team T9"),
    ("supervisor edit S1 team-role=boss", "allowed: leader, deputy, member"),
    ("team edit T1", "'team edit' needs at least one KEY=VALUE; keys: name, area"),
    ("supp P1", "'supp' is ambiguous: support, supports"),
  ])
  func badInputIsRefusedWithWhatIsAllowed(text: String, message: String) throws {
    do {
      _ = try action(text)
      Issue.record("accepted \(text)")
    } catch {
      #expect("\(error)".contains(message), "\(error)")
    }
  }

  @Test func aTeamIsFoundByItsWholeNameBeforeAPartOfOthers() throws {
    guard case .query(.teamShow(let id), _) = try action(#"team show "to bao ve antt so 2""#) else {
      Issue.record("not team show")
      return
    }
    #expect(id == TeamID(2))
  }

  @Test(arguments: [
    ("sup li", "supervisor list"), ("support P1 kind=job", "support"), ("supports", "supports"),
    ("te li", "team list"), ("tim P1", "timeline"), ("sup ed S1 capacity=4", "supervisor edit"),
  ])
  func prefixesStillResolve(text: String, expected: String) throws {
    guard case .invocation(let invocation) = try registry.parse(text) else {
      Issue.record("no invocation")
      return
    }
    #expect(invocation.spec.name == expected)
  }
}
