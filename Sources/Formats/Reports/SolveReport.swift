import Scheduling
import TextWidth

/// What `multaqa solve` prints: the moves, what is left, and on request the score explained.
public enum SolveReport {
  /// `14 Mar 11:00 Room B`, or `unscheduled`.
  public static func describe(
    _ placement: Placement?, in schedule: Schedule, ui: InterfaceLanguage = .en
  ) -> String {
    guard let placement else { return Interface.text("unscheduled", in: ui) }
    let room = schedule.rooms[id: placement.room]?.name ?? placement.room
    return
      "\(CalendarNames.dayMonth(placement.date, in: ui.rawValue)) \(placement.start) "
      + TerminalText.visible(room)
  }

  /// `t12: 14 Mar 11:00 Room B -> 15 Mar 09:00 Room A`, with the reason in repair mode.
  public static func line(
    _ move: SolverMove, in schedule: Schedule, reasons: Bool, ui: InterfaceLanguage = .en
  ) -> String {
    let text =
      "\(move.talk): \(describe(move.from, in: schedule, ui: ui)) -> "
      + describe(move.to, in: schedule, ui: ui)
    return reasons ? "\(text)  (\(TerminalText.visible(Interface.say(move.reason, in: ui))))" : text
  }

  public static func text(
    _ result: SolverResult, file: String, keep: Bool, style: AnsiStyle,
    ui: InterfaceLanguage = .en
  ) -> String {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    var out = ""
    let placed = result.moves.filter { $0.from == nil && $0.to != nil }.count
    let moved = result.moves.filter { $0.from != nil && $0.to != nil }.count
    let removed = result.moves.filter { $0.from != nil && $0.to == nil }.count
    if !result.moves.isEmpty {
      out += style.bold(tr("Changes")) + "\n"
      for move in result.moves {
        out += "  " + line(move, in: result.schedule, reasons: keep, ui: ui) + "\n"
      }
      out += "\n"
    }
    if !result.createdSessions.isEmpty {
      out += style.bold(tr("Sessions made")) + "\n"
      for session in result.createdSessions {
        let title = TerminalText.visible(
          session.title(in: ui.rawValue, primary: result.schedule.event.language))
        let when = session.at.map { at in
          let end = TimeOfDay(minutes: at.start.minutes + session.duration)?.description ?? "24:00"
          let room = result.schedule.rooms[id: at.room]?.name ?? at.room
          return "\(CalendarNames.short(at.date, in: ui.rawValue)) \(at.start)–\(end) "
            + TerminalText.visible(room)
        }
        out +=
          "  \(session.id): “\(title)”, \(when ?? ""), "
          + tr("{1} talks", String(session.talks.count)) + "\n"
      }
      out += "\n"
    }
    if !result.unplaced.isEmpty {
      out += style.bold(tr("Could not be placed")) + "\n"
      for (talk, reason) in result.unplaced {
        out +=
          "  " + style.red(talk) + ": " + TerminalText.visible(Interface.say(reason, in: ui)) + "\n"
      }
      out += "\n"
    }
    var summary = tr(
      "{1}: placed {2}, moved {3}", TerminalText.visible(file), String(placed), String(moved))
    if removed > 0 { summary += tr(", unscheduled {1}", String(removed)) }
    summary = tr(
      "{1}; {2}", summary,
      CheckReport.summary(
        errors: result.score.errors, warnings: warnings(result), style: style, ui: ui))
    summary += tr("; score {1}", format(result.score.soft(result.schedule.solver)))
    if result.proven {
      summary += tr(" (proven optimal)")
    } else if let bound = result.lowerBound, result.isComplete {
      summary += tr(
        " (lower bound {1}, gap {2})", format(bound),
        gap(result.score.soft(result.schedule.solver), bound))
    }
    return out + summary + "\n"
  }

  private static func warnings(_ result: SolverResult) -> Int {
    ConflictIndex(result.schedule).warningCount
  }

  /// The objective term by term, and why each remaining warning stays.
  public static func explanation(
    _ result: SolverResult, style: AnsiStyle, ui: InterfaceLanguage = .en
  ) -> String {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let weights = result.schedule.solver
    var out = style.bold(tr("Score")) + tr(" (lower is better)") + "\n"
    let terms = result.score.terms(weights)
    let width = terms.map(\.name.count).max() ?? 0
    for term in terms {
      let name = term.name + String(repeating: " ", count: width - term.name.count)
      let weight = weights[term.name] ?? 0
      out += "  \(name)  \(format(term.value)) × \(format(weight)) = \(format(term.weighted))\n"
    }
    out +=
      "  " + String(repeating: " ", count: width) + "  "
      + tr("total {1}", format(result.score.soft(weights)))
    if result.proven {
      out += tr(" (proven optimal in {1} search nodes)", String(result.exactNodes))
    } else if let bound = result.lowerBound {
      out += tr(
        " (lower bound {1}, gap {2})", format(bound), gap(result.score.soft(weights), bound))
    }
    out += "\n"
    let notes = Solver.explainWarnings(result)
    if !notes.isEmpty {
      out += "\n" + style.bold(tr("Warnings left, and why")) + "\n"
      for note in notes {
        out +=
          "  " + style.yellow(note.conflict.kind.rawValue) + " "
          + TerminalText.visible(note.conflict.message(in: ui)) + "\n"
        out += "    " + TerminalText.visible(Interface.say(note.reason, in: ui)) + "\n"
      }
    }
    return out
  }

  /// `improving: 40/42 placed · best score 1234.5 · 2.3s`, the line shown while solving.
  public static func progress(_ progress: SolverProgress, ui: InterfaceLanguage = .en) -> String {
    Interface.text(
      "{1}: {2}/{3} placed · best score {4} · {5}s", in: ui,
      Interface.say(progress.phase, in: ui), String(progress.placed), String(progress.total),
      tenths(progress.bestScore), tenths(progress.elapsed))
  }

  /// `12.3`: one decimal, without Foundation's formatter (the view draws this every frame).
  static func tenths(_ value: Double) -> String {
    guard value.isFinite else { return String(value) }
    let scaled = Int((abs(value) * 10).rounded())
    return (value < 0 ? "-" : "") + "\(scaled / 10).\(scaled % 10)"
  }

  static func format(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    let scaled = (value * 100).rounded() / 100
    return String(scaled)
  }

  /// How far the score may still be above the best possible, as a share of the score.
  static func gap(_ score: Double, _ bound: Double) -> String {
    guard score > 0 else { return "0%" }
    let percent = max(0, (score - bound) / score * 100)
    let tenths = Int((percent * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
