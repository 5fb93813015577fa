import Scheduling

/// A day's plan as a table: rows between the moments something starts or ends, a column
/// per room, cells spanning rows by duration (and every column for plenaries and breaks).
/// Printed pages lay it out and measure it; nothing here is HTML but the cells' content.
struct PlanGrid {
  /// One table cell: where it starts, what it spans, its HTML and its text for measuring.
  struct Cell {
    var row: Int
    var column: Int
    var rowspan = 1
    var colspan = 1
    var classes: String
    var html: String
    /// Each block starts a new line; bold ones are titles.
    var blocks: [TextBlock]
  }

  let plan: DayPlan
  /// The times of the row edges: row `r` runs from `times[r]` to `times[r + 1]`.
  let times: [Int]
  let columns: Int
  private(set) var cells: [Cell] = []
  /// Each position's cell index; nil is a free cell.
  private(set) var owner: [[Int?]]

  var rows: Int { max(0, times.count - 1) }

  typealias Content = (classes: String, html: String, [TextBlock])

  init(
    _ plan: DayPlan, cell: (DayPlan.Item) -> Content, block: (DayPlan.Block) -> Content
  ) {
    self.plan = plan
    var edges: Set<Int> = [plan.day.opens.minutes, plan.day.closes.minutes]
    for item in plan.loose { edges.formUnion([item.start, item.end]) }
    for session in plan.blocks { edges.formUnion([session.start, session.end]) }
    for pause in plan.breaks { edges.formUnion([pause.start.minutes, pause.end.minutes]) }
    times = edges.sorted()
    // An event without rooms still has its breaks: they take one unnamed column.
    columns = max(1, plan.rooms.count)
    owner = [[Int?]](
      repeating: [Int?](repeating: nil, count: columns), count: max(0, times.count - 1))
    guard times.count > 1 else { return }
    for pause in plan.breaks {
      let title = plan.breakTitle(pause)
      let span = PlanText.span(pause.start.minutes, pause.end.minutes)
      place(
        Cell(
          row: row(pause.start.minutes), column: 0, classes: "break",
          html: "\(PlanHTML.isolated(title)) · \(span)",
          blocks: [TextBlock("\(title) · \(span)")]),
        until: row(pause.end.minutes), columns: columns)
    }
    for session in plan.blocks {
      let (classes, html, blocks) = block(session)
      place(
        Cell(
          row: row(session.start), column: plan.column[session.room.id] ?? 0, classes: classes,
          html: html, blocks: blocks),
        until: row(session.end), columns: 1)
    }
    for item in plan.loose {
      let (classes, html, blocks) = cell(item)
      let column = item.allRooms ? 0 : (plan.column[item.room.id] ?? 0)
      place(
        Cell(row: row(item.start), column: column, classes: classes, html: html, blocks: blocks),
        until: row(item.end), columns: item.allRooms ? columns : 1)
    }
  }

  private func row(_ minute: Int) -> Int { times.firstIndex(of: minute) ?? 0 }

  private mutating func place(_ cell: Cell, until end: Int, columns span: Int) {
    let spanned = cell.column..<min(columns, cell.column + span)
    let row = owner[cell.row]
    if let taken = spanned.lazy.compactMap({ row[$0] }).first {
      // A clash: both in one cell, so that nothing is hidden.
      cells[taken].html += "<hr>" + cell.html
      cells[taken].blocks += cell.blocks
      return
    }
    var placed = cell
    placed.colspan = span
    // A talk that overlaps a later one in its room stops where that one starts, so that
    // the table stays a table; the overlap is a conflict that `check` reports.
    var last = cell.row + 1
    while last < min(rows, end)
      && spanned.allSatisfy({ [owner] in owner[last][$0] == nil })
    {
      last += 1
    }
    placed.rowspan = last - cell.row
    cells.append(placed)
    for r in cell.row..<min(rows, cell.row + placed.rowspan) {
      for c in spanned { owner[r][c] = cells.count - 1 }
    }
  }

  /// The cell that starts at row `r`, column `c`, if one does.
  func cell(startingAt r: Int, _ c: Int) -> Cell? {
    guard let index = owner[r][c], cells[index].row == r, cells[index].column == c else {
      return nil
    }
    return cells[index]
  }

  /// Whether a page may break before row `r`: no cell runs across it.
  func canBreak(before r: Int) -> Bool {
    !cells.contains { $0.row < r && r < $0.row + $0.rowspan }
  }
}

/// A run of text that starts a line of its own in a printed cell.
struct TextBlock {
  var text: String
  var bold = false
  /// Its type size against the cell's (speakers' lines are set smaller).
  var scale = 1.0

  init(_ text: String, bold: Bool = false, scale: Double = 1) {
    self.text = text
    self.bold = bold
    self.scale = scale
  }
}
