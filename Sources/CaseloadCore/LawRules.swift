extension Rules {
  /// A CCCD number (số định danh cá nhân): 12 digits; digits 1–3 a province code of the
  /// official list; digit 4 gender and century of birth; digits 5–6 the birth year's last two digits.
  static func checkIDCard(_ card: String, gender: Gender?, born: Day) throws(DomainError) {
    let law = Law.current
    guard card.count == 12, card.allSatisfy(\.isASCIIDigitCharacter) else {
      throw DomainError("id-card must be 12 digits (\(law.idCardLayout.source)), not '\(card)'")
    }
    let digits = Array(card)
    let provinceCode = String(digits[0..<3])
    guard law.province(code: provinceCode) != nil else {
      let codes = law.provinceCodes.value
      let range =
        "\(codes[0].code) \(codes[0].name) … \(codes[codes.count - 1].code) \(codes[codes.count - 1].name)"
      throw DomainError(
        "id-card's digits 1–3 '\(provinceCode)' are not a province code (\(law.provinceCodes.source)); allowed: the \(codes.count) codes \(range), listed by law"
      )
    }
    let digit = Int(String(digits[3]))!
    let century = law.idCardCentury(forBirthYear: born.year)
    guard let century, digit == century.maleDigit || digit == century.femaleDigit else {
      let allowed =
        century.map {
          "\($0.maleDigit) (male) or \($0.femaleDigit) (female) for births \($0.years.lowerBound)–\($0.years.upperBound)"
        } ?? "none (born \(born.year))"
      throw DomainError(
        "id-card's 4th digit \(digit) does not agree with the birth year \(born.year); allowed: \(allowed) (\(law.idCardCenturies.source))"
      )
    }
    let yearDigits = String(digits[4..<6])
    let expectedYear = String(String(born.year).suffix(2))
    guard yearDigits == expectedYear else {
      throw DomainError(
        "id-card's digits 5–6 '\(yearDigits)' must be the birth year's last two digits '\(expectedYear)' (born \(born.year); \(law.idCardLayout.source))"
      )
    }
    if let gender {
      let expected: Gender = digit == century.maleDigit ? .male : .female
      guard gender == expected else {
        throw DomainError(
          "id-card's 4th digit \(digit) means \(expected.rawValue), but gender is \(gender.rawValue)")
      }
    }
  }

  /// Closing as expunged needs a document; unless `force`, a known expungement date on or
  /// before `on` and no pending obligations. Returns the rule that `force` overrode, if any.
  static func checkExpungement(_ person: Person, on: Day, document: String?, force: Bool)
    throws(DomainError) -> Message?
  {
    let id = person.id
    guard let document, !document.allSatisfy(\.isWhitespace) else {
      throw DomainError(
        "closing \(id) as expunged needs document= (the criminal-record certificate's or the court decision's number)"
      )
    }
    let refusal: Message
    guard let expungement = person.expungement else {
      refusal = "cannot close \(id) as expunged: its expungement date is unknown, as no sentence is recorded"
      if force { return refusal }
      throw DomainError(refusal + "; set sentence= first, or add force")
    }
    if person.obligations == .pending {
      let source = Law.current.otherDecisions.source
      refusal =
        "cannot close \(id) as expunged while obligations are pending (\(source): fines, compensation and court fees done first)"
      if force { return refusal }
      throw DomainError(refusal + "; add force to close anyway")
    }
    if on < expungement.on {
      refusal = "cannot close \(id) as expunged before \(expungement.on) (\(expungement.explanation))"
      if force { return refusal }
      throw DomainError(refusal + "; add force to close anyway")
    }
    return nil
  }
}
