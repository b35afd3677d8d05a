import Testing

@testable import CaseloadCore

@Suite struct LawTests {
  @Test(
    "Criminal Code Arts. 38, 55: a term from 3 months to 30 years, or life, or death commuted",
    arguments: [
      ("2m", false), ("3m", true), ("30y", true), ("30y1m", false), ("31y", false), ("life", true),
      ("death-commuted", true), ("death", false),
    ])
  func sentenceBounds(text: String, allowed: Bool) {
    #expect((SentenceLength(parsing: text) != nil) == allowed)
  }

  @Test func allowedRangeNamesTheBounds() {
    #expect(SentenceLength.allowedRange == "3m to 30y, life or death-commuted")
  }

  @Test("Stored sentences outside today's bounds still load")
  func storedSentencesLoadLeniently() {
    #expect(SentenceLength(anyLength: "2m") == .term(months: 2))
    #expect(SentenceLength(anyLength: "death-commuted") == .deathCommuted)
  }

  @Test("TT 07/2016/TT-BCA Appendix I: 63 distinct province codes, 001 Hà Nội … 096 Cà Mau")
  func provinceCodes() {
    let codes = Law.current.provinceCodes.value
    #expect(codes.count == 63)
    #expect(Set(codes.map(\.code)).count == 63)
    #expect(codes.map(\.code) == codes.map(\.code).sorted())
    #expect(codes.first == ProvinceCode(code: "001", name: "Hà Nội"))
    #expect(codes.last == ProvinceCode(code: "096", name: "Cà Mau"))
    #expect(Law.current.province(code: "079")?.name == "Hồ Chí Minh")
    #expect(Law.current.province(code: "003") == nil)
  }

  @Test func everyRuleHasAValueAndASource() {
    let rules = Law.current.rules
    #expect(Set(rules.map(\.name)).count == rules.count)
    for rule in rules {
      #expect(!rule.value.isEmpty && !rule.source.document.isEmpty, "\(rule.name)")
    }
    let auto = rules.first { $0.name == "expungement-auto" }
    #expect(
      auto?.value == "up to 5y: 2 years; over 5y up to 15y: 3 years; over 15y, life, death-commuted: 5 years")
    #expect(auto?.source.description == "Criminal Code Art. 70")
    #expect(rules.first { $0.name == "expungement-court-articles" }?.value == "108–122, 421–425")
    #expect(rules.first { $0.name == "loan-window" }?.value == "5 years after completed")
  }
}

@Suite struct IDCardTests {
  /// Born 1990-05-05 (or `born`), checked with `gender`.
  @Test(
    "NĐ 137/2015/NĐ-CP Art. 13, TT 07/2016/TT-BCA Art. 7: the CCCD number",
    arguments: [
      ("001090000123", Gender?.some(.male), "1990-05-05", nil),
      ("096190000123", .female, "1990-05-05", nil),
      ("079190000123", nil, "1990-05-05", nil),
      ("001201000123", .male, "2001-02-03", nil),
      ("001301000123", .female, "2001-02-03", nil),
      ("001099000123", .male, "1999-12-31", nil),
      ("00109000012", nil, "1990-05-05", "must be 12 digits"),
      ("00109000012a", nil, "1990-05-05", "must be 12 digits"),
      ("003090000123", nil, "1990-05-05", "'003' are not a province code"),
      ("097090000123", nil, "1990-05-05", "allowed: the 63 codes 001 Hà Nội … 096 Cà Mau"),
      ("000090000123", nil, "1990-05-05", "not a province code"),
      ("001085000123", nil, "1990-05-05", "digits 5–6 '85' must be the birth year's last two digits '90'"),
      ("001200000123", nil, "2001-02-03", "digits 5–6 '00' must be the birth year's last two digits '01'"),
      (
        "001290000123", nil, "1990-05-05",
        "4th digit 2 does not agree with the birth year 1990; allowed: 0 (male) or 1 (female)"
      ),
      ("001001000123", nil, "2001-02-03", "allowed: 2 (male) or 3 (female) for births 2000–2099"),
      ("001490000123", nil, "1990-05-05", "4th digit 4"),
      ("001190000123", .male, "1990-05-05", "means female, but gender is male"),
      ("001290000123", .male, "2090-05-05", nil),
    ] as [(String, Gender?, String, String?)])
  func idCard(card: String, gender: Gender?, born: String, refusal: String?) {
    do {
      try Rules.checkIDCard(card, gender: gender, born: day(born))
      #expect(refusal == nil)
    } catch {
      #expect(refusal.map { error.message.contains($0) } == true, "\(error.message)")
    }
  }
}
