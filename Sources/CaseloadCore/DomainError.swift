/// A command that breaks a rule of the domain; the message names the rule and what is allowed.
public struct DomainError: ExplainedError, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong, in a form each language can say.
  public let said: Message
  public init(_ said: Message) { self.said = said }
  /// The message in English.
  public var message: String { said.english }
  public var description: String { message }

  /// Two refusals are the same when they say the same.
  public static func == (lhs: DomainError, rhs: DomainError) -> Bool { lhs.message == rhs.message }
}
