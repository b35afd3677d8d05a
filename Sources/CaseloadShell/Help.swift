import CaseloadCore
import CaseloadLanguage

/// Help text, derived from the registry's declarations and said in the session's language;
/// command words and keys stay as typed.
struct Help {
  let localizer: Localizer

  func overview(_ registry: Registry) -> String {
    let width = registry.commands.map { TextWidth.of($0.name) }.max() ?? 0
    var lines = [localizer.text("Commands (any unique prefix works: 'sup li' = 'supervisor list'):")]
    for spec in registry.commands {
      lines.append("  " + TextWidth.pad(spec.name, to: width) + "  " + localizer.text(spec.summary))
    }
    lines += [
      "",
      localizer.text(
        "PERSON, SUPERVISOR and TEAM: an id (P3, S2, T1) or a quoted name or part of one (\"nguyen van an\")."
      ),
      localizer.text(
        "DATE: YYYY-MM-DD, DD/MM/YYYY, today or yesterday. MONEY: whole đồng, 40000000 or 40.000.000."),
      localizer.text("'help COMMAND' explains one command."),
    ]
    return lines.joined(separator: "\n")
  }

  func command(_ spec: CommandSpec) -> String {
    var lines = [localizer.say("usage: \(spec.usage)"), "  " + localizer.text(spec.summary)]
    let aliases = spec.paths.dropFirst().map { $0.joined(separator: " ") }
    if !aliases.isEmpty { lines.append("  " + localizer.say("also: \(aliases.joined(separator: ", "))")) }
    let keys = spec.keys.filter { !$0.isInternal }
    if !keys.isEmpty {
      let width = keys.map { TextWidth.of($0.name) }.max()!
      lines.append(localizer.text("keys:"))
      for key in keys {
        let help = localizer.text(key.help) + (key.required ? localizer.text(" (required)") : "")
        lines.append("  \(TextWidth.pad(key.name, to: width))  \(help)")
      }
    }
    if !spec.flags.isEmpty {
      let width = spec.flags.map { TextWidth.of($0.name) }.max()!
      lines.append(localizer.text("flags:"))
      for flag in spec.flags {
        lines.append("  \(TextWidth.pad(flag.name, to: width))  \(localizer.text(flag.help))")
      }
    }
    return lines.joined(separator: "\n")
  }
}
