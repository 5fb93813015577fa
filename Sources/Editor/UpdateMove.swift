import Formats
import Scheduling
import Terminal

/// Moving the cursor, the day and the time.
func runMove(_ command: Command, key: Key, _ state: inout EditorState) -> [Effect] {
  let layout = state.layout
  switch command {
  case .up, .down, .pageUp, .pageDown, .home, .end:
    let rows = state.rows.count
    if state.panelFocused {
      let count =
        state.panel == .unscheduled ? state.panelTalks.count : state.sortedConflicts.count
      let page = max(1, layout.gridRows - 2)
      var c = state.panelCursor
      switch command {
      case .up: c -= 1
      case .down: c += 1
      case .pageUp: c -= page
      case .pageDown: c += page
      case .home: c = 0
      default: c = count - 1
      }
      state.panelCursor = max(0, min(c, count - 1))
      return []
    }
    switch command {
    case .up: state.cursor.row -= 1
    case .down: state.cursor.row += 1
    case .pageUp: state.cursor.row -= layout.gridRows
    case .pageDown: state.cursor.row += layout.gridRows
    case .home: state.cursor.row = state.currentDay.map { state.row(ofTime: $0.opens.minutes) } ?? 0
    default:
      if let day = state.currentDay {
        state.cursor.row = state.row(ofTime: day.closes.minutes - 1)
      } else {
        state.cursor.row = rows - 1
      }
    }
    state.scrollToCursor()
    return []
  case .left, .right:
    state.cursor.room += command == .left ? -1 : 1
    state.scrollToCursor()
    return []
  case .goToTime:
    state.mode = .prompt(
      Prompt(purpose: .goToTime, label: state.tr("Go to time (HH:MM): "), field: TextField()))
    return []
  case .nextDay, .previousDay, .dayByNumber:
    var target = state.day
    if command == .nextDay { target += 1 }
    if command == .previousDay { target -= 1 }
    if command == .dayByNumber, case .character(let c) = key, let n = c.wholeNumberValue {
      target = n - 1
    }
    let count = state.schedule.days.count
    guard count > 0 else { return [] }
    if command == .dayByNumber && !(0..<count).contains(target) {
      state.message = .error(state.tr("There is no day {1}", "\(target + 1)"))
      return [.beep]
    }
    switchDay(to: (target % count + count) % count, &state)
    return []
  default:
    return []
  }
}

/// Changes the day, keeping the cursor at the same time of day.
func switchDay(to target: Int, _ state: inout EditorState) {
  let minute = state.time(ofRow: state.cursor.row)
  state.day = target
  state.cursor.row = state.row(ofTime: minute)
  state.scrollToCursor()
  if let talk = state.carried { computeFits(for: talk, &state) }
}
