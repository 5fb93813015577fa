import Formats
import Scheduling
import Terminal
import TextWidth

/// The day grid: time rows, room columns, talk blocks, the cursor and the carried talk.
extension Painter {
  func grid(_ screen: inout Canvas) {
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
      screen.put(tr("No days yet: press Y to add one."), x: 2, y: top, style: palette.dim)
      return
    }
    let d = state.day
    // Rows: time labels, closed hours, breaks, separators.
    for r in 0..<layout.gridRows {
      let row = state.scrollRow + r
      guard row < rows.count else { break }
      let y = top + r
      let minute = rows.time(ofRow: row)
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
            with: "░")
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
    sessionBlocks(visible: visible, &screen)
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
    // Where a talk starts in a room: a block that ends where another begins is underlined on
    // its last row, so that two talks of one theme in a row do not read as one block.
    let starts = Set(
      drawnTalks.compactMap { t in occupancy.positions[t].map { $0.room * 2048 + $0.start } })
    for t in drawnTalks {
      let talk = schedule.talks[t]
      guard let p = occupancy.positions[t] else { continue }
      let followed =
        !state.index.tables.talks[t].exclusive
        && starts.contains(p.room * 2048 + p.start + talk.duration)
      let exclusive = state.index.tables.talks[t].exclusive
      let covered = rows.rows(from: p.start, to: p.start + talk.duration)
      let r0 = covered.lowerBound
      let r1 = covered.upperBound
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
      // The cursor's own colours, the same on every theme, so that it stays readable.
      if talk.id == selected { style = palette.selectedBlock }
      if talk.id == swapping { style = style.with(underline: true) }
      let lines = blockLines(
        talk, t: t, width: width, rows: max(1, r1 - r0), exclusive: exclusive)
      let first = max(r0, state.scrollRow)
      let last = min(r1, state.scrollRow + layout.gridRows)
      for row in first..<max(first, last) {
        let y = top + row - state.scrollRow
        let text = row - r0 < lines.count ? lines[row - r0] : ""
        let last = followed && row == r1 - 1
        screen.put(
          text, x: x, y: y, width: width, style: last ? style.with(underline: true) : style)
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
    } else if let session = state.carriedSession {
      carryingSession(session, visible: visible, &screen)
    } else {
      cursorCell(visible: visible, &screen)
    }
  }

  /// Each session of the day as one block: its rows in the track's colour, its title and
  /// chair on the first free row, and a heavy bar down its right edge that stays visible
  /// beside the talks drawn inside it.
  func sessionBlocks(visible: Int, _ screen: inout Canvas) {
    let tables = state.index.tables
    for (s, block) in tables.sessions.enumerated() where block.day == state.day {
      let i = block.room - state.scrollRoom
      guard i >= 0, i < visible else { continue }
      let session = schedule.sessions[s]
      let x = layout.roomX(i)
      let width = layout.roomWidth - 1
      let covered = rows.rows(from: block.start, to: block.end)
      var style = palette.theme(block.theme).with(dim: true)
      if state.carriedSession == session.id { style = palette.dim.with(underline: true) }
      let chair = session.chair.flatMap { schedule.speakers[id: $0]?.name }
      let label =
        "§ " + session.title(in: state.language, primary: schedule.event.language)
        + (chair.map { " · " + $0 } ?? "")
      var labelled = false
      for row in covered {
        let r = row - state.scrollRow
        guard r >= 0, r < layout.gridRows else { continue }
        let y = layout.gridTop + r
        let free = state.talk(atRoom: block.room, row: row) == nil
        screen.put(free && !labelled ? label : "", x: x, y: y, width: width, style: style)
        if free { labelled = true }
        screen.put("┃", x: x + width, y: y, style: palette.theme(block.theme))
      }
    }
  }

  /// The ghost of the carried session at the cursor: its title over the rows it would hold.
  func carryingSession(_ id: String, visible: Int, _ screen: inout Canvas) {
    guard let session = schedule.sessions[id: id] else { return }
    let i = state.cursor.room - state.scrollRoom
    guard i >= 0, i < visible else { return }
    let start = self.rows.time(ofRow: state.cursor.row)
    let covered = self.rows.rows(from: start, to: start + session.duration)
    let lines = [
      "§ " + session.title(in: state.language, primary: schedule.event.language),
      " " + tr("{1} talks", "\(session.talks.count)") + " · \(session.duration)m",
    ]
    for row in covered {
      let r = row - state.scrollRow
      guard r >= 0, r < layout.gridRows else { continue }
      let k = row - covered.lowerBound
      screen.put(
        k < lines.count ? lines[k] : "", x: layout.roomX(i), y: layout.gridTop + r,
        width: layout.roomWidth - 1, style: palette.ghostFits)
    }
  }

  /// The text of a talk block, one line per slot row: the title wrapped over its rows
  /// first (keeping one for the speakers), then the speakers, then the id and duration when
  /// rows are left. The message line shows the selected talk's whole title and id.
  func blockLines(_ talk: Talk, t: Int, width: Int, rows: Int, exclusive: Bool) -> [String] {
    let theme = state.index.tables.talks[t].theme
    let lead = palette.themeLetters ? Palette.letter(theme) : " "
    let speakers = talk.speakers.compactMap { schedule.speakers[id: $0]?.name }
    let minutes = state.ui == .en ? "\(talk.duration)m" : tr("{1} min", String(talk.duration))
    var facts = " \(talk.id) · \(minutes)"
    if exclusive { facts += " · \(tr(talk.kind.rawValue)), \(tr("all rooms"))" }
    if talk.status == .tentative { facts += " · " + tr("tentative") }
    let title = state.title(talk)
    let room = max(1, rows - 1)
    var titleLines = rows == 1 ? [title] : title.wrapped(toWidth: max(1, width - 1))
    if titleLines.count > room {
      // The title's end goes: the last row it keeps says that it was cut.
      titleLines = Array(titleLines.prefix(room))
      titleLines[room - 1] = (titleLines[room - 1] + " …").truncated(toWidth: max(1, width - 1))
    }
    var lines = [lead + titleLines[0]] + titleLines.dropFirst().map { " " + $0 }
    if !speakers.isEmpty { lines.append(" " + speakers.joined(separator: ", ")) }
    lines.append(facts)
    return lines
  }

  /// `!` for a talk in an error, `?` for a tentative one, `*` for a pinned one (the legend
  /// says so): marks that read the same in colour and in monochrome.
  func blockMarker(_ talk: Talk, t: Int) -> (String, Style)? {
    let errors = state.index.findings(involving: t).contains {
      state.index.book.rules[$0.rule].severity == .error
    }
    if errors { return ("!", palette.error) }
    if state.marksChanges, state.changedSinceRelease(talk) { return ("Δ", palette.warning) }
    if talk.status == .tentative { return ("?", palette.warning) }
    if talk.pinned { return ("*", palette.plain) }
    return nil
  }

  func cursorCell(visible: Int, _ screen: inout Canvas) {
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
  func carrying(_ id: String, visible: Int, _ screen: inout Canvas) {
    guard let talk = schedule.talks[id: id] else { return }
    if let fits = state.fits, fits.day == state.day {
      for i in 0..<visible {
        let room = state.scrollRoom + i
        for r in 0..<layout.gridRows {
          let row = state.scrollRow + r
          guard fits.fits(room: room, row: row) else { continue }
          let x = layout.roomX(i)
          let y = layout.gridTop + r
          if screen[x + 1, y].text == " " || screen.shows("░", x: x + 1, y: y) {
            // · fits cleanly, ~ fits with a warning: told apart by glyph and by colour.
            let warns = fits.warns(room: room, row: row)
            screen.put(
              warns ? "~" : "·", x: x + 1, y: y, style: warns ? palette.warning : palette.fit)
          }
        }
      }
    }
    let i = state.cursor.room - state.scrollRoom
    guard i >= 0, i < visible else { return }
    let start = self.rows.time(ofRow: state.cursor.row)
    let rows = self.rows.rows(from: start, to: start + talk.duration).count
    let fitsHere = state.fits?.fits(room: state.cursor.room, row: state.cursor.row) ?? false
    let style = fitsHere ? palette.ghostFits : palette.ghostClashes
    let lines = [(fitsHere ? "✓ " : "✗ ") + state.title(talk), " \(talk.id) · \(talk.duration)m"]
    for k in 0..<rows {
      let r = state.cursor.row + k - state.scrollRow
      guard r >= 0, r < layout.gridRows else { continue }
      // A break's row keeps its label: the ghost shows on the rows around it.
      let minute = self.rows.time(ofRow: state.cursor.row + k)
      if let day = state.currentDay,
        day.breaks.contains(where: {
          $0.start.minutes <= minute && minute < $0.end.minutes
        })
      {
        continue
      }
      let text = k < lines.count ? lines[k] : ""
      screen.put(
        text, x: layout.roomX(i),
        y: layout.gridTop + r, width: layout.roomWidth - 1, style: style)
    }
  }
}
