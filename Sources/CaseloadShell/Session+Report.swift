import CaseloadCore
import CaseloadLanguage
import CaseloadStore
import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

extension Session {
  /// Answers a query on the state shown; a report upwards also carries the live journal's
  /// head and the wards it includes.
  func answer(_ query: Query) throws -> Report {
    guard case .report(let chosen, let include, _) = query else {
      return try shownState.answer(query, today: today)
    }
    let (wards, names, _) = try reportFigures(chosen, include: include)
    return WardFigures.report(wards, columns: names)
  }

  /// Each ward's figures (this ward first), the columns naming them (none for one ward) and
  /// each ward's state; `past` is the state of `as-of`, which no journal head stands behind.
  private func reportFigures(_ chosen: ReportPeriod?, include: [String], past: State? = nil) throws -> (
    [WardFigures], [String], [State]
  ) {
    let period = chosen ?? .month(containing: today)
    let shownState = past ?? self.shownState
    var own = shownState.figures(for: period, today: today)
    if past != nil, !include.isEmpty {
      throw DomainError("report include= opens other wards' stores: run it on the live store, not as-of")
    }
    // A replay view shows a past state, which the live head does not stand behind.
    if view == nil, past == nil {
      own.journalSeq = store.head.entries
      own.journalHash = store.head.hash
    }
    guard !include.isEmpty else { return ([own], [], [shownState]) }
    var wards = [own]
    var names = [own.ward ?? "this ward"]
    var states = [shownState]
    for other in try Store.included(include, registry: registry) {
      var figures = other.state.figures(for: period, today: today)
      figures.journalSeq = other.head.entries
      figures.journalHash = other.head.hash
      wards.append(figures)
      states.append(other.state)
      names.append(figures.ward ?? PathText.name(of: other.path))
    }
    return (wards, Session.distinct(names), states)
  }

  /// `report … format=html`: the report as one printable page, printed or written to a new
  /// file (0600, never over an existing one); `past` is the state of `as-of`.
  func printPage(_ query: Query, _ page: ReportPage, past: State? = nil) throws {
    guard case .report(let chosen, let include, _) = query else { return }
    let (wards, names, states) = try reportFigures(chosen, include: include, past: past)
    let shownState = states[0]
    let end = wards[0].period.to
    // The chart counts the visits of every ward the report holds.
    var visits = shownState.visitsPerMonth(ReportPageHTML.chartMonths, endingWith: end)
    for state in states.dropFirst() {
      let more = state.visitsPerMonth(ReportPageHTML.chartMonths, endingWith: end)
      visits = zip(visits, more).map { ($0.month, $0.visits + $1.visits) }
    }
    let content = ReportPageContent(
      wards: wards, columns: names, ward: shownState.settings.ward, visits: visits, made: today)
    let html = ReportPageHTML(localizer: localizer).page(content)
    guard let file = page.file else { return console.out(String(html.dropLast())) }
    try store.refuseOutputInside(file)
    try Session.create(file, with: Data(html.utf8))
    say("wrote the printable report to \(file)")
  }

  /// Creates `path` (0600) holding `data`; refuses to overwrite an existing file.
  private static func create(_ path: String, with data: Data) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      if errno == EEXIST {
        throw SessionError("'\(path)' exists; a report page never overwrites one: choose another file=")
      }
      throw SessionError("cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == data.count, fsync(fd) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(path)
      throw SessionError("cannot write '\(path)': \(reason)")
    }
  }

  /// Column names made distinct (`Phường An (2)`), and never `figure` or `total`, which the
  /// table uses itself.
  static func distinct(_ names: [String]) -> [String] {
    var seen: Set<String> = ["figure", "total"]
    return names.map { name in
      var candidate = name
      var number = 2
      while seen.contains(candidate) {
        candidate = "\(name) (\(number))"
        number += 1
      }
      seen.insert(candidate)
      return candidate
    }
  }
}
