import Testing

@testable import CaseloadCore

@Suite struct CollationTests {
  @Test func sortsByGivenNameInTheVietnameseAlphabet() {
    let names = ["Trần Bình", "Nguyễn Văn Ân", "Phạm Ăn", "Lê Thị Anh", "Đặng Văn An", "Đỗ Dũng", "Hồ Đức"]
    #expect(
      names.sorted(by: Collation.precedes) == [
        "Đặng Văn An", "Lê Thị Anh", "Phạm Ăn", "Nguyễn Văn Ân", "Trần Bình", "Đỗ Dũng", "Hồ Đức",
      ])
  }

  @Test func tonesBreakTiesInTheirOrder() {
    let names = ["Lê Mạ", "Lê Má", "Lê Mã", "Lê Mả", "Lê Mà", "Lê Ma"]
    #expect(names.sorted(by: Collation.precedes) == ["Lê Ma", "Lê Mà", "Lê Mả", "Lê Mã", "Lê Má", "Lê Mạ"])
  }

  @Test func sameGivenNameFallsBackToFamilyAndMiddleNames() {
    let names = ["Trần Văn An", "Bùi Thị An", "Đào An", "Đặng An"]
    #expect(names.sorted(by: Collation.precedes) == ["Bùi Thị An", "Đào An", "Đặng An", "Trần Văn An"])
  }

  @Test func ignoresCaseAndDecomposition() {
    #expect(!Collation.precedes("NGUYỄN VĂN AN", "Nguye\u{0302}\u{0303}n Văn An"))
    #expect(!Collation.precedes("Nguye\u{0302}\u{0303}n Văn An", "NGUYỄN VĂN AN"))
  }
}
