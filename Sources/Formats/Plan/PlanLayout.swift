/// An A4 sheet, either way round, less the printed pages' margins.
struct PageBox {
  enum Orientation: String, Sendable { case portrait, landscape }

  static let margin = 12.0

  var orientation: Orientation

  /// The printable width and height, in millimetres.
  var width: Double { (orientation == .portrait ? 210 : 297) - 2 * Self.margin }
  var height: Double { (orientation == .portrait ? 297 : 210) - 2 * Self.margin }

  /// One em of type of `points`, in millimetres.
  static func em(_ points: Double) -> Double { points * 25.4 / 72 }
}

/// How a day's plan goes on paper: the largest type, down to a readable minimum, at which
/// the day fits one A4 page (turned to landscape when that lets the type be larger, or first
/// when there are many rooms); when even the smallest does not fit, sheets that break only
/// between time rows that no talk runs across, each repeating the rooms' header.
///
/// The heights are estimates (`TypeMetrics`, and the sizes the plans' CSS sets), with a
/// margin of safety; a real browser's page count is checked by the tests.
struct PlanLayout: Equatable {
  var orientation: PageBox.Orientation
  /// The type size, in points.
  var size: Double
  /// The time rows of each sheet.
  var sheets: [Range<Int>]

  /// Type sizes tried, largest first; 6.5 pt (a pocket programme's) is the smallest.
  static let sizes = Array(stride(from: 10.0, through: 6.5, by: -0.5))
  /// The size of a day that takes several sheets.
  static let splitSize = 8.0

  /// The estimated heights of a day's parts, in millimetres.
  struct Heights {
    var heading: Double
    var subtitle: Double
    var header: Double
    var rows: [Double]
    var legend: Double
  }

  // The plans' CSS: line height, cell padding and borders, the time column and the headings.
  static let lineHeight = 1.2
  static let cellPadding = 1.2 + 0.3
  static let cellInset = 3.0 + 0.3
  static let timeColumn = 4.6
  static let titleScale = 1.6
  static let subtitleScale = 1.15
  static let swatch = 9.0

  static func choose(_ grid: PlanGrid, title: String, subtitle: String, legend: [String])
    -> PlanLayout
  {
    let orientations: [PageBox.Orientation] =
      grid.columns > 4 ? [.landscape, .portrait] : [.portrait, .landscape]
    for size in sizes {
      for orientation in orientations {
        let box = PageBox(orientation: orientation)
        let h = heights(grid, title: title, subtitle: subtitle, legend: legend, size: size, box)
        let total = h.heading + h.header + h.rows.reduce(0, +) + h.legend
        if total <= usable(box) {
          return PlanLayout(orientation: orientation, size: size, sheets: [0..<grid.rows])
        }
      }
    }
    let box = PageBox(orientation: orientations[0])
    let h = heights(grid, title: title, subtitle: subtitle, legend: legend, size: splitSize, box)
    return PlanLayout(
      orientation: box.orientation, size: splitSize, sheets: split(grid, h, usable(box)))
  }

  /// A page's height less a margin of safety for what the estimates cannot know (fonts a
  /// little wider, rounding of rows).
  static func usable(_ box: PageBox) -> Double { box.height * 0.94 - 4 }

  /// Sheets of whole segments (rows between two places where a page may break), as many as
  /// fit each page; a segment taller than a page gets a sheet of its own.
  static func split(_ grid: PlanGrid, _ h: Heights, _ page: Double) -> [Range<Int>] {
    var sheets: [Range<Int>] = []
    var start = 0
    var used = h.heading + h.header
    var r = 0
    while r < grid.rows {
      var end = r + 1
      while end < grid.rows && !grid.canBreak(before: end) { end += 1 }
      let height = h.rows[r..<end].reduce(0, +)
      // A sheet that holds nothing yet takes the segment whatever its height.
      if r > start && used + height > page {
        sheets.append(start..<r)
        start = r
        used = h.subtitle + h.header
      }
      used += height
      r = end
    }
    sheets.append(start..<grid.rows)
    return sheets
  }

  static func heights(
    _ grid: PlanGrid, title: String, subtitle: String, legend: [String], size: Double,
    _ box: PageBox
  ) -> Heights {
    let em = PageBox.em(size)
    let line = lineHeight * em
    let time = timeColumn * em + cellInset
    let column = (box.width - time) / Double(grid.columns)
    func cellHeight(_ blocks: [TextBlock], columns: Int) -> Double {
      let width = (column * Double(columns) - cellInset) / em
      let lines = blocks.reduce(0.0) {
        $0 + Double(TypeMetrics.lines($1.text, width: width / $1.scale, bold: $1.bold))
          * $1.scale
      }
      return max(1, lines) * line + cellPadding
    }
    var rows = [Double](repeating: line + cellPadding, count: grid.rows)
    for cell in grid.cells.sorted(by: { $0.rowspan < $1.rowspan }) {
      let spanned = cell.row..<(cell.row + cell.rowspan)
      let need = cellHeight(cell.blocks, columns: cell.colspan)
      let short = need - rows[spanned].reduce(0, +)
      guard short > 0 else { continue }
      for r in spanned { rows[r] += short / Double(cell.rowspan) }
    }
    let header =
      grid.plan.rooms.map { room in
        cellHeight(
          [TextBlock("\(grid.plan.name(room)) (\(room.capacity))", bold: true)], columns: 1)
      }.max() ?? (line + cellPadding)
    let titleLines = TypeMetrics.lines(title, width: box.width / (titleScale * em), bold: true)
    let subtitleLines = TypeMetrics.lines(
      subtitle, width: box.width / (subtitleScale * em), bold: false)
    let subtitleHeight = Double(subtitleLines) * lineHeight * subtitleScale * em + 3
    let heading = Double(titleLines) * lineHeight * titleScale * em + 1 + subtitleHeight
    // The legend runs in two columns, each item a swatch, a letter and the theme's name.
    let legendWidth = (box.width / 2 - swatch) / em
    let items = legend.map {
      Double(TypeMetrics.lines($0, width: legendWidth, bold: false)) * line + 1
    }
    let legendHeight =
      items.isEmpty ? 0 : items.reduce(0, +) / 2 + (items.max() ?? 0) + 4
    return Heights(
      heading: heading, subtitle: subtitleHeight, header: header, rows: rows, legend: legendHeight)
  }
}
