import Testing

@testable import CaseloadCore

@Suite struct IdentifierTests {
  @Test(arguments: [("P12", 12), ("p12", 12), ("P007", 7), ("P9223372036854775807", Int.max)])
  func parsesTheKindsPrefixInAnyCaseAndADecimalNumber(text: String, number: Int) {
    #expect(PersonID(parsing: text)?.number == number)
  }

  @Test(arguments: [
    "", "P", "P0", "PP1", "P1a", "S1", "P-1", "P+1", "P 1", "P9223372036854775808", "Ｐ1", "P１",
  ])
  func refusesAnythingElse(text: String) {
    #expect(PersonID(parsing: text) == nil)
  }
}
