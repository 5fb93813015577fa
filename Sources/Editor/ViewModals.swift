import Formats
import Scheduling
import Terminal
import TextWidth

/// Forms, lists, pickers, prompts, questions and reports drawn over the grid.
extension Painter {
  func modal(_ screen: inout Canvas) {
    switch state.mode {
    case .form(let form): formModal(form, &screen)
    case .list(let list): listModal(list, &screen)
    case .picker(let picker, _): pickerModal(picker, &screen)
    case .prompt(let prompt):
      let y = layout.messageRow
      screen.fill(Rect(x: 0, y: y, width: layout.width, height: 1), style: palette.plain)
      if !prompt.hints.isEmpty && y > 0 {
        // What Tab offers, on the line above, as a shell lists its completions.
        screen.fill(Rect(x: 0, y: y - 1, width: layout.width, height: 1), style: palette.panelTitle)
        screen.put(
          prompt.hints.joined(separator: "  "), x: 1, y: y - 1, style: palette.panelTitle,
          limit: layout.width - 2)
      }
      let used = screen.put(prompt.label, x: 1, y: y, style: palette.panelTitle)
      textField(
        prompt.field, x: 1 + used, y: y, width: layout.width - used - 2, focused: true, &screen)
    case .question(let question):
      let lines =
        question.text.wrapped(toWidth: min(70, layout.width - 8)) + [""]
        + [question.answers.map { "(\($0.key)) \($0.label)" }.joined(separator: "   ")]
      frame(title: tr("Question"), lines: lines.map { ($0, palette.plain) }, &screen)
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
    _ screen: inout Canvas
  ) {
    let w = min(
      layout.width - 2, width ?? min(76, max(40, (lines.map(\.0.displayWidth).max() ?? 0) + 4)))
    let h = min(layout.height - 2, height ?? lines.count + 2)
    let x = (layout.width - w) / 2
    let y = max(1, (layout.height - h) / 2)
    // Margins too narrow to show anything whole would show fragments of what lies under
    // them ("onfli"): the box's rows are cleared from edge to edge instead.
    let covered =
      x < 16
      ? Rect(x: 0, y: y, width: layout.width, height: h) : Rect(x: x, y: y, width: w, height: h)
    screen.fill(covered, style: palette.modal)
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
    _ field: TextField, x: Int, y: Int, width: Int, focused: Bool, _ screen: inout Canvas
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
      shown, x: x, y: y, width: width,
      style: field.isSelected
        ? palette.selectedText : focused ? palette.fieldFocused : palette.plain)
    if focused {
      var cx = x + before.displayWidth - shift
      // Right-to-left text is drawn in visual order; the field keeps what was typed, and
      // the cursor marks the last character typed where it is drawn.
      if state.bidi.reorders, state.unicode, Bidi.hasRightToLeft(shown),
        let column = visualColumn(
          of: field.cursor - (field.characters.count - shown.count), in: shown, width: width)
      {
        cx = x + column
      }
      if cx < x + width {
        let cell = screen[cx, y]
        screen[cx, y] = Cell(
          cell.width == 0 ? " " : cell.text, style: palette.cursorCell,
          width: cell.width == 0 ? 1 : cell.width)
      }
    }
  }

  /// The column where the character before logical position `position` of `shown` is
  /// drawn once the field (`width` columns) is reordered; nil at the very start.
  func visualColumn(of position: Int, in shown: String, width: Int) -> Int? {
    guard position > 0 else { return nil }
    let fitted = shown.fitted(toWidth: width)
    let target = shown.prefix(position - 1).unicodeScalars.count
    let (visual, logical) = Bidi.visualOrder(fitted, shape: state.bidi == .on)
    var column = 0
    for (v, scalar) in visual.unicodeScalars.enumerated() {
      if logical[v] == target { return min(column, width - 1) }
      column += DisplayWidth.of(scalar)
    }
    return nil
  }

  func formModal(_ form: Form, _ screen: inout Canvas) {
    let w = min(layout.width - 2, 78)
    let labelWidth = min(28, form.fields.map(\.label.displayWidth).max() ?? 10)
    // The same box as `frame` draws: the fields scroll inside it when the form is taller.
    let h = min(layout.height - 2, form.fields.count + 5)
    let x = (layout.width - w) / 2
    let y = max(1, (layout.height - h) / 2)
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
          text, x: vx, y: fy,
          width: vw, style: focused ? palette.fieldFocused : palette.plain)
      case .many(let options, let labels, let selected):
        let names = selected.map { id in options.firstIndex(of: id).map { labels[$0] } ?? id }
        screen.put(
          names.isEmpty ? tr("(none) – Enter to choose") : names.joined(separator: ", "), x: vx,
          y: fy,
          width: vw, style: focused ? palette.fieldFocused : palette.plain)
      case .fixed(let text):
        screen.put(text, x: vx, y: fy, width: vw, style: palette.dim)
      }
    }
    let saveFocused = form.focus >= form.fields.count
    let accept = screen.put(
      tr("[ Accept (Ctrl-S) ]"), x: x + 2, y: y + h - 3,
      style: saveFocused ? palette.fieldFocused : palette.panelTitle)
    if let error = form.error {
      screen.put(
        Interface.say(error, in: state.ui), x: x + 4 + accept, y: y + h - 3,
        width: max(0, w - 6 - accept), style: palette.error)
    }
    screen.put(
      Keymap.hints(for: .form, in: state.ui).joined(separator: " · "), x: x + 2, y: y + h - 2,
      width: w - 4,
      style: palette.dim)
  }

  func listModal(_ list: ListEditor, _ screen: inout Canvas) {
    var lines: [(String, Style)] = []
    let items: [String]
    switch list.kind {
    case .rooms:
      items = schedule.rooms.map {
        "\($0.id)  \(roomName($0))  \(tr("{1} seats", String($0.capacity)))  \($0.features.joined(separator: ", "))"
      }
    case .themes:
      items = schedule.themes.map { theme in
        "\(theme.id)  \(theme.name)"
          + theme.names.keys.sorted().map { "  \($0): \(theme.names[$0]!)" }.joined()
      }
    case .days:
      items = schedule.days.map { day in
        "\(CalendarNames.long(day.date, in: state.ui.rawValue))  \(day.opens)–\(day.closes)  "
          + day.breaks.map { "\($0.start)–\($0.end) \($0.title)" }.joined(separator: ", ")
      }
    case .speakers:
      var talks: [String: Int] = [:]
      for talk in schedule.talks { for s in talk.speakers { talks[s, default: 0] += 1 } }
      items = schedule.speakers.map { speaker in
        var line = "\(speaker.id)  \(speaker.name(in: state.language))"
        if let affiliation = speaker.affiliation { line += " (\(affiliation))" }
        line +=
          "  " + CheckReport.count(talks[speaker.id] ?? 0, "{1} talk", "{1} talks", ui: state.ui)
        if !speaker.unavailable.isEmpty {
          let periods = speaker.unavailable.map {
            "\(CalendarNames.dayMonth($0.date, in: state.ui.rawValue)) \($0.from)–\($0.to)"
          }
          line += "  " + tr("away {1}", periods.joined(separator: ", "))
        }
        return line
      }
    case .sessions:
      items = schedule.sessions.map { session in
        var line =
          "\(session.id)  \(session.title(in: state.language, primary: schedule.event.language))"
        if let at = session.at {
          let room = schedule.rooms[id: at.room].map(roomName) ?? at.room
          line +=
            "  \(CalendarNames.dayMonth(at.date, in: state.ui.rawValue)) \(at.start)–"
            + "\(TimeOfDay(minutes: at.start.minutes + session.duration)?.description ?? "24:00") \(room)"
        } else {
          line += "  " + tr("unscheduled")
        }
        if let chair = session.chair {
          line +=
            "  " + tr("Chair: {1}", schedule.speakers[id: chair]?.name(in: state.language) ?? chair)
        }
        return line + "  "
          + CheckReport.count(session.talks.count, "{1} talk", "{1} talks", ui: state.ui)
      }
    }
    // A long list (a conference's speakers) scrolls to keep the cursor in view.
    let room = max(1, layout.height - 6)
    let first = min(max(0, list.cursor - room / 2), max(0, items.count - room))
    for (i, item) in items.enumerated().dropFirst(first).prefix(room) {
      lines.append((item, i == list.cursor ? palette.panelSelected : palette.plain))
    }
    if items.isEmpty { lines.append((tr("(none yet: a adds one)"), palette.dim)) }
    lines.append(("", palette.plain))
    var hints = Keymap.hints(for: .list, in: state.ui)
    if list.kind == .sessions { hints.insert(tr("m make from runs"), at: hints.count - 1) }
    // The hints on as many lines as the frame needs to show them whole.
    let width = min(layout.width - 2, 96)
    var line = ""
    for hint in hints {
      let joined = line.isEmpty ? hint : line + " · " + hint
      if !line.isEmpty && joined.displayWidth > width - 4 {
        lines.append((line, palette.dim))
        line = hint
      } else {
        line = joined
      }
    }
    lines.append((line, palette.dim))
    frame(title: tr(list.title), lines: lines, width: width, &screen)
  }

  func pickerModal(_ picker: Picker, _ screen: inout Canvas) {
    var lines: [(String, Style)] = [
      (tr("Filter: ") + picker.filter.text + "▏", palette.panelTitle)
    ]
    let visible = picker.visible
    var row = 0
    if picker.allowsNew && !picker.filter.text.trimmed.isEmpty {
      lines.append(
        (
          tr("+ Add “{1}” as a new speaker", picker.filter.text.trimmed),
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
