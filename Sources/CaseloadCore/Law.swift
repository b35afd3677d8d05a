/// Where a rule comes from: a legal document and, where one applies, its article.
public struct LegalSource: Equatable, Sendable, CustomStringConvertible {
  /// The short name used in messages: `Criminal Code`, `QĐ 22/2023/QĐ-TTg`.
  public let document: String
  /// `Art. 70`, `Art. 70(3)`, or nil when the rule follows from the document as a whole.
  public let article: String?

  public init(_ document: String, _ article: String? = nil) {
    self.document = document
    self.article = article
  }

  /// `Criminal Code Art. 70`.
  public var description: String { article.map { "\(document) \($0)" } ?? document }
}

/// One rule the program applies: a value the law sets, a short title and its source.
public struct LawRule<Value: Sendable>: Sendable {
  /// A stable name for the rule, as `law` lists it: `expungement-auto`.
  public let name: String
  public let title: String
  public let value: Value
  public let source: LegalSource
}

/// The lawful bounds of a fixed-term prison sentence; life and death-commuted are always allowed.
public struct SentenceBounds: Sendable, CustomStringConvertible {
  public let months: ClosedRange<Int>

  /// `3m to 30y, life or death-commuted`.
  public var description: String {
    "\(SentenceLength.text(months: months.lowerBound)) to \(SentenceLength.text(months: months.upperBound)), life or death-commuted"
  }
}

/// The expungement period for sentences up to a length.
public struct ExpungementPeriod: Sendable, Equatable {
  /// The longest sentence, in months, the period applies to; nil for any longer term, life
  /// and death-commuted.
  public let upToMonths: Int?
  public let years: Int
}

/// The digit 4 of a CCCD number for births in one century.
public struct IDCardCentury: Sendable, Equatable {
  public let firstYear: Int
  public let maleDigit: Int
  public let femaleDigit: Int

  public var years: ClosedRange<Int> { firstYear...(firstYear + 99) }
}

/// A province's code in the first three digits of a CCCD number.
public struct ProvinceCode: Sendable, Equatable {
  public let code: String
  public let name: String
}

/// Every period, window and list the program applies, each with its legal source.
/// A change in the law is a change of data here.
public struct Law: Sendable {
  /// The fixed terms a sentence may have; life and death-commuted besides.
  public let sentenceBounds: LawRule<SentenceBounds>
  /// The articles of the Criminal Code, for `offence-article`.
  public let criminalCodeArticles: LawRule<ClosedRange<Int>>
  /// When a sentence counts as served (`completed`).
  public let completion: LawRule<String>
  /// Probation after a conditional release.
  public let probation: LawRule<String>
  /// Which sentence chooses the expungement period.
  public let expungementBasis: LawRule<String>
  /// Periods after completion for the `auto` route, shortest sentences first.
  public let autoExpungement: LawRule<[ExpungementPeriod]>
  /// Periods after completion for the `court` route, shortest sentences first.
  public let courtExpungement: LawRule<[ExpungementPeriod]>
  /// Offences (Criminal Code articles) whose records are cleared only by a court.
  public let courtArticles: LawRule<[ClosedRange<Int>]>
  /// A supplementary penalty longer than the period delays expungement.
  public let supplementaryPenalty: LawRule<String>
  /// The judgment's other decisions must be carried out first.
  public let otherDecisions: LawRule<String>
  /// Years after `completed` within which a person may apply for a preferential loan.
  public let loanWindowYears: LawRule<Int>
  /// The groups whose members the `loans` list shows: a proxy for "abides by the law".
  public let loanGroups: LawRule<[Group]>
  /// Working days (Monday–Friday) after notification within which the residence is verified.
  public let verificationWorkingDays: LawRule<Int>
  /// The layout of the 12-digit personal identification number.
  public let idCardLayout: LawRule<String>
  /// CCCD digit 4 by century of birth.
  public let idCardCenturies: LawRule<[IDCardCentury]>
  /// CCCD digits 1–3: the province of birth registration.
  public let provinceCodes: LawRule<[ProvinceCode]>

  /// The law as the program applies it today.
  public static let current = Law(
    sentenceBounds: LawRule(
      name: "sentence", title: "prison sentence as imposed",
      value: SentenceBounds(months: 3...(30 * 12)),
      source: LegalSource("Criminal Code", "Arts. 38, 39, 40, 55")),
    criminalCodeArticles: LawRule(
      name: "offence-article", title: "article of the Criminal Code", value: 1...426,
      source: LegalSource("Criminal Code")),
    completion: LawRule(
      name: "completion", title: "sentence completed",
      value: "probation-until for a conditional release, else released",
      source: LegalSource("Criminal Code", "Art. 66; TT 10/2024/TT-BCA Art. 7")),
    probation: LawRule(
      name: "probation", title: "conditional release",
      value: "on probation until probation-until, which is after released",
      source: LegalSource("Criminal Code", "Art. 66")),
    expungementBasis: LawRule(
      name: "expungement-basis", title: "expungement period follows",
      value: "the main sentence as imposed", source: LegalSource("Criminal Code", "Art. 73(1)")),
    autoExpungement: LawRule(
      name: "expungement-auto", title: "expungement by law, after completion",
      value: [
        ExpungementPeriod(upToMonths: 5 * 12, years: 2),
        ExpungementPeriod(upToMonths: 15 * 12, years: 3),
        ExpungementPeriod(upToMonths: nil, years: 5),
      ], source: LegalSource("Criminal Code", "Art. 70")),
    courtExpungement: LawRule(
      name: "expungement-court", title: "expungement by court decision, after completion",
      value: [
        ExpungementPeriod(upToMonths: 5 * 12, years: 3),
        ExpungementPeriod(upToMonths: 15 * 12, years: 5),
        ExpungementPeriod(upToMonths: nil, years: 7),
      ], source: LegalSource("Criminal Code", "Art. 71")),
    courtArticles: LawRule(
      name: "expungement-court-articles", title: "offences cleared by court only",
      value: [108...122, 421...425], source: LegalSource("Criminal Code", "Arts. 70(1), 71(1)")),
    supplementaryPenalty: LawRule(
      name: "expungement-supplementary", title: "supplementary penalty still served",
      value: "expungement not before supplementary-until",
      source: LegalSource("Criminal Code", "Art. 70(2), last paragraph")),
    otherDecisions: LawRule(
      name: "expungement-obligations", title: "the judgment's other decisions",
      value: "obligations done (fines, compensation, court fees)",
      source: LegalSource("Criminal Code", "Arts. 70(2), 71(2)")),
    loanWindowYears: LawRule(
      name: "loan-window", title: "preferential loan: window after completion",
      value: 5, source: LegalSource("QĐ 22/2023/QĐ-TTg", "Art. 3(1)(a)")),
    loanGroups: LawRule(
      name: "loan-groups", title: "preferential loan: groups the loans list shows", value: [.A, .B],
      source: LegalSource("ward policy", "for QĐ 22/2023/QĐ-TTg Art. 3(1)(a)")),
    verificationWorkingDays: LawRule(
      name: "arrival-verification", title: "residence verification after notification",
      value: 3, source: LegalSource("TT 10/2024/TT-BCA", "Art. 8(1); Civil Code Art. 147")),
    idCardLayout: LawRule(
      name: "id-card", title: "personal identification number (số định danh cá nhân)",
      value: "12 digits: province code, gender and century, birth year's last two digits, 6 digits",
      source: LegalSource("NĐ 137/2015/NĐ-CP", "Art. 13; Law on Identity 2023 Art. 12")),
    idCardCenturies: LawRule(
      name: "id-card-century", title: "CCCD digit 4: gender and century of birth",
      value: [
        IDCardCentury(firstYear: 1900, maleDigit: 0, femaleDigit: 1),
        IDCardCentury(firstYear: 2000, maleDigit: 2, femaleDigit: 3),
      ], source: LegalSource("TT 07/2016/TT-BCA", "Art. 7")),
    provinceCodes: LawRule(
      name: "id-card-province", title: "CCCD digits 1–3: province of birth registration",
      value: ProvinceCode.all, source: LegalSource("TT 07/2016/TT-BCA", "Appendix I")))
}
