import CaseloadCore

private struct WardKeyCreate: CommandArguments {
  let file = OptionalArgument<String>.key(
    "file", "where to write the private key (default --key, CASELOAD_KEY or ~/.config/caseload/ward.key)")
  let publicKey = OptionalArgument<String>.key(
    "public", "the public key (written by caseload in the journal)")
  let fingerprint = OptionalArgument<String>.key(
    "fingerprint", "the public key's fingerprint (written by caseload in the journal)")
  let on = RequiredArgument<Day>.dated("on", "date of the key (default today)")
  let replace = FlagArgument("replace", "replace the ward's current key")
}

private struct WardTrustAdd: CommandArguments {
  let ward = RequiredArgument<String>.slot("NAME")
  let key = RequiredArgument<String>.required(
    "key", "the sending ward's key fingerprint, SHA256:…, confirmed with that ward by phone or letter")
}

private struct WardTrustRemove: CommandArguments {
  let ward = RequiredArgument<String>.slot("NAME")
}

/// `ward key create`, kept apart so that the journal's canonical text can name the public key.
private let wardKeyCreate = CommandSpec.keyMaking(
  "ward key create", "make the ward's signing key for transfer files (the private key goes to a file)",
  WardKeyCreate.self,
  build: { values in
    KeyRequest(
      file: values.file, publicKey: values.publicKey, fingerprint: values.fingerprint, on: try values.on,
      replace: values.replace)
  })

let wardCommands: [CommandSpec] = [
  wardKeyCreate,
  .query(
    "ward trust", "the other wards' keys this ward accepts transfer files from",
    build: { _ in .wardTrust }),
  .mutation(
    "ward trust add", "accept transfer files signed with another ward's key (confirm it first)",
    WardTrustAdd.self,
    build: { values in .trustWard(try values.ward, fingerprint: try values.key) }),
  .mutation(
    "ward trust remove", "stop accepting transfer files signed with a ward's keys", WardTrustRemove.self,
    build: { values in .distrustWard(try values.ward) }),
]

extension KeyRequest {
  /// The journal's text for this key: the public key and its fingerprint, never the file.
  public func canonical(publicKey: String, fingerprint: String) -> String {
    var values = Values<WardKeyCreate>(arguments: Arguments())
    values.set(\.publicKey, publicKey)
    values.set(\.fingerprint, fingerprint)
    values.set(\.on, on)
    var arguments = values.arguments
    if replace { arguments.flags.insert("replace") }
    return wardKeyCreate.canonicalText(arguments)
  }
}
