import CaseloadLanguage

/// Help text, derived from the registry's declarations.
enum Help {
  static func overview(_ registry: Registry) -> String {
    let width = registry.commands.map { TextWidth.of($0.name) }.max() ?? 0
    var lines = ["Commands (any unique prefix works: 'sup li' = 'supervisor list'):"]
    for spec in registry.commands {
      lines.append("  " + TextWidth.pad(spec.name, to: width) + "  " + spec.summary)
    }
    lines += [
      "",
      "PERSON, SUPERVISOR and TEAM: an id (P3, S2, T1) or a quoted name or part of one (\"nguyen van an\").",
      "DATE: YYYY-MM-DD, DD/MM/YYYY, today or yesterday. MONEY: whole đồng, 40000000 or 40.000.000.",
      "'help COMMAND' explains one command.",
    ]
    return lines.joined(separator: "\n")
  }

  static func command(_ spec: CommandSpec) -> String {
    var lines = ["usage: \(spec.usage)", "  \(spec.summary)"]
    let aliases = spec.paths.dropFirst().map { $0.joined(separator: " ") }
    if !aliases.isEmpty { lines.append("  also: \(aliases.joined(separator: ", "))") }
    let keys = spec.keys.filter { !$0.isInternal }
    if !keys.isEmpty {
      let width = keys.map { TextWidth.of($0.name) }.max()!
      lines.append("keys:")
      for key in keys {
        let required = key.required ? " (required)" : ""
        lines.append("  \(TextWidth.pad(key.name, to: width))  \(key.help)\(required)")
      }
    }
    if !spec.flags.isEmpty {
      let width = spec.flags.map { TextWidth.of($0.name) }.max()!
      lines.append("flags:")
      for flag in spec.flags { lines.append("  \(TextWidth.pad(flag.name, to: width))  \(flag.help)") }
    }
    return lines.joined(separator: "\n")
  }
}
