extension Law {
  /// `court` for offences against national security (108–122) and against peace and
  /// humanity (421–425); `auto` otherwise, also when the article is unknown.
  public func expungementRoute(forArticle article: Int?) -> ExpungementRoute {
    guard let article, courtArticles.value.contains(where: { $0.contains(article) }) else {
      return .auto
    }
    return .court
  }

  /// The periods of one route, with their source.
  public func expungementRule(_ route: ExpungementRoute) -> LawRule<[ExpungementPeriod]> {
    switch route {
    case .auto: autoExpungement
    case .court: courtExpungement
    }
  }

  /// The expungement period in years for a sentence as imposed, on one route.
  public func expungementYears(for sentence: SentenceLength, route: ExpungementRoute) -> Int {
    let periods = expungementRule(route).value
    let period = periods.first { period in
      period.upToMonths.map { !sentence.isLonger(thanMonths: $0) } ?? true
    }
    return (period ?? periods[periods.count - 1]).years
  }

  /// The province whose code is `code` (`001`), if it is on the official list.
  public func province(code: String) -> ProvinceCode? {
    provinceCodes.value.first { $0.code == code }
  }

  /// The CCCD century entry covering a birth year, if any.
  public func idCardCentury(forBirthYear year: Int) -> IDCardCentury? {
    idCardCenturies.value.first { $0.years.contains(year) }
  }

  /// Every rule with its value and source, as `law` prints them.
  public var rules: [(name: String, title: String, value: String, source: LegalSource)] {
    func row<Value>(_ rule: LawRule<Value>, _ text: String) -> (String, String, String, LegalSource) {
      (rule.name, rule.title, text, rule.source)
    }
    func ranges(_ list: [ClosedRange<Int>]) -> String {
      list.map { "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
    }
    func periods(_ list: [ExpungementPeriod]) -> String {
      var previous: Int?
      return list.map { period in
        let over = previous.map { "over \(SentenceLength.text(months: $0))" }
        let upTo = period.upToMonths.map { "up to \(SentenceLength.text(months: $0))" }
        previous = period.upToMonths
        let sentences =
          upTo.map { [over, $0].compactMap { $0 }.joined(separator: " ") }
          ?? ([over].compactMap { $0 } + ["life", "death-commuted"]).joined(separator: ", ")
        return "\(sentences): \(counted(period.years, "year"))"
      }.joined(separator: "; ")
    }
    let centuries = idCardCenturies.value.map {
      "\($0.years.lowerBound)–\($0.years.upperBound): \($0.maleDigit) male, \($0.femaleDigit) female"
    }
    let provinces = provinceCodes.value.map { "\($0.code) \($0.name)" }
    return [
      row(sentenceBounds, sentenceBounds.value.description),
      row(criminalCodeArticles, ranges([criminalCodeArticles.value])),
      row(completion, completion.value),
      row(probation, probation.value),
      row(expungementBasis, expungementBasis.value),
      row(autoExpungement, periods(autoExpungement.value)),
      row(courtExpungement, periods(courtExpungement.value)),
      row(courtArticles, ranges(courtArticles.value)),
      row(supplementaryPenalty, supplementaryPenalty.value),
      row(otherDecisions, otherDecisions.value),
      row(loanWindowYears, "\(counted(loanWindowYears.value, "year")) after completed"),
      row(loanGroups, loanGroups.value.map(\.rawValue).joined(separator: ", ")),
      row(verificationWorkingDays, "\(counted(verificationWorkingDays.value, "working day")) after notified"),
      row(idCardLayout, idCardLayout.value),
      row(idCardCenturies, centuries.joined(separator: "; ")),
      row(provinceCodes, "\(provinces.count) codes: " + provinces.joined(separator: ", ")),
    ].map { (name: $0.0, title: $0.1, value: $0.2, source: $0.3) }
  }
}
