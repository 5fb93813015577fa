import Scheduling
import TextWidth

/// What `multaqa late` prints: the moves, the talks that stopped the ripple or could not
/// move, and the conflicts the change brings.
public enum LateReport {
  public static func text(
    _ ripple: Ripple, before: [Conflict], after: ConflictIndex, file: String, dryRun: Bool,
    style: AnsiStyle, ui: InterfaceLanguage = .en
  ) -> String {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let schedule = after.schedule
    var out = ""
    if !ripple.moves.isEmpty || !ripple.sessions.isEmpty {
      out += style.bold(dryRun ? tr("Would change") : tr("Changes")) + "\n"
      for move in ripple.moves {
        var line =
          "  \(TerminalText.visible(move.talk)): "
          + SolveReport.describe(move.from, in: schedule, ui: ui) + " -> "
          + SolveReport.describe(move.to, in: schedule, ui: ui)
        if move.pastBreak { line += "  (" + tr("after the break") + ")" }
        out += line + "\n"
      }
      for (id, to) in ripple.sessions {
        out +=
          "  " + tr("session {1}", TerminalText.visible(id)) + ": -> "
          + SolveReport.describe(to, in: schedule, ui: ui) + "\n"
      }
      out += "\n"
    }
    if !ripple.stoppedBy.isEmpty || !ripple.pastClosing.isEmpty {
      out += style.bold(tr("Not moved")) + "\n"
      for (room, talk) in ripple.stoppedBy {
        let name = schedule.rooms[id: room]?.name ?? room
        out +=
          "  " + style.yellow(TerminalText.visible(talk)) + ": "
          + tr("pinned: the talks after it in {1} stay too", TerminalText.visible(name)) + "\n"
      }
      for talk in ripple.pastClosing {
        out +=
          "  " + style.red(TerminalText.visible(talk)) + ": "
          + tr("would end after the day closes; left where it was") + "\n"
      }
      out += "\n"
    }
    let new = after.conflicts.filter { !before.contains($0) }
    if !new.isEmpty {
      out += style.bold(tr("New conflicts")) + "\n"
      for conflict in new {
        let mark =
          conflict.severity == .error ? style.red(tr("error")) : style.yellow(tr("warning"))
        out +=
          "  \(mark) \(conflict.kind.rawValue): "
          + TerminalText.visible(conflict.message(in: ui)) + "\n"
      }
      out += "\n"
    }
    var summary = tr(
      dryRun ? "{1}: would move {2} talks" : "{1}: moved {2} talks", TerminalText.visible(file),
      String(ripple.moves.count))
    summary = tr(
      "{1}; {2}", summary,
      CheckReport.summary(
        errors: after.errorCount, warnings: after.warningCount, style: style, ui: ui))
    return out + summary + "\n"
  }
}
