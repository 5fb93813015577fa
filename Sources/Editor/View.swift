import Formats
import Scheduling
import Terminal
import TextWidth

/// Draws the whole editor for `state`. Pure: the same state always gives the same screen.
public func view(_ state: EditorState) -> Screen {
  var screen = Screen(width: state.width, height: state.height)
  screen.asciiOnly = !state.unicode
  let layout = state.layout
  let palette = Palette(color: state.color)
  if layout.isTooSmall {
    let text = "Terminal too small (need \(minimumSize.width)×\(minimumSize.height))"
    let y = max(0, state.height / 2)
    screen.put(text, x: 0, y: y, width: state.width, style: palette.error, alignment: .center)
    return screen
  }
  var painter = Painter(state: state, layout: layout, palette: palette)
  painter.draw(&screen)
  return screen
}

/// The editor's drawing, part by part.
struct Painter {
  let state: EditorState
  let layout: Layout
  let palette: Palette
  let schedule: Schedule
  let span: (start: Int, rows: Int)
  let slot: Int
  let box: (h: String, v: String, tl: String, tr: String, bl: String, br: String)

  init(state: EditorState, layout: Layout, palette: Palette) {
    self.state = state
    self.layout = layout
    self.palette = palette
    schedule = state.schedule
    span = state.gridSpan(day: state.day)
    slot = schedule.event.slot
    box = state.unicode ? ("─", "│", "┌", "┐", "└", "┘") : ("-", "|", "+", "+", "+", "+")
  }

  mutating func draw(_ screen: inout Screen) {
    header(&screen)
    tabs(&screen)
    grid(&screen)
    if let panel = layout.panel { self.panel(panel, &screen) }
    legend(&screen)
    messageLine(&screen)
    statusLine(&screen)
    modal(&screen)
  }

  // MARK: Header and tabs

  func header(_ screen: inout Screen) {
    let style = palette.header
    screen.fill(Rect(x: 0, y: 0, width: layout.width, height: 1), style: style)
    let errors = state.index.errorCount
    let warnings = state.index.warningCount
    var right = state.fileName + (state.dirty ? (state.unicode ? " ●" : " *") : "")
    if state.readOnly { right += " [read-only]" }
    right +=
      "  \(errors) error\(errors == 1 ? "" : "s") · \(warnings) warning\(warnings == 1 ? "" : "s") "
    let rightWidth = right.displayWidth
    let title = " " + schedule.event.title(in: state.language)
    screen.put(title, x: 0, y: 0, width: max(0, layout.width - rightWidth - 1), style: style)
    screen.put(right, x: layout.width - rightWidth, y: 0, style: style)
    if errors > 0 {
      // Make the error count stand out.
      let label = "\(errors) error"
      if let range = right.range(of: label) {
        let offset = right[..<range.lowerBound].displayWidth
        screen.restyle(
          Rect(
            x: layout.width - rightWidth + offset, y: 0,
            width: label.displayWidth + (errors == 1 ? 0 : 1), height: 1)
        ) {
          palette.color ? $0.with(foreground: .brightYellow) : $0.with(underline: true)
        }
      }
    }
  }

  func tabs(_ screen: inout Screen) {
    for (i, range) in dayTabRanges(state).enumerated() where range.lowerBound < layout.width {
      let label = " " + tabLabel(i, schedule.days[i]) + " "
      screen.put(
        label, x: range.lowerBound, y: 1, style: i == state.day ? palette.tabSelected : palette.tab)
    }
    if state.themeFilter != nil, let theme = state.themeFilter.flatMap({ schedule.themes[id: $0] })
    {
      let label = "filter: " + localizedName(theme) + " "
      let x = max(0, layout.width - label.displayWidth)
      screen.put(label, x: x, y: 1, style: palette.warning)
    }
  }

  func localizedName(_ theme: Theme) -> String {
    localized(theme.name, theme.names, primary: schedule.event.language, in: state.language)
  }

  func roomName(_ room: Room) -> String {
    localized(room.name, room.names, primary: schedule.event.language, in: state.language)
  }

  // MARK: Grid

  func grid(_ screen: inout Screen) {
    let top = layout.gridTop
    let rooms = schedule.rooms.count
    let visible = min(layout.visibleRooms, max(0, rooms - state.scrollRoom))
    // Room heads.
    for i in 0..<visible {
      let room = schedule.rooms[state.scrollRoom + i]
      let head = roomName(room) + " (\(room.capacity))"
      screen.put(
        head, x: layout.roomX(i), y: layout.headRow, width: layout.roomWidth - 1,
        style: palette.roomHead)
    }
    if state.scrollRoom > 0 {
      screen.put("‹", x: layout.timeWidth - 1, y: layout.headRow, style: palette.dim)
    }
    if state.scrollRoom + visible < rooms {
      screen.put("›", x: layout.roomX(visible) - 1, y: layout.headRow, style: palette.dim)
    }
    guard let day = state.currentDay else {
      screen.put("No days yet: press Y to add one.", x: 2, y: top, style: palette.dim)
      return
    }
    let d = state.day
    // Rows: time labels, closed hours, breaks, separators.
    for r in 0..<layout.gridRows {
      let row = state.scrollRow + r
      guard row < span.rows else { break }
      let y = top + r
      let minute = span.start + row * slot
      let label = TimeOfDay.format(minute)
      let timeStyle =
        row == state.cursor.row
        ? palette.cursorTime : minute % 60 == 0 ? palette.timeHour : palette.time
      screen.put(label, x: 0, y: y, style: timeStyle)
      let open = minute >= day.opens.minutes && minute < day.closes.minutes
      for i in 0..<visible {
        let x = layout.roomX(i)
        if !open {
          screen.fill(
            Rect(x: x, y: y, width: layout.roomWidth - 1, height: 1), style: palette.closed,
            with: state.unicode ? "░" : ".")
        }
        // The panel's border stands for the last separator when they would touch.
        if !(i == visible - 1 && layout.panel != nil && x + layout.roomWidth >= layout.gridWidth) {
          screen.put(box.v, x: x + layout.roomWidth - 1, y: y, style: palette.separator)
        }
      }
      if let pause = day.breaks.first(where: {
        $0.start.minutes <= minute && minute < $0.end.minutes
      }) {
        let width = layout.roomX(visible) - layout.timeWidth - 1
        let title =
          minute == pause.start.minutes
          ? localized(
            pause.title, pause.titles, primary: schedule.event.language, in: state.language)
            + " \(pause.start)–\(pause.end)" : ""
        screen.put(
          title, x: layout.timeWidth, y: y, width: max(0, width), style: palette.breakRow,
          alignment: .center)
      }
    }
    // Talks.
    let carried = state.carried
    let selected = state.isCarrying ? nil : state.selectedTalk
    var swapping: String?
    if case .swapping(let first) = state.mode { swapping = first }
    let occupancy = state.index.occupancy
    var drawnTalks = occupancy.talks(onDay: d).sorted()
    // Plenaries under the others: they span every room.
    drawnTalks.sort {
      state.index.tables.talks[$0].exclusive && !state.index.tables.talks[$1].exclusive
    }
    for t in drawnTalks {
      let talk = schedule.talks[t]
      guard let p = occupancy.positions[t] else { continue }
      let exclusive = state.index.tables.talks[t].exclusive
      let r0 = (p.start - span.start) / slot
      let r1 = (p.start + talk.duration - span.start + slot - 1) / slot
      let x: Int
      let width: Int
      if exclusive {
        x = layout.timeWidth
        width = layout.roomX(visible) - layout.timeWidth - 1
      } else {
        let i = p.room - state.scrollRoom
        guard i >= 0 && i < visible else { continue }
        x = layout.roomX(i)
        width = layout.roomWidth - 1
      }
      var style = palette.theme(state.index.tables.talks[t].theme)
      let filtered = state.themeFilter != nil && talk.theme != state.themeFilter
      if filtered { style = palette.dim }
      if talk.id == carried { style = palette.dim.with(underline: true) }
      if talk.id == selected { style = style.with(bold: true, reverse: !palette.color || true) }
      if talk.id == swapping { style = style.with(underline: true) }
      let lines = blockLines(talk, t: t, width: width, exclusive: exclusive)
      let first = max(r0, state.scrollRow)
      let last = min(r1, state.scrollRow + layout.gridRows)
      for row in first..<max(first, last) {
        let y = top + row - state.scrollRow
        let text = row - r0 < lines.count ? lines[row - r0] : ""
        screen.put(text, x: x, y: y, width: width, style: style)
      }
      // The first column marks errors and pins.
      let marker = blockMarker(talk, t: t)
      if let (symbol, markerStyle) = marker, r0 >= state.scrollRow,
        r0 < state.scrollRow + layout.gridRows
      {
        screen.put(
          symbol, x: x, y: top + r0 - state.scrollRow,
          style: style.with(foreground: palette.color ? markerStyle.foreground : nil, bold: true))
      }
    }
    if let carried {
      carrying(carried, visible: visible, &screen)
    } else {
      cursorCell(visible: visible, &screen)
    }
  }

  /// The text of a talk block, one line per slot row.
  func blockLines(_ talk: Talk, t: Int, width: Int, exclusive: Bool) -> [String] {
    let theme = state.index.tables.talks[t].theme
    let lead = palette.color ? " " : Palette.letter(theme)
    var lines = [lead + state.title(talk)]
    let speakers = talk.speakers.compactMap { schedule.speakers[id: $0]?.name }
    if !speakers.isEmpty { lines.append(" " + speakers.joined(separator: ", ")) }
    var facts = " \(talk.id) · \(talk.duration)m"
    if exclusive { facts += " · \(talk.kind.rawValue), all rooms" }
    if talk.status == .tentative { facts += " · tentative" }
    lines.insert(facts, at: min(1, lines.count))
    return lines
  }

  /// `!` for a talk in an error, `*` for a pinned one.
  func blockMarker(_ talk: Talk, t: Int) -> (String, Style)? {
    let errors = state.index.findings(involving: t).contains {
      state.index.book.rules[$0.rule].severity == .error
    }
    if errors { return ("!", palette.error) }
    if talk.pinned { return ("*", palette.plain) }
    return nil
  }

  func cursorCell(visible: Int, _ screen: inout Screen) {
    guard state.talk(atRoom: state.cursor.room, row: state.cursor.row) == nil else { return }
    let i = state.cursor.room - state.scrollRoom
    let r = state.cursor.row - state.scrollRow
    guard i >= 0, i < visible, r >= 0, r < layout.gridRows else { return }
    screen.restyle(
      Rect(x: layout.roomX(i), y: layout.gridTop + r, width: layout.roomWidth - 1, height: 1)
    ) { _ in
      palette.cursorCell
    }
  }

  /// Fit marks where the carried talk fits, and its ghost at the cursor.
  func carrying(_ id: String, visible: Int, _ screen: inout Screen) {
    guard let talk = schedule.talks[id: id] else { return }
    if let fits = state.fits, fits.day == state.day {
      for i in 0..<visible {
        let room = state.scrollRoom + i
        for r in 0..<layout.gridRows {
          let row = state.scrollRow + r
          guard fits.fits(room: room, row: row) else { continue }
          let x = layout.roomX(i)
          let y = layout.gridTop + r
          if screen[x + 1, y].text == " " || screen[x + 1, y].text == (state.unicode ? "░" : ".") {
            screen.put(state.unicode ? "·" : "+", x: x + 1, y: y, style: palette.fit)
          }
        }
      }
    }
    let i = state.cursor.room - state.scrollRoom
    guard i >= 0, i < visible else { return }
    let rows = max(1, (talk.duration + slot - 1) / slot)
    let fitsHere = state.fits?.fits(room: state.cursor.room, row: state.cursor.row) ?? false
    let style = fitsHere ? palette.ghostFits : palette.ghostClashes
    let lines = [(fitsHere ? "✓ " : "✗ ") + state.title(talk), " \(talk.id) · \(talk.duration)m"]
    for k in 0..<rows {
      let r = state.cursor.row + k - state.scrollRow
      guard r >= 0, r < layout.gridRows else { continue }
      let text = k < lines.count ? lines[k] : ""
      screen.put(
        state.unicode ? text : text.replacingCharacters("✓✗", with: "+x"), x: layout.roomX(i),
        y: layout.gridTop + r, width: layout.roomWidth - 1, style: style)
    }
  }

  // MARK: Side panel

  func panel(_ rect: Rect, _ screen: inout Screen) {
    screen.fill(rect, style: palette.plain)
    for y in rect.y..<max(rect.y, rect.y + rect.height) {
      screen.put(box.v, x: rect.x, y: y, style: palette.separator)
    }
    let x = rect.x + 2
    let width = rect.width - 3
    // Tabs of the panel.
    let unscheduled = state.unscheduledTalks.count
    let tabs: [(Panel, String)] = [
      (.details, "i Details"), (.unscheduled, "U Unscheduled \(unscheduled)"),
      (.conflicts, "C Conflicts \(state.index.errorCount)/\(state.index.warningCount)"),
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

  func details(_ rect: Rect, _ screen: inout Screen) {
    var lines: [(String, Style)] = []
    if state.isCarrying {
      let effects = preview(state)
      let day = state.currentDay
      let room =
        schedule.rooms.indices.contains(state.cursor.room)
        ? roomName(schedule.rooms[state.cursor.room]) : ""
      lines.append(
        (
          "Dropping at \(day.map { CalendarNames.short($0.date) } ?? "") \(TimeOfDay.format(state.time(ofRow: state.cursor.row))), \(room):",
          palette.panelTitle
        ))
      if effects.isEmpty { lines.append(("fits without any conflict", palette.ok)) }
      for effect in effects {
        lines.append((effect, effect.hasPrefix("error") ? palette.error : palette.warning))
      }
      lines.append(("", palette.plain))
    }
    guard let id = state.carried ?? state.selectedTalk, let talk = schedule.talks[id: id] else {
      if lines.isEmpty {
        lines.append(("No talk here.", palette.dim))
        lines.append(
          (
            "Enter or m on a talk moves it; U lists the unscheduled ones; ? shows every key.",
            palette.dim
          ))
      }
      write(lines, rect, &screen)
      return
    }
    lines.append(
      (
        talk.id + (talk.pinned ? " · pinned" : "")
          + (talk.status != .confirmed ? " · \(talk.status.rawValue)" : ""), palette.panelTitle
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
          "When: \(CalendarNames.short(at.date)) \(at.start)–\(TimeOfDay.format(at.start.minutes + talk.duration))",
          palette.plain
        ))
      lines.append(("Room: \(room.map(roomName) ?? at.room)", palette.plain))
    } else {
      lines.append(("Not placed (\(talk.duration) min)", palette.warning))
    }
    lines.append(("Kind: \(talk.kind.rawValue), \(talk.duration) min", palette.plain))
    if let theme = talk.theme.flatMap({ schedule.themes[id: $0] }) {
      lines.append(("Theme: \(localizedName(theme))", palette.plain))
    }
    if let audience = talk.audience {
      let capacity = talk.at.flatMap { schedule.rooms[id: $0.room]?.capacity }
      let fits = capacity.map { audience <= $0 } ?? true
      lines.append(
        (
          "Audience: \(audience)" + (capacity.map { " of \($0) seats" } ?? ""),
          fits ? palette.plain : palette.error
        ))
    }
    if !talk.needs.isEmpty {
      lines.append(("Needs: \(talk.needs.joined(separator: ", "))", palette.plain))
    }
    if !talk.speakers.isEmpty {
      lines.append(("Speakers:", palette.plain))
      for speaker in talk.speakers.compactMap({ schedule.speakers[id: $0] }) {
        lines.append(
          ("  \(speaker.name)" + (speaker.affiliation.map { ", \($0)" } ?? ""), palette.plain))
      }
    }
    if let notes = talk.notes { lines.append(("Notes: \(notes)", palette.dim)) }
    let conflicts = state.index.conflicts(involving: talk.id)
    if !conflicts.isEmpty {
      lines.append(("", palette.plain))
      for conflict in conflicts {
        lines.append(
          (
            "\(conflict.severity == .error ? "✗" : "!") \(conflict.message)",
            conflict.severity == .error ? palette.error : palette.warning
          ))
      }
    }
    write(lines, rect, &screen)
  }

  /// Wrapped lines into a rectangle; a line's leading spaces indent all of its parts.
  func write(_ lines: [(String, Style)], _ rect: Rect, _ screen: inout Screen) {
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

  func unscheduledList(_ rect: Rect, _ screen: inout Screen) {
    let ids = state.unscheduledTalks
    if ids.isEmpty {
      screen.put("Every talk has a place.", x: rect.x, y: rect.y, style: palette.ok)
      return
    }
    let rows = rect.height - 3
    let scroll = panelScroll(state, rows: rows)
    for (k, id) in ids.enumerated().dropFirst(scroll).prefix(rows) {
      let talk = schedule.talks[id: id]!
      let y = rect.y + k - scroll
      let selected = k == state.panelCursor
      let style = selected && state.panelFocused ? palette.panelSelected : palette.plain
      let theme = state.index.tables.themeIndex[talk.theme ?? ""] ?? -1
      screen.put("  ", x: rect.x, y: y, style: palette.color ? palette.theme(theme) : palette.plain)
      if !palette.color { screen.put(Palette.letter(theme), x: rect.x, y: y, style: palette.plain) }
      screen.put(
        "\(talk.id) \(talk.duration)m \(state.title(talk))", x: rect.x + 3, y: y,
        width: rect.width - 3, style: style)
    }
    let hint = state.panelFocused ? "Enter place · e edit · Esc back" : "U to choose one"
    screen.put(hint, x: rect.x, y: rect.y + rect.height - 1, width: rect.width, style: palette.dim)
  }

  func conflictList(_ rect: Rect, _ screen: inout Screen) {
    let conflicts = state.sortedConflicts
    if conflicts.isEmpty {
      screen.put("No conflicts.", x: rect.x, y: rect.y, style: palette.ok)
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
      let message = conflicts[state.panelCursor].message.wrapped(toWidth: rect.width)
      for (k, line) in message.prefix(4).enumerated() {
        screen.put(
          line, x: rect.x, y: rect.y + rows + 1 + k, width: rect.width, style: palette.plain)
      }
    }
    let hint = state.panelFocused ? "Enter go there · Esc back" : "C to go through them"
    screen.put(hint, x: rect.x, y: rect.y + rect.height - 1, width: rect.width, style: palette.dim)
  }

  // MARK: Bottom lines

  func legend(_ screen: inout Screen) {
    var x = 0
    let y = layout.legendRow
    for (i, theme) in schedule.themes.enumerated() {
      let name = localizedName(theme)
      guard x < layout.width - 4 else { break }
      if palette.color {
        screen.put("  ", x: x, y: y, style: palette.theme(i))
      } else {
        screen.put("[\(Palette.letter(i))]", x: x, y: y, style: Style(bold: true))
        x += 1
      }
      x += 3
      x +=
        screen.put(
          name.truncated(toWidth: 22), x: x, y: y, style: palette.dim, limit: layout.width - x) + 2
    }
  }

  func messageLine(_ screen: inout Screen) {
    let y = layout.messageRow
    if let message = state.message {
      screen.put(
        message.text, x: 1, y: y, width: layout.width - 2,
        style: message.kind == .error ? palette.error : palette.plain)
    } else if !state.unicode {
      screen.put(
        "Non-ASCII text shows as ?: start Multaqa in a UTF-8 locale (LANG=C.UTF-8) to see it.",
        x: 1, y: y, width: layout.width - 2, style: palette.warning)
    }
  }

  func statusLine(_ screen: inout Screen) {
    let y = layout.statusRow
    screen.fill(Rect(x: 0, y: y, width: layout.width, height: 1), style: palette.status)
    var hints = state.keyContext.map(Keymap.hints(for:)) ?? []
    switch state.mode {
    case .picker: hints.insert("type to filter", at: 0)
    case .question(let question):
      hints = question.answers.map { "\($0.key) \($0.label)" } + hints
    case .solving(let progress):
      var text = "Solving…"
      if let progress {
        text +=
          " \(progress.phase): \(progress.placed)/\(progress.total) placed · best score \(Int(progress.bestScore)) · "
          + String(Int(progress.elapsed * 10) / 10) + "." + String(Int(progress.elapsed * 10) % 10)
          + "s"
      }
      hints.insert(text, at: 0)
    case .quitting: hints = ["Quitting…"]
    default: break
    }
    // What keeps work from being protected comes first, for as long as it holds.
    var x = 0
    for alert in state.alerts.all where x < layout.width {
      let text = " " + (state.unicode ? "⚠ " : "! ") + alert.text + " "
      let style = alert.kind == .error ? palette.alert : palette.notice
      x += screen.put(text, x: x, y: y, style: style, limit: layout.width - x)
    }
    guard x < layout.width else { return }
    screen.put(
      " " + hints.joined(separator: " · "), x: x, y: y, width: layout.width - x,
      style: palette.status)
  }

  // MARK: Modals

  func modal(_ screen: inout Screen) {
    switch state.mode {
    case .form(let form): formModal(form, &screen)
    case .list(let list): listModal(list, &screen)
    case .picker(let picker, _): pickerModal(picker, &screen)
    case .prompt(let prompt):
      let y = layout.messageRow
      screen.fill(Rect(x: 0, y: y, width: layout.width, height: 1), style: palette.plain)
      let used = screen.put(prompt.label, x: 1, y: y, style: palette.panelTitle)
      textField(
        prompt.field, x: 1 + used, y: y, width: layout.width - used - 2, focused: true, &screen)
    case .question(let question):
      let lines =
        question.text.wrapped(toWidth: min(70, layout.width - 8)) + [""]
        + [question.answers.map { "(\($0.key)) \($0.label)" }.joined(separator: "   ")]
      frame(title: "Question", lines: lines.map { ($0, palette.plain) }, &screen)
    case .report(let report):
      let height = layout.height - 4
      let visible = Array(report.lines.dropFirst(report.scroll).prefix(height - 2))
      frame(
        title: report.title, lines: visible.map { ($0, palette.plain) },
        width: min(layout.width - 4, 100), height: height, &screen)
    default:
      break
    }
  }

  /// A bordered box in the middle of the screen.
  func frame(
    title: String, lines: [(String, Style)], width: Int? = nil, height: Int? = nil,
    _ screen: inout Screen
  ) {
    let w = min(
      layout.width - 2, width ?? min(76, max(40, (lines.map(\.0.displayWidth).max() ?? 0) + 4)))
    let h = min(layout.height - 2, height ?? lines.count + 2)
    let x = (layout.width - w) / 2
    let y = max(1, (layout.height - h) / 2)
    screen.fill(Rect(x: x, y: y, width: w, height: h), style: palette.modal)
    let horizontal = String(repeating: box.h, count: max(0, w - 2))
    screen.put(box.tl + horizontal + box.tr, x: x, y: y, style: palette.modalBorder)
    screen.put(box.bl + horizontal + box.br, x: x, y: y + h - 1, style: palette.modalBorder)
    for k in 1..<max(1, h - 1) {
      screen.put(box.v, x: x, y: y + k, style: palette.modalBorder)
      screen.put(box.v, x: x + w - 1, y: y + k, style: palette.modalBorder)
    }
    screen.put(
      " \(title) ", x: x + 2, y: y, width: min(w - 4, title.displayWidth + 2),
      style: palette.panelTitle)
    for (k, (text, style)) in lines.prefix(h - 2).enumerated() {
      screen.put(text, x: x + 2, y: y + 1 + k, width: w - 4, style: style)
    }
  }

  func textField(
    _ field: TextField, x: Int, y: Int, width: Int, focused: Bool, _ screen: inout Screen
  ) {
    let text = field.text
    // Keep the cursor in view in long texts.
    let before = String(field.characters.prefix(field.cursor))
    let shift = max(0, before.displayWidth - width + 2)
    var shown = text
    if shift > 0 {
      var dropped = 0
      var characters = Substring(text)
      while dropped < shift, let first = characters.first {
        dropped += DisplayWidth.of(first)
        characters = characters.dropFirst()
      }
      shown = String(characters)
    }
    screen.put(
      shown, x: x, y: y, width: width, style: focused ? palette.fieldFocused : palette.plain)
    if focused {
      let cx = x + before.displayWidth - shift
      if cx < x + width {
        let cell = screen[cx, y]
        screen[cx, y] = Cell(
          cell.width == 0 ? " " : cell.text, style: palette.cursorCell,
          width: cell.width == 0 ? 1 : cell.width)
      }
    }
  }

  func formModal(_ form: Form, _ screen: inout Screen) {
    let w = min(layout.width - 2, 78)
    let labelWidth = min(28, form.fields.map(\.label.displayWidth).max() ?? 10)
    let h = min(layout.height - 1, form.fields.count + 5)
    let x = (layout.width - w) / 2
    let y = max(0, (layout.height - h) / 2)
    frame(title: form.title, lines: [], width: w, height: h, &screen)
    let rows = h - 5
    let scroll = max(0, min(form.focus, form.fields.count) - rows + 1)
    for (k, field) in form.fields.enumerated().dropFirst(scroll).prefix(rows) {
      let fy = y + 1 + k - scroll
      let focused = k == form.focus
      screen.put(
        field.label, x: x + 2, y: fy, width: labelWidth,
        style: field.key == form.errorField
          ? palette.error : focused ? palette.panelTitle : palette.dim)
      let vx = x + 3 + labelWidth
      let vw = w - labelWidth - 5
      switch field.value {
      case .text(let text):
        textField(text, x: vx, y: fy, width: vw, focused: focused, &screen)
      case .choice(_, let labels, let index):
        let text = "‹ \(labels.indices.contains(index) ? labels[index] : "") ›"
        screen.put(
          state.unicode ? text : text.replacingCharacters("‹›", with: "<>"), x: vx, y: fy,
          width: vw, style: focused ? palette.fieldFocused : palette.plain)
      case .many(let options, let labels, let selected):
        let names = selected.map { id in options.firstIndex(of: id).map { labels[$0] } ?? id }
        screen.put(
          names.isEmpty ? "(none) – Enter to choose" : names.joined(separator: ", "), x: vx, y: fy,
          width: vw, style: focused ? palette.fieldFocused : palette.plain)
      case .fixed(let text):
        screen.put(text, x: vx, y: fy, width: vw, style: palette.dim)
      }
    }
    let saveFocused = form.focus >= form.fields.count
    screen.put(
      "[ Accept (Ctrl-S) ]", x: x + 2, y: y + h - 3,
      style: saveFocused ? palette.fieldFocused : palette.panelTitle)
    if let error = form.error {
      screen.put(error, x: x + 22, y: y + h - 3, width: w - 24, style: palette.error)
    }
    screen.put(
      Keymap.hints(for: .form).joined(separator: " · "), x: x + 2, y: y + h - 2, width: w - 4,
      style: palette.dim)
  }

  func listModal(_ list: ListEditor, _ screen: inout Screen) {
    var lines: [(String, Style)] = []
    let items: [String]
    switch list.kind {
    case .rooms:
      items = schedule.rooms.map {
        "\($0.id)  \(roomName($0))  \($0.capacity) seats  \($0.features.joined(separator: ", "))"
      }
    case .themes:
      items = schedule.themes.map { theme in
        "\(theme.id)  \(theme.name)"
          + theme.names.keys.sorted().map { "  \($0): \(theme.names[$0]!)" }.joined()
      }
    case .days:
      items = schedule.days.map { day in
        "\(CalendarNames.long(day.date))  \(day.opens)–\(day.closes)  "
          + day.breaks.map { "\($0.start)–\($0.end) \($0.title)" }.joined(separator: ", ")
      }
    }
    for (i, item) in items.enumerated() {
      lines.append((item, i == list.cursor ? palette.panelSelected : palette.plain))
    }
    if items.isEmpty { lines.append(("(none yet: a adds one)", palette.dim)) }
    lines.append(("", palette.plain))
    lines.append(("a add · Enter edit · D delete · Esc close", palette.dim))
    frame(title: list.title, lines: lines, width: min(layout.width - 2, 96), &screen)
  }

  func pickerModal(_ picker: Picker, _ screen: inout Screen) {
    var lines: [(String, Style)] = [("Filter: " + picker.filter.text + "▏", palette.panelTitle)]
    let visible = picker.visible
    var row = 0
    if picker.allowsNew && !picker.filter.text.trimmed.isEmpty {
      lines.append(
        (
          "+ Add “\(picker.filter.text.trimmed)” as a new speaker",
          row == picker.cursor ? palette.panelSelected : palette.ok
        ))
      row += 1
    }
    let height = min(layout.height - 4, 20)
    let scroll = max(0, picker.cursor - (height - 4))
    for item in visible.dropFirst(max(0, scroll - row)).prefix(height - 3) {
      let mark =
        picker.multiple
        ? (picker.selected.contains(item.id) ? "[x] " : "[ ] ")
        : (picker.selected.contains(item.id) ? "(•) " : "( ) ")
      lines.append(
        (
          mark + item.label + (item.id.isEmpty || item.id == item.label ? "" : "  \(item.id)"),
          row == picker.cursor ? palette.panelSelected : palette.plain
        ))
      row += 1
    }
    frame(
      title: picker.title, lines: lines, width: min(layout.width - 2, 70), height: height, &screen)
  }
}

extension String {
  /// The text with each character of `these` replaced by the one at the same place in `with`.
  func replacingCharacters(_ these: String, with replacements: String) -> String {
    let pairs = Dictionary(uniqueKeysWithValues: zip(these, replacements))
    return String(map { pairs[$0] ?? $0 })
  }
}
