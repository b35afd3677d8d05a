import CaseloadCore
import CaseloadLanguage
import CaseloadStore
import Foundation

extension Session {
  /// Answers a query on the state shown; a report upwards also carries the live journal's
  /// head and the wards it includes.
  func answer(_ query: Query) throws -> Report {
    guard case .report(let chosen, let include) = query else {
      return try shownState.answer(query, today: today)
    }
    let period = chosen ?? .month(containing: today)
    var own = shownState.figures(for: period, today: today)
    // A replay view shows a past state, which the live head does not stand behind.
    if view == nil {
      own.journalSeq = store.head.entries
      own.journalHash = store.head.hash
    }
    guard !include.isEmpty else { return WardFigures.report([own], columns: []) }
    var wards = [own]
    var names = [own.ward ?? "this ward"]
    for other in try Store.included(include, registry: registry) {
      var figures = other.state.figures(for: period, today: today)
      figures.journalSeq = other.head.entries
      figures.journalHash = other.head.hash
      wards.append(figures)
      names.append(figures.ward ?? (other.path as NSString).lastPathComponent)
    }
    return WardFigures.report(wards, columns: Session.distinct(names))
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
