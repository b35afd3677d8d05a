import CaseloadCore
import CaseloadLanguage

/// The command target: each input is one line as typed or read from a script, which caseload
/// lexes, parses and resolves against a small ward; a change is then applied and read back
/// from its canonical text as playback reads it, and a query is answered.
func fuzzCommand(_ bytes: UnsafeRawBufferPointer) {
  run(String(decoding: bytes, as: UTF8.self), depth: 0)
}

private let today = Day(year: 2026, month: 11, day: 27)!

/// Three persons, two supervisors, an assignment and a visit: enough for names, ids and
/// references to resolve, and for most changes to pass their checks.
private let ward: State = {
  var state = State()
  let lines = [
    #"person add "Nguyễn Văn An" born=1980-01-02 released=2026-10-01 id-card=001080000001"#,
    #"person add "Nguyễn Văn Anh" born=1985-03-04 released=2026-09-01 sentence=18m"#,
    #"person add "Trần Thị Đào" born=1990-05-06 released=2026-08-01"#,
    #"supervisor add "Lê Văn Cường" kind=police capacity=3"#,
    #"supervisor add "Phạm Thị Hoa" kind=mass-org"#,
    "assign P1 S1", "classify P2 group=B", #"visit P1 by=S1 note="đã gặp""#,
  ]
  for line in lines {
    let context = ResolveContext(state: state, today: today)
    guard case .invocation(let invocation) = try! Registry.standard.parse(line),
      case .mutation(let mutation, _) = try! invocation.resolve(in: context)
    else { fatalError("the fuzzer's ward: '\(line)' is not a change") }
    _ = try! state.apply(mutation, today: today)
  }
  return state
}()

private func run(_ text: String, depth: Int) {
  _ = try? Lexer.lex(text)
  guard case .invocation(let invocation)? = try? Registry.standard.parse(text) else { return }
  _ = invocation.needs
  // `as-of DATE COMMAND`: the session reads the nested command once (a nested `as-of` is refused).
  if let nested = invocation.nestedCommand, depth < 1 { run(nested.text, depth: depth + 1) }
  guard let action = try? invocation.resolve(in: ResolveContext(state: ward, today: today)) else { return }
  switch action {
  case .mutation(let mutation, let canonical):
    var state = ward
    _ = try? state.apply(mutation, today: today)
    _ = try? Registry.standard.journalCommand(fromCanonical: canonical, in: ward)
  case .query(let query, _):
    _ = try? ward.answer(query, today: today)
  default:
    break
  }
}
