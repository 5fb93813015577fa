import Formats
import Scheduling
import Terminal
import TextWidth

/// The side panel: the selected talk's details, the unscheduled talks, the conflicts.
extension Painter {
  func panel(_ rect: Rect, _ screen: inout Canvas) {
    screen.fill(rect, style: palette.plain)
    for y in rect.y..<max(rect.y, rect.y + rect.height) {
      screen.put(box.v, x: rect.x, y: y, style: palette.separator)
    }
    let x = rect.x + 2
    let width = rect.width - 3
    // Tabs of the panel.
    let unscheduled = state.unscheduledTalks.count
    let tabs: [(Panel, String)] = [
      (.details, "i " + tr("Details")),
      (
        .unscheduled,
        "U " + tr("Unscheduled") + " \(unscheduled)"
          + (state.cancelledTalks.isEmpty ? "" : " ✗\(state.cancelledTalks.count)")
      ),
      (
        .conflicts,
        "C " + tr("Conflicts") + " \(state.index.errorCount)/\(state.index.warningCount)"
      ),
    ]
    var tx = x
    for (panel, label) in tabs {
      let style = panel == state.panel ? palette.panelTabSelected : palette.panelTab
      tx += screen.put(label, x: tx, y: rect.y, style: style, limit: rect.x + rect.width - tx) + 2
    }
    let body = Rect(x: x, y: rect.y + 1, width: width, height: rect.height - 1)
    switch state.panel {
    case .details: details(body, &screen)
    case .unscheduled: unscheduledList(body, &screen)
    case .conflicts: conflictList(body, &screen)
    }
  }

  /// A session's details: title, track, chair, time and room, and its talks in order.
  func sessionLines(_ session: Session) -> [(String, Style)] {
    var lines: [(String, Style)] = []
    if let id = state.carriedSession, let day = state.currentDay,
      schedule.rooms.indices.contains(state.cursor.room)
    {
      lines.append(
        (
          tr(
            "Dropping session {1} at {2}, {3}", id,
            CalendarNames.short(day.date, in: state.ui.rawValue) + " "
              + TimeOfDay.format(state.time(ofRow: state.cursor.row)),
            roomName(schedule.rooms[state.cursor.room])),
          palette.panelTitle
        ))
      lines.append(("", palette.plain))
    }
    lines.append(
      (
        tr("Session {1}", session.id) + (session.pinned ? " · " + tr("pinned") : ""),
        palette.panelTitle
      ))
    lines.append(
      (session.title(in: state.language, primary: schedule.event.language), palette.plain))
    if let theme = session.theme.flatMap({ schedule.themes[id: $0] }) {
      lines.append((tr("Track: {1}", localizedName(theme)), palette.plain))
    }
    if let chair = session.chair.flatMap({ schedule.speakers[id: $0] }) {
      lines.append((tr("Chair: {1}", chair.name), palette.plain))
    }
    if let at = session.at {
      lines.append(
        (
          tr(
            "When: {1}",
            "\(CalendarNames.short(at.date, in: state.ui.rawValue)) \(at.start)–\(TimeOfDay.format(at.start.minutes + session.duration))"
          ), palette.plain
        ))
      lines.append(
        (tr("Room: {1}", schedule.rooms[id: at.room].map(roomName) ?? at.room), palette.plain))
    }
    lines.append(("", palette.plain))
    for id in session.talks {
      guard let talk = schedule.talks[id: id] else { continue }
      let when = talk.at.map { TimeOfDay.format($0.start.minutes) } ?? "—"
      lines.append(
        ("\(when)  \(state.title(talk))", talk.status.isActive ? palette.plain : palette.dim))
    }
    lines.append(("", palette.plain))
    lines.append((tr("M moves the session with its talks"), palette.dim))
    return lines
  }

  func details(_ rect: Rect, _ screen: inout Canvas) {
    var lines: [(String, Style)] = []
    if state.isCarrying {
      let effects = preview(state)
      let day = state.currentDay
      let room =
        schedule.rooms.indices.contains(state.cursor.room)
        ? roomName(schedule.rooms[state.cursor.room]) : ""
      lines.append(
        (
          tr(
            "Dropping at {1}, {2}:",
            (day.map { CalendarNames.short($0.date, in: state.ui.rawValue) } ?? "") + " "
              + TimeOfDay.format(state.time(ofRow: state.cursor.row)), room),
          palette.panelTitle
        ))
      if effects.isEmpty { lines.append((tr("fits without any conflict"), palette.ok)) }
      for effect in effects {
        lines.append((effect, effect.hasPrefix("error") ? palette.error : palette.warning))
      }
      lines.append(("", palette.plain))
    }
    let cursorMinute = state.time(ofRow: state.cursor.row)
    if let id = state.carriedSession
      ?? (state.selectedTalk == nil && !state.isCarrying
        ? state.session(atRoom: state.cursor.room, minute: cursorMinute)?.id : nil),
      let session = schedule.sessions[id: id]
    {
      lines += sessionLines(session)
      write(lines, rect, &screen)
      return
    }
    guard let id = state.carried ?? state.selectedTalk, let talk = schedule.talks[id: id] else {
      if lines.isEmpty {
        lines.append((tr("No talk here."), palette.dim))
        lines.append(
          (
            tr("Enter or m on a talk moves it; U lists the unscheduled ones; ? shows every key."),
            palette.dim
          ))
      }
      write(lines, rect, &screen)
      return
    }
    lines.append(
      (
        talk.id + (talk.pinned ? " · " + tr("pinned") : "")
          + (talk.status != .confirmed ? " · " + tr(talk.status.rawValue) : ""), palette.panelTitle
      ))
    lines.append((talk.title, palette.plain))
    for language in talk.titles.keys.sorted() {
      lines.append(("\(language): \(talk.titles[language]!)", palette.plain))
    }
    lines.append(("", palette.plain))
    if let at = talk.at {
      let room = schedule.rooms[id: at.room]
      lines.append(
        (
          tr(
            "When: {1}",
            "\(CalendarNames.short(at.date, in: state.ui.rawValue)) \(at.start)–\(TimeOfDay.format(at.start.minutes + talk.duration))"
          ),
          palette.plain
        ))
      lines.append((tr("Room: {1}", room.map(roomName) ?? at.room), palette.plain))
    } else {
      lines.append((tr("Not placed ({1} min)", String(talk.duration)), palette.warning))
    }
    lines.append(
      (tr("Kind: {1}, {2} min", tr(talk.kind.rawValue), String(talk.duration)), palette.plain))
    if let theme = talk.theme.flatMap({ schedule.themes[id: $0] }) {
      lines.append((tr("Theme: {1}", localizedName(theme)), palette.plain))
    }
    if let session = schedule.session(ofTalk: talk.id) {
      let title = session.title(in: state.language, primary: schedule.event.language)
      lines.append((tr("Session: {1} ({2})", title, session.id), palette.plain))
    }
    if let audience = talk.audience {
      let capacity = talk.at.flatMap { schedule.rooms[id: $0.room]?.capacity }
      let fits = capacity.map { audience <= $0 } ?? true
      lines.append(
        (
          capacity.map { tr("Audience: {1} of {2} seats", String(audience), String($0)) }
            ?? tr("Audience: {1}", String(audience)),
          fits ? palette.plain : palette.error
        ))
    }
    if !talk.needs.isEmpty {
      lines.append((tr("Needs: {1}", talk.needs.joined(separator: ", ")), palette.plain))
    }
    if !talk.speakers.isEmpty {
      lines.append((tr("Speakers:"), palette.plain))
      for speaker in talk.speakers.compactMap({ schedule.speakers[id: $0] }) {
        lines.append(
          ("  \(speaker.name)" + (speaker.affiliation.map { ", \($0)" } ?? ""), palette.plain))
      }
    }
    if let notes = talk.notes { lines.append((tr("Notes: {1}", notes), palette.dim)) }
    let conflicts = state.index.conflicts(involving: talk.id)
    if !conflicts.isEmpty {
      lines.append(("", palette.plain))
      for conflict in conflicts {
        lines.append(
          (
            "\(conflict.severity == .error ? "✗" : "!") \(conflict.message(in: state.ui))",
            conflict.severity == .error ? palette.error : palette.warning
          ))
      }
    }
    write(lines, rect, &screen)
  }

  /// Wrapped lines into a rectangle; a line's leading spaces indent all of its parts.
  func write(_ lines: [(String, Style)], _ rect: Rect, _ screen: inout Canvas) {
    var y = rect.y
    for (text, style) in lines {
      let indent = text.prefix { $0 == " " }.count
      let body = String(text.dropFirst(indent))
      let parts = body.isEmpty ? [""] : body.wrapped(toWidth: max(1, rect.width - indent))
      for part in parts {
        guard y < rect.y + rect.height else { return }
        screen.put(
          String(repeating: " ", count: indent) + part, x: rect.x, y: y, width: rect.width,
          style: style)
        y += 1
      }
    }
  }

  func unscheduledList(_ rect: Rect, _ screen: inout Canvas) {
    let ids = state.panelTalks
    if ids.isEmpty {
      screen.put(tr("Every talk has a place."), x: rect.x, y: rect.y, style: palette.ok)
      return
    }
    let rows = rect.height - 3
    let scroll = panelScroll(state, rows: rows)
    for (k, id) in ids.enumerated().dropFirst(scroll).prefix(rows) {
      let talk = schedule.talks[id: id]!
      let y = rect.y + k - scroll
      let selected = k == state.panelCursor
      // Cancelled talks: dimmed, marked ✗ (which says it without colour).
      let cancelled = !talk.status.isActive
      let style =
        selected && state.panelFocused
        ? palette.panelSelected : cancelled ? palette.cancelled : palette.plain
      if cancelled {
        screen.put(
          "✗ \(talk.id) " + tr("cancelled") + " · \(state.title(talk))", x: rect.x + 3, y: y,
          width: rect.width - 3, style: style)
        continue
      }
      let theme = state.index.tables.themeIndex[talk.theme ?? ""] ?? -1
      let swatch = palette.themeLetters ? Palette.letter(theme) + " " : "  "
      screen.put(
        swatch, x: rect.x, y: y, style: palette.color ? palette.theme(theme) : palette.plain)
      screen.put(
        "\(talk.id) \(talk.duration)m \(state.title(talk))", x: rect.x + 3, y: y,
        width: rect.width - 3, style: style)
    }
    let onCancelled =
      state.selectedTalk.flatMap { schedule.talks[id: $0] }.map { !$0.status.isActive } ?? false
    let hint =
      !state.panelFocused
      ? tr("U to choose one")
      : onCancelled ? tr("r restore · e edit · Esc back") : tr("Enter place · e edit · Esc back")
    screen.put(hint, x: rect.x, y: rect.y + rect.height - 1, width: rect.width, style: palette.dim)
  }

  func conflictList(_ rect: Rect, _ screen: inout Canvas) {
    let conflicts = state.sortedConflicts
    if conflicts.isEmpty {
      screen.put(tr("No conflicts."), x: rect.x, y: rect.y, style: palette.ok)
      return
    }
    let rows = max(1, rect.height - 6)
    let scroll = panelScroll(state, rows: rows)
    for (k, conflict) in conflicts.enumerated().dropFirst(scroll).prefix(rows) {
      let y = rect.y + k - scroll
      let when = [conflict.date.map { $0.short }, conflict.start?.description].compactMap { $0 }
        .joined(separator: " ")
      let text =
        "\(conflict.severity == .error ? "✗" : "!") \(conflict.kind.rawValue) \(when) \(conflict.talks.joined(separator: " "))"
      let base = conflict.severity == .error ? palette.error : palette.warning
      let style = k == state.panelCursor && state.panelFocused ? palette.panelSelected : base
      screen.put(text, x: rect.x, y: y, width: rect.width, style: style)
    }
    if conflicts.indices.contains(state.panelCursor) {
      let message = conflicts[state.panelCursor].message(in: state.ui).wrapped(toWidth: rect.width)
      for (k, line) in message.prefix(4).enumerated() {
        screen.put(
          line, x: rect.x, y: rect.y + rows + 1 + k, width: rect.width, style: palette.plain)
      }
    }
    let hint = state.panelFocused ? tr("Enter go there · Esc back") : tr("C to go through them")
    screen.put(hint, x: rect.x, y: rect.y + rect.height - 1, width: rect.width, style: palette.dim)
  }
}
