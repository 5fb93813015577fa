/// Why a warning is still there after solving.
public struct WarningNote: Sendable {
  public var conflict: Conflict
  public var reason: Phrase
  /// The move the reason speaks of, and what it was found to change in the soft objective
  /// when made (negative: better), if the reason names one.
  public var suggestion: Suggestion?

  public struct Suggestion: Equatable, Sendable {
    public var talk: String
    public var to: Placement
    public var change: Double
  }

  init(conflict: Conflict, reason: Phrase, suggestion: Suggestion? = nil) {
    self.conflict = conflict
    self.reason = reason
    self.suggestion = suggestion
  }
}

extension Solver {
  /// For every warning the objective counts, why the solver left it: the talks are pinned,
  /// no error-free place of theirs avoids it, or the best place that avoids it costs more.
  public static func explainWarnings(_ result: SolverResult) -> [WarningNote] {
    let schedule = result.schedule
    let index = ConflictIndex(schedule)
    let problem = SolverProblem(
      schedule: schedule, canMove: { !($0.pinned && $0.at != nil) }, countsMoves: false)
    var state = SearchState(problem: problem, positions: problem.original)
    var notes: [WarningNote] = []
    let weights = schedule.solver
    let before = Score(index).soft(weights)
    let counted: Set<ConflictKind> = [
      .themeParallel, .speakerBackToBack, .preferenceMissed, .orderBroken,
    ]
    for finding in index.findings {
      let rule = index.book.rules[finding.rule]
      guard counted.contains(rule.kind) else { continue }
      let conflict = index.describe(finding)
      let involved = [finding.talk, finding.other].filter { $0 >= 0 }
      let movable = involved.filter { problem.movable[$0] }
      guard !movable.isEmpty else {
        notes.append(
          WarningNote(conflict: conflict, reason: Phrase("every talk involved is pinned")))
        continue
      }
      // The cheapest error-free place, for each movable talk, where this finding is gone.
      var bestAlternative: (talk: Int, place: Position, delta: Double)?
      for t in movable {
        for d in 0..<problem.dayCount {
          for r in problem.rooms[t] {
            for start in problem.starts[t][d] {
              let p = Position(day: d, room: r, start: start)
              guard p != state.position(t), let delta = state.delta(t, to: p) else { continue }
              guard !stillThere(finding, rule: rule, talk: t, at: p, state: state) else {
                continue
              }
              if bestAlternative == nil || delta.soft < bestAlternative!.delta {
                bestAlternative = (t, p, delta.soft)
              }
            }
          }
        }
      }
      let pinned = involved.filter { !problem.movable[$0] }
        .map { Phrase.Argument.text(schedule.talks[$0].id) }
      func noting(_ reason: Phrase) -> Phrase {
        pinned.isEmpty ? reason : Phrase("{1} ({2} pinned)", .phrase(reason), .list(pinned))
      }
      guard let alternative = bestAlternative else {
        let ids = movable.map { Phrase.Argument.text(schedule.talks[$0].id) }
        notes.append(
          WarningNote(
            conflict: conflict,
            reason: noting(Phrase("no error-free place for {1} avoids it", .either(ids)))))
        continue
      }
      let place = placement(of: alternative.place, in: schedule)
      let room = schedule.rooms[id: place.room]?.name ?? place.room
      let talk = Phrase.Argument.text(schedule.talks[alternative.talk].id)
      let at = Phrase.Argument.phrase(
        .spaced([.date(place.date), .text(place.start.description), .text(room)]))
      // The suggestion, checked by making it: the whole schedule checked again with the talk
      // moved, so that what the note says is what the move does.
      var moved = schedule
      moved.talks.modify(at: alternative.talk) { $0.at = place }
      let after = ConflictIndex(moved)
      let change = Score(after).soft(weights) - before
      let fresh = after.findings.filter { f in
        f.involves(alternative.talk) && counted.contains(after.book.rules[f.rule].kind)
          && !index.findings.contains(f)
      }
      let reason: Phrase
      if after.errorCount > index.errorCount {
        reason = Phrase(
          "the best alternative, {1} at {2}, would avoid it but cause an error", talk, at)
      } else if change < -1e-9 {
        reason = Phrase(
          "the best alternative, {1} at {2}, would avoid it and lower the score by {3}: run the solver longer",
          talk, at, .text(short(-change)))
      } else if change > 1e-9 {
        reason = Phrase(
          "the best alternative, {1} at {2}, would avoid it but costs {3} more", talk, at,
          .text(short(change)))
      } else if let other = fresh.first {
        reason = Phrase(
          "the best alternative, {1} at {2}, would avoid it but cause another as costly: {3}",
          talk, at, .text(after.describe(other).message))
      } else {
        reason = Phrase(
          "the best alternative, {1} at {2}, would avoid it but cost as much elsewhere", talk, at)
      }
      notes.append(
        WarningNote(
          conflict: conflict, reason: noting(reason),
          suggestion: WarningNote.Suggestion(
            talk: schedule.talks[alternative.talk].id, to: place, change: change)))
    }
    return notes
  }

  /// Whether `finding` still holds with talk `t` at `p`.
  private static func stillThere(
    _ finding: Finding, rule: any ConflictRule, talk t: Int, at p: Position, state: SearchState
  ) -> Bool {
    var found: [Finding] = []
    rule.check(
      talk: t, at: p, in: RuleContext(tables: state.problem.tables, occupancy: state.occupancy),
      into: &found)
    return found.contains {
      $0.talk == finding.talk && $0.other == finding.other && $0.subject == finding.subject
    }
  }

  private static func short(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
  }
}
