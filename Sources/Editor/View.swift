import Formats
import Scheduling
import Terminal
import TextWidth

/// Draws the whole editor for `state`. Pure: the same state always gives the same screen.
public func view(_ state: EditorState) -> Screen {
  var screen = Screen(width: state.width, height: state.height)
  screen.asciiOnly = !state.unicode
  screen.bidi = state.bidi
  screen.rightToLeft = state.ui.isRightToLeft
  let layout = state.layout
  let palette = Palette(color: state.color, colors: state.colors)
  if layout.isTooSmall {
    let text = Interface.text(
      "Terminal too small (need {1}×{2})", in: state.ui, String(minimumSize.width),
      String(minimumSize.height))
    let y = max(0, state.height / 2)
    screen.put(text, x: 0, y: y, width: state.width, style: palette.error, alignment: .center)
    return screen
  }
  var painter = Painter(state: state, layout: layout, palette: palette)
  // An Arabic interface is laid out right to left.
  var canvas = Canvas(screen, mirrored: state.ui.isRightToLeft)
  painter.draw(&canvas)
  return canvas.screen
}

/// The editor's drawing, part by part.
struct Painter {
  let state: EditorState
  let layout: Layout
  let palette: Palette
  let schedule: Schedule
  let rows: DayRows
  let slot: Int
  let box: (h: String, v: String, tl: String, tr: String, bl: String, br: String)

  init(state: EditorState, layout: Layout, palette: Palette) {
    self.state = state
    self.layout = layout
    self.palette = palette
    schedule = state.schedule
    rows = state.rows
    slot = schedule.event.slot
    box = ("─", "│", "┌", "┐", "└", "┘")
  }

  /// `english` in the interface's language (see ``Interface``).
  func tr(_ english: String, _ arguments: String...) -> String {
    Interface.text(english, in: state.ui, arguments: arguments)
  }

  mutating func draw(_ screen: inout Canvas) {
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

  func header(_ screen: inout Canvas) {
    let style = palette.header
    screen.fill(Rect(x: 0, y: 0, width: layout.width, height: 1), style: style)
    let errors = state.index.errorCount
    let warnings = state.index.warningCount
    var right = state.fileName + (state.dirty ? " ●" : "")
    if state.readOnly { right += " " + tr("[read-only]") }
    let errorText = CheckReport.count(errors, "{1} error", "{1} errors", ui: state.ui)
    let warningText = CheckReport.count(warnings, "{1} warning", "{1} warnings", ui: state.ui)
    right += "  \(errorText) · \(warningText) "
    let rightWidth = right.displayWidth
    let title = " " + schedule.event.title(in: state.language)
    screen.put(title, x: 0, y: 0, width: max(0, layout.width - rightWidth - 1), style: style)
    screen.put(right, x: layout.width - rightWidth, y: 0, style: style)
    if errors > 0 {
      // Make the error count stand out.
      if let range = right.range(of: errorText, options: .backwards) {
        let offset = right[..<range.lowerBound].displayWidth
        screen.restyle(
          Rect(
            x: layout.width - rightWidth + offset, y: 0, width: errorText.displayWidth, height: 1)
        ) {
          palette.color ? $0.with(foreground: .brightYellow) : $0.with(underline: true)
        }
      }
    }
  }

  func tabs(_ screen: inout Canvas) {
    for (i, range) in dayTabRanges(state).enumerated() where range.lowerBound < layout.width {
      let label = " " + tabLabel(i, schedule.days[i], state.ui) + " "
      screen.put(
        label, x: range.lowerBound, y: 1, style: i == state.day ? palette.tabSelected : palette.tab)
    }
    if state.themeFilter != nil, let theme = state.themeFilter.flatMap({ schedule.themes[id: $0] })
    {
      let label = tr("filter: {1}", localizedName(theme)) + " "
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

  // MARK: Bottom lines

  /// The block marks, then each theme's colour (or letter) and name, on the rows the layout
  /// packed for them.
  func legend(_ screen: inout Canvas) {
    let legend = layout.legend
    for (r, row) in legend.rows.enumerated() {
      let y = layout.legendRow + r
      for entry in row {
        var x = entry.x
        if let i = entry.theme {
          if palette.color {
            let swatch = palette.themeLetters ? " \(Palette.letter(i))" : "  "
            screen.put(swatch, x: x, y: y, style: palette.theme(i))
            x += 3
          } else {
            screen.put("[\(Palette.letter(i))]", x: x, y: y, style: Style(bold: true))
            x += 4
          }
        }
        screen.put(entry.text, x: x, y: y, style: palette.dim, limit: layout.width - x)
      }
    }
    if legend.hidden > 0, let last = legend.rows.last?.last {
      let y = layout.legendRow + legend.rows.count - 1
      let x = min(layout.width - 12, last.x + last.text.displayWidth + 6)
      screen.put(tr("+{1} (f filters)", String(legend.hidden)), x: x, y: y, style: palette.dim)
    }
  }

  func messageLine(_ screen: inout Canvas) {
    let y = layout.messageRow
    if let message = state.message {
      screen.put(
        message.text, x: 1, y: y, width: layout.width - 2,
        style: message.kind == .error ? palette.error : palette.plain)
    } else if !state.unicode {
      screen.put(
        tr("Non-ASCII text shows as ?: start Multaqa in a UTF-8 locale (LANG=C.UTF-8) to see it."),
        x: 1, y: y, width: layout.width - 2, style: palette.warning)
    } else if state.mode == .normal, let id = state.selectedTalk,
      let talk = schedule.talks[id: id]
    {
      // The whole title of the talk under the cursor: a block shows only what fits.
      let speakers = talk.speakers.compactMap { schedule.speakers[id: $0]?.name }
      screen.put(
        "\(id) “\(state.title(talk))”"
          + (speakers.isEmpty ? "" : " — " + speakers.joined(separator: ", ")),
        x: 1, y: y, width: layout.width - 2, style: palette.dim)
    }
  }

  func statusLine(_ screen: inout Canvas) {
    let y = layout.statusRow
    screen.fill(Rect(x: 0, y: y, width: layout.width, height: 1), style: palette.status)
    var hints = state.keyContext.map { Keymap.hints(for: $0, in: state.ui) } ?? []
    switch state.mode {
    case .picker: hints.insert(tr("type to filter"), at: 0)
    case .question(let question):
      // The question first: its answers alone would not say what is asked.
      hints = [question.text] + question.answers.map { "\($0.key) \($0.label)" } + hints
    case .solving(let progress):
      var text = tr("Solving…")
      if let progress { text += " " + SolveReport.progress(progress, ui: state.ui) }
      hints.insert(text, at: 0)
    case .quitting: hints = [tr("Quitting…")]
    case .prompt(let prompt) where prompt.purpose == .command:
      hints.insert(tr("Tab completes"), at: 0)
    default: break
    }
    // What keeps work from being protected comes first, for as long as it holds.
    var x = 0
    for alert in state.alerts.all where x < layout.width {
      let text = " ⚠ " + alert.text + " "
      let style = alert.kind == .error ? palette.alert : palette.notice
      x += screen.put(text, x: x, y: y, style: style, limit: layout.width - x)
    }
    guard x < layout.width else { return }
    screen.put(
      " " + hints.joined(separator: " · "), x: x, y: y, width: layout.width - x,
      style: palette.status)
  }
}
