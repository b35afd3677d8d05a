/// A command that breaks a rule of the domain; the message names the rule and what is allowed.
public struct DomainError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
