import Testing

@testable import CaseloadCore

/// A person released on `released` with the given sentence and offence article.
func convict(
  sentence: String?, article: Int? = nil, released: String = "2020-03-15",
  probationUntil: String? = nil, supplementaryUntil: String? = nil
) -> Person {
  var person = Person(
    id: PersonID(1), name: "Lương Văn Khải", born: day("1980-01-01"), released: day(released),
    received: day(released))
  person.sentence = sentence.map { SentenceLength(parsing: $0)! }
  person.offenceArticle = article
  if let probationUntil {
    person.release = .conditional
    person.probationUntil = day(probationUntil)
  }
  person.supplementaryUntil = supplementaryUntil.map(day)
  return person
}

@Suite struct LawDatesTests {
  @Test(
    "Criminal Code Art. 70(2): 2, 3 or 5 years by the sentence as imposed (Art. 73(1))",
    arguments: [
      ("3m", "2022-03-15"), ("5y", "2022-03-15"), ("5y1m", "2023-03-15"), ("15y", "2023-03-15"),
      ("15y1m", "2025-03-15"), ("30y", "2025-03-15"), ("life", "2025-03-15"),
      ("death-commuted", "2025-03-15"),
    ])
  func autoRoutePeriods(sentence: String, expected: String) {
    let person = convict(sentence: sentence)
    #expect(person.expungementRoute == .auto)
    #expect(person.expungeableOn == day(expected))
  }

  @Test(
    "Criminal Code Art. 71(2): 3, 5 or 7 years for Chapters XIII and XXVI",
    arguments: [
      ("5y", 109, "2023-03-15"), ("5y1m", 108, "2025-03-15"), ("15y", 122, "2025-03-15"),
      ("15y1m", 421, "2027-03-15"), ("life", 425, "2027-03-15"), ("death-commuted", 114, "2027-03-15"),
    ])
  func courtRoutePeriods(sentence: String, article: Int, expected: String) {
    let person = convict(sentence: sentence, article: article)
    #expect(person.expungementRoute == .court)
    #expect(person.expungeableOn == day(expected))
  }

  @Test(
    "Criminal Code Arts. 70(1), 71(1): only articles 108–122 and 421–425 go to court",
    arguments: [
      (107, ExpungementRoute.auto), (108, .court), (122, .court), (123, .auto), (173, .auto),
      (420, .auto), (421, .court), (425, .court), (426, .auto),
    ])
  func routeByArticle(article: Int, route: ExpungementRoute) {
    #expect(convict(sentence: "2y", article: article).expungementRoute == route)
  }

  @Test("Criminal Code Art. 70: 29 February counts to 28 February")
  func leapDay() {
    let person = convict(sentence: "1y", released: "2024-02-29")
    #expect(person.expungeableOn == day("2026-02-28"))
    #expect(convict(sentence: "1y", article: 117, released: "2024-02-29").expungeableOn == day("2027-02-28"))
    #expect(person.loanUntil == day("2029-02-28"))
    #expect(day("2024-02-29").adding(years: 4) == day("2028-02-29"))
    #expect(day("9999-02-28").adding(years: 5).description == "10004-02-28")
  }

  @Test("Criminal Code Art. 70(2), last paragraph: a longer supplementary penalty decides")
  func supplementaryPenalty() {
    let later = convict(sentence: "2y", supplementaryUntil: "2023-01-01")
    #expect(later.expungeableOn == day("2023-01-01"))
    #expect(later.expungement?.explanation.english.contains("supplementary penalty ends 2023-01-01") == true)
    #expect(convict(sentence: "2y", supplementaryUntil: "2021-01-01").expungeableOn == day("2022-03-15"))
    #expect(convict(sentence: "2y", supplementaryUntil: "2022-03-15").expungeableOn == day("2022-03-15"))
  }

  @Test("Criminal Code Art. 66: a conditional release completes when probation ends")
  func conditionalRelease() {
    let person = convict(sentence: "3y", released: "2022-06-01", probationUntil: "2024-12-10")
    #expect(person.completed == day("2024-12-10"))
    #expect(person.expungeableOn == day("2026-12-10"))
    #expect(person.expungement?.explanation.english == "Criminal Code Art. 70: 2 years after 2024-12-10")
    #expect(person.loanUntil == day("2029-12-10"))
    #expect(person.isOnProbation(today: day("2024-12-10")))
    #expect(!person.isOnProbation(today: day("2024-12-11")))
    #expect(!person.isOnProbation(today: day("2022-05-31")))
    #expect(convict(sentence: "3y").completed == day("2020-03-15"))
    #expect(!convict(sentence: "3y").isOnProbation(today: day("2020-03-16")))
  }

  @Test("Criminal Code Art. 73(1): no sentence recorded, no date")
  func unknownSentence() {
    #expect(convict(sentence: nil).expungeableOn == nil)
    #expect(convict(sentence: nil).expungement == nil)
  }

  @Test("QĐ 22/2023/QĐ-TTg Art. 3(1)(a): loans within 5 years of completion")
  func loanWindow() {
    #expect(convict(sentence: nil, released: "2021-07-31").loanUntil == day("2026-07-31"))
  }

  @Test(
    "TT 10/2024/TT-BCA Art. 8(1): 3 working days, Monday–Friday, from the day after notification",
    arguments: [
      ("2026-11-25", "2026-11-30"),  // Wednesday → Monday
      ("2026-11-26", "2026-12-01"),  // Thursday → Tuesday
      ("2026-11-27", "2026-12-02"),  // Friday → Wednesday
      ("2026-11-28", "2026-12-02"),  // Saturday → Wednesday
      ("2026-11-29", "2026-12-02"),  // Sunday → Wednesday
      ("2026-11-30", "2026-12-03"),  // Monday → Thursday
    ])
  func verifyBy(notified: String, expected: String) {
    var person = convict(sentence: nil)
    person.notified = day(notified)
    #expect(person.verifyBy == day(expected))
  }

  @Test func weekdays() {
    #expect(day("1970-01-01").weekday == 4)
    #expect(day("2026-11-29").weekday == 7)
    #expect(day("2026-11-30").weekday == 1)
    #expect(day("1969-12-29").weekday == 1)
  }
}
