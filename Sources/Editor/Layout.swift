import Formats
import Scheduling
import Terminal

/// The smallest terminal the editor draws in.
public let minimumSize = (width: 60, height: 16)

/// Where everything goes on the screen, computed from the state alone so that the view
/// draws and the update hit-tests the same geometry.
struct Layout {
  let width: Int
  let height: Int
  /// Header row 0, day tabs row 1, room heads row 2.
  let headRow = 2
  let gridTop = 3
  /// Rows of slots visible.
  let gridRows: Int
  /// The legend's first row; it takes as many rows as ``legend`` packs.
  let legendRow: Int
  let legend: Legend
  let messageRow: Int
  let statusRow: Int
  let timeWidth = 6
  /// The grid's columns, the time column included.
  let gridWidth: Int
  let roomWidth: Int
  let visibleRooms: Int
  /// The side panel, when there is room for it or it has the focus.
  let panel: Rect?

  static let panelWidth = 38

  init(_ state: EditorState) {
    width = state.width
    height = state.height
    statusRow = height - 1
    messageRow = height - 2
    legend = Legend.of(state, width: width)
    legendRow = height - 2 - legend.rows.count
    gridRows = max(1, legendRow - gridTop)
    let wide = width >= 100
    let showPanel = wide || state.panelFocused
    let panelWidth = showPanel ? min(Self.panelWidth, width - 24) : 0
    panel =
      showPanel
      ? Rect(x: width - panelWidth, y: headRow, width: panelWidth, height: legendRow - headRow)
      : nil
    gridWidth = width - panelWidth
    let rooms = max(1, state.schedule.rooms.count)
    let available = max(1, gridWidth - timeWidth)
    // Columns between 10 and 30 wide; fewer rooms on screen rather than narrower ones.
    roomWidth = max(10, min(30, available / rooms))
    visibleRooms = max(1, min(rooms, available / roomWidth))
  }

  /// The left column of visible room `i` (0-based from the first visible room).
  func roomX(_ visibleIndex: Int) -> Int { timeWidth + visibleIndex * roomWidth }

  var isTooSmall: Bool { width < minimumSize.width || height < minimumSize.height }
}

extension EditorState {
  var layout: Layout { Layout(self) }

  /// The selected day.
  var currentDay: Day? { schedule.days.indices.contains(day) ? schedule.days[day] : nil }

  /// The rows of day `d`: its grid, its breaks, and rows before the opening and after the
  /// closing for talks placed outside them.
  func dayRows(_ d: Int) -> DayRows {
    let slot = max(1, schedule.event.slot)
    guard schedule.days.indices.contains(d) else {
      return DayRows(starts: Array(stride(from: 540, to: 1080, by: slot)), slot: slot)
    }
    let dayValue = schedule.days[d]
    var start = dayValue.opens.minutes
    var end = dayValue.closes.minutes
    // One context for the loop: building it copies the index's tables.
    let context = index.context
    for t in index.occupancy.talks(onDay: d) {
      if let span = context.span(of: t) {
        start = min(start, span.start)
        end = max(end, span.end)
      }
    }
    let grid = index.tables.days[d].grid
    // Rows outside the day step by the day's own slot.
    let step = grid.slot
    let onGrid = grid.starts()
    var starts = Set(onGrid)
    for b in dayValue.breaks where b.start < dayValue.closes { starts.insert(b.start.minutes) }
    var before = grid.opens
    while before > start {
      before -= step
      starts.insert(before)
    }
    var after = onGrid.last.map { $0 + step } ?? grid.opens
    while after < end {
      starts.insert(after)
      after += step
    }
    return DayRows(starts: starts.sorted(), slot: step)
  }

  /// The rows of the current day.
  var rows: DayRows { dayRows(day) }

  /// The minute at the top of row `row` of the current day.
  func time(ofRow row: Int) -> Int { rows.time(ofRow: row) }

  /// The row of `minute` on the current day.
  func row(ofTime minute: Int) -> Int { rows.row(ofTime: minute) }

  /// The talk under the cursor: one placed in that room at that time, or else a plenary or
  /// ceremony running then (they span every room).
  func talk(atRoom room: Int, row: Int, day d: Int? = nil) -> Int? {
    let d = d ?? day
    guard schedule.days.indices.contains(d) else { return nil }
    let minute = dayRows(d).time(ofRow: row)
    let occupancy = index.occupancy
    let context = index.context
    if schedule.rooms.indices.contains(room) {
      for t in occupancy.talks(inRoom: room, day: d) {
        if let span = context.span(of: t), span.start <= minute && minute < span.end {
          return t
        }
      }
    }
    for t in occupancy.exclusiveTalks(onDay: d) {
      if let span = context.span(of: t), span.start <= minute && minute < span.end {
        return t
      }
    }
    return nil
  }

  /// The id of the selected talk: under the cursor, or the panel's selection.
  var selectedTalk: String? {
    if panelFocused && panel == .unscheduled {
      let list = panelTalks
      return list.indices.contains(panelCursor) ? list[panelCursor] : nil
    }
    return talk(atRoom: cursor.room, row: cursor.row).map { schedule.talks[$0].id }
  }

  /// Active talks without a place, filtered by theme, in file order.
  var unscheduledTalks: [String] {
    schedule.talks.filter { talk in
      talk.status.isActive && talk.at == nil && (themeFilter == nil || talk.theme == themeFilter)
    }.map(\.id)
  }

  /// Cancelled talks, filtered by theme, in file order: kept in the file, off the grid, and
  /// listed under the unscheduled ones so that they can be found and restored.
  var cancelledTalks: [String] {
    schedule.talks.filter { talk in
      !talk.status.isActive && (themeFilter == nil || talk.theme == themeFilter)
    }.map(\.id)
  }

  /// The unscheduled panel's rows: the unscheduled talks, then the cancelled ones.
  var panelTalks: [String] { unscheduledTalks + cancelledTalks }

  /// Every conflict, errors first.
  var sortedConflicts: [Conflict] {
    index.conflicts.sorted { a, b in
      a.severity != b.severity ? a.severity < b.severity : Conflict.readingOrder(a, b)
    }
  }

  /// Keeps the cursor on screen.
  mutating func scrollToCursor() {
    let layout = self.layout
    let rows = self.rows.count
    cursor.row = min(max(0, cursor.row), rows - 1)
    cursor.room = min(max(0, cursor.room), max(0, schedule.rooms.count - 1))
    if cursor.row < scrollRow { scrollRow = cursor.row }
    if cursor.row >= scrollRow + layout.gridRows { scrollRow = cursor.row - layout.gridRows + 1 }
    scrollRow = max(0, min(scrollRow, max(0, rows - layout.gridRows)))
    if cursor.room < scrollRoom { scrollRoom = cursor.room }
    if cursor.room >= scrollRoom + layout.visibleRooms {
      scrollRoom = cursor.room - layout.visibleRooms + 1
    }
    scrollRoom = max(0, min(scrollRoom, max(0, schedule.rooms.count - layout.visibleRooms)))
  }

  /// The title of a talk in the chosen language.
  func title(_ talk: Talk) -> String {
    talk.title(in: language, primary: schedule.event.language)
  }
}

// MARK: - Helpers the view and the update share

/// The columns each day tab takes in the tab row.
func dayTabRanges(_ state: EditorState) -> [Range<Int>] {
  var x = 1
  return state.schedule.days.enumerated().map { i, day in
    let label = tabLabel(i, day, state.ui)
    let range = x..<(x + label.displayWidth + 2)
    x = range.upperBound + 1
    return range
  }
}

func tabLabel(_ i: Int, _ day: Day, _ ui: InterfaceLanguage = .en) -> String {
  "\(i + 1) \(CalendarNames.short(day.date, in: ui.rawValue))"
}

/// The first list row shown in the panel so that the selection stays visible.
func panelScroll(_ state: EditorState, rows: Int) -> Int {
  max(0, state.panelCursor - max(1, rows) + 1)
}

/// The rows of a day on the grid: where each starts, in minutes. Rows follow the day's grid
/// (from the opening and from each break's end), so they need not be evenly spaced.
struct DayRows: Equatable {
  /// Each row's first minute, in order; never empty.
  let starts: [Int]
  let slot: Int

  init(starts: [Int], slot: Int) {
    self.starts = starts.isEmpty ? [540] : starts
    self.slot = slot
  }

  var count: Int { starts.count }

  /// The first minute of `row`; rows past the end go on every slot.
  func time(ofRow row: Int) -> Int {
    if row < 0 { return starts[0] + row * slot }
    if row < starts.count { return starts[row] }
    return starts[starts.count - 1] + (row - starts.count + 1) * slot
  }

  /// The row that holds `minute`: the last one starting at or before it.
  func row(ofTime minute: Int) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if starts[mid] <= minute { low = mid + 1 } else { high = mid }
    }
    return max(0, low - 1)
  }

  /// The rows a span `[start, end)` covers: from the row of its start to the row of its
  /// last minute.
  func rows(from start: Int, to end: Int) -> Range<Int> {
    let first = row(ofTime: start)
    return first..<max(first + 1, row(ofTime: end - 1) + 1)
  }
}
