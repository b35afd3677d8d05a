import Foundation
import Testing

@testable import CaseloadCore

@Suite struct CodableTests {
  @Test("An expected person round-trips through a property list, received absent")
  func expectedPersonRoundTrips() throws {
    let state = try lawState()
    for id in [PersonID(2), PersonID(3), PersonID(4)] {
      let person = state.persons[id]!
      let data = try PropertyListEncoder().encode(person)
      #expect(try PropertyListDecoder().decode(Person.self, from: data) == person)
    }
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    let text = String(decoding: try encoder.encode(state.persons[PersonID(4)]!), as: UTF8.self)
    #expect(!text.contains("<key>received</key>"))
    #expect(text.contains("<string>expected</string>"))
  }

  @Test("A person stored before §9 still loads, even with a sentence outside today's bounds")
  func personStoredBeforeTheLawsDates() throws {
    let old: [String: Any] = [
      "id": "P7", "name": "Quách Văn Hùng", "born": "1980-01-01", "released": "2025-01-01",
      "received": "2025-01-02", "sentence": "2m", "status": "open", "assignments": [Any](),
      "visits": [Any](), "classifications": [Any](), "statusChanges": [Any](),
    ]
    let data = try PropertyListSerialization.data(fromPropertyList: old, format: .xml, options: 0)
    let person = try PropertyListDecoder().decode(Person.self, from: data)
    #expect(person.sentence == .term(months: 2))
    #expect(person.received == day("2025-01-02"))
    #expect(person.probationUntil == nil && person.notified == nil && person.movedTo == nil)
    #expect(person.supports.isEmpty)
  }

  @Test("A support's amount is a plain integer in the property list")
  func supportAmountIsAnInteger() throws {
    var state = try sampleState()
    _ = try state.apply(
      .support(
        Support(
          id: SupportID(1), person: PersonID(1), kind: .loan, on: day("2026-03-01"),
          amount: Money(dong: 40_000_000))), today: today)
    let encoder = PropertyListEncoder()
    encoder.outputFormat = .xml
    let data = try encoder.encode(state.persons[PersonID(1)]!)
    #expect(String(decoding: data, as: UTF8.self).contains("<integer>40000000</integer>"))
    #expect(try PropertyListDecoder().decode(Person.self, from: data) == state.persons[PersonID(1)]!)
  }
}
