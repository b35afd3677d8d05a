import CaseloadCore

private struct PersonTransfer: CommandArguments {
  let person = RequiredArgument<PersonID>.slot("PERSON")
  let to = RequiredArgument<String>.required("to", "the ward the person moves to")
  let file = RequiredArgument<String>.required(
    "file", "where to write the transfer file (a new file; never overwritten)")
  let on = RequiredArgument<Day>.dated("on", "date of the transfer (default today)")
  let note = OptionalArgument<String>.key("note", "free text")
}

private struct PersonImport: CommandArguments {
  let file = RequiredArgument<String>.slot("FILE")
  let id = RequiredArgument<PersonID>.newID("the new person's id (filled in by caseload)")
  let received = RequiredArgument<Day>.dated(
    "received", "date this ward received the person (default today)")
  let decision = OptionalArgument<String>.key("decision", "number of the reception decision")
}

/// `person import`, kept apart so that the journal's canonical text can name the file by digest.
private let personImport = CommandSpec.importing(
  "person import", "open a case from another ward's transfer file (a new id, no lead)",
  PersonImport.self,
  build: { values in
    ImportRequest(
      source: try values.file, id: try values.id, received: try values.received,
      decision: values.decision)
  })

let transferCommands: [CommandSpec] = [
  .mutation(
    "person transfer", "close a case as moved to another ward and write its transfer file",
    PersonTransfer.self, reads: .everything,
    build: { values in
      .transferPerson(
        try values.person, to: try values.to, file: try values.file, on: try values.on,
        note: values.note)
    }),
  personImport,
]

extension ImportRequest {
  /// The journal's text for this import, the file named by its digest (64 hex digits).
  public func canonical(digest: String) -> String {
    var values = Values<PersonImport>(arguments: Arguments())
    values.set(\.file, "sha256:" + digest)
    values.set(\.id, id)
    values.set(\.received, received)
    if let decision { values.set(\.decision, decision) }
    return personImport.canonicalText(values.arguments)
  }
}
