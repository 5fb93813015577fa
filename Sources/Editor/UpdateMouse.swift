import Formats
import Scheduling
import Terminal

func handleMouse(_ mouse: Mouse, _ state: inout EditorState) -> [Effect] {
  let layout = state.layout
  // An Arabic interface is drawn mirrored: read the click in the layout's own columns.
  var mouse = mouse
  if state.ui.isRightToLeft { mouse.x = state.width - 1 - mouse.x }
  switch mouse.kind {
  case .wheelUp, .wheelDown:
    let delta = mouse.kind == .wheelUp ? -3 : 3
    let rows = state.rows.count
    state.scrollRow = max(0, min(state.scrollRow + delta, max(0, rows - layout.gridRows)))
    state.cursor.row = min(
      max(state.cursor.row, state.scrollRow), state.scrollRow + layout.gridRows - 1)
    return []
  case .release:
    return []
  case .press:
    break
  }
  // A day tab.
  if mouse.y == 1 {
    for (i, range) in dayTabRanges(state).enumerated() where range.contains(mouse.x) {
      switchDay(to: i, &state)
      return []
    }
    return []
  }
  // The side panel's list.
  if let panel = layout.panel, panel.contains(x: mouse.x, y: mouse.y) {
    if state.panel == .unscheduled || state.panel == .conflicts {
      state.panelFocused = true
      let item = mouse.y - panel.y - 1 + panelScroll(state, rows: panel.height - 1)
      let count =
        state.panel == .unscheduled ? state.panelTalks.count : state.sortedConflicts.count
      if item >= 0 && item < count { state.panelCursor = item }
    }
    return []
  }
  // A grid cell.
  guard mouse.y >= layout.gridTop, mouse.y < layout.gridTop + layout.gridRows,
    mouse.x >= layout.timeWidth, mouse.x < layout.gridWidth
  else { return [] }
  let room = state.scrollRoom + (mouse.x - layout.timeWidth) / layout.roomWidth
  guard room < state.schedule.rooms.count else { return [] }
  state.panelFocused = false
  state.cursor = GridCursor(room: room, row: state.scrollRow + mouse.y - layout.gridTop)
  state.scrollToCursor()
  return []
}
