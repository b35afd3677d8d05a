/// When a person's criminal record may be cleared, and why.
public struct ExpungementDate: Equatable, Sendable {
  /// The later of `periodEnd` and the supplementary penalty's last day.
  public let on: Day
  /// `completed` plus the period.
  public let periodEnd: Day
  public let years: Int
  public let route: ExpungementRoute
  public let completed: Day
  /// The supplementary penalty's last day, when it decides `on`.
  public let supplementaryUntil: Day?

  /// `Criminal Code Art. 70: 2 years after 2024-12-10`, or the supplementary penalty's end
  /// when that is later.
  public var explanation: Message {
    let law = Law.current
    if let supplementaryUntil {
      return
        "\(phrase: law.supplementaryPenalty.source.description): the supplementary penalty ends \(supplementaryUntil)"
    }
    return
      "\(phrase: law.expungementRule(route).source.description): \(counted(years, "year")) after \(completed)"
  }
}

extension Person {
  /// The day the sentence counts as served: `probationUntil` for a conditional release, else `released`.
  public var completed: Day {
    release == .conditional ? probationUntil ?? released : released
  }

  /// Whether a conditional releasee is between release and the last day of probation.
  public func isOnProbation(today: Day) -> Bool {
    guard release == .conditional, let probationUntil else { return false }
    return released <= today && today <= probationUntil
  }

  /// `court` when the offence's article is one that only a court clears; else `auto`.
  public var expungementRoute: ExpungementRoute {
    Law.current.expungementRoute(forArticle: offenceArticle)
  }

  /// When the record may be cleared; nil when the sentence is not recorded.
  public var expungement: ExpungementDate? {
    guard let sentence else { return nil }
    let route = expungementRoute
    let years = Law.current.expungementYears(for: sentence, route: route)
    let periodEnd = completed.adding(years: years)
    let later = supplementaryUntil.flatMap { $0 > periodEnd ? $0 : nil }
    return ExpungementDate(
      on: later ?? periodEnd, periodEnd: periodEnd, years: years, route: route, completed: completed,
      supplementaryUntil: later)
  }

  /// The later of (`completed` + the period) and `supplementaryUntil`; nil when the sentence is unknown.
  public var expungeableOn: Day? { expungement?.on }

  /// The last day to apply for a preferential loan: `completed` plus the loan window.
  public var loanUntil: Day { completed.adding(years: Law.current.loanWindowYears.value) }

  /// The last day to verify the residence of an expected person: `notified` plus the working days.
  public var verifyBy: Day? {
    notified?.adding(workingDays: Law.current.verificationWorkingDays.value)
  }
}
