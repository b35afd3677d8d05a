/// The Vietnamese catalogue: every message, list word and column name, keyed by its English.
enum Vietnamese {
  static let messages: [String: String] = [:]
  static let words: [String: String] = [:]
  static let headers: [String: String] = [:]
}
