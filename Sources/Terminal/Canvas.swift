import TextWidth

/// A screen drawn on from either side. Mirrored, every position and rectangle is reflected
/// (a block at column x of width w lands at `width − x − w`), so that a layout written left
/// to right comes out right to left for an Arabic interface: the time column on the right,
/// rooms from right to left, the side panel on the left. Each text keeps its reading order
/// (bidi orders it), aligned to its right edge, and box corners face the other way.
public struct Canvas {
  public var screen: Screen
  public let mirrored: Bool

  public init(_ screen: Screen, mirrored: Bool) {
    self.screen = screen
    self.mirrored = mirrored
  }

  public var width: Int { screen.width }
  public var height: Int { screen.height }

  /// The physical column of the block `[x, x + w)`.
  private func column(_ x: Int, width w: Int) -> Int { mirrored ? width - x - w : x }

  /// ``Screen/put(_:x:y:style:limit:)``; returns the columns used.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil)
    -> Int
  {
    guard mirrored else { return screen.put(text, x: x, y: y, style: style, limit: limit) }
    let room = max(0, min(limit.map { max(0, $0) } ?? (width - x), width - x))
    let used = min(TerminalText.visible(text).displayWidth, room)
    guard used > 0 else { return 0 }
    screen.put(Self.turned(text), x: column(x, width: used), y: y, width: used, style: style)
    return used
  }

  /// ``Screen/put(_:x:y:width:style:alignment:)``: mirrored, leading is the right edge.
  public mutating func put(
    _ text: String, x: Int, y: Int, width w: Int, style: Style, alignment: Alignment = .leading
  ) {
    guard mirrored else {
      return screen.put(text, x: x, y: y, width: w, style: style, alignment: alignment)
    }
    let turned: Alignment =
      alignment == .leading ? .trailing : alignment == .trailing ? .leading : .center
    screen.put(
      Self.turned(text), x: column(x, width: w), y: y, width: w, style: style,
      alignment: turned)
  }

  public mutating func fill(_ rect: Rect, style: Style, with text: String = " ") {
    screen.fill(reflected(rect), style: style, with: text)
  }

  public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
    screen.restyle(reflected(rect), change)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { screen[mirrored ? width - 1 - x : x, y] }
    set { screen[mirrored ? width - 1 - x : x, y] = newValue }
  }

  public func shows(_ glyph: Character, x: Int, y: Int) -> Bool {
    screen.shows(Self.turned(glyph), x: mirrored ? width - 1 - x : x, y: y)
  }

  private func reflected(_ rect: Rect) -> Rect {
    guard mirrored else { return rect }
    return Rect(x: width - rect.x - rect.width, y: rect.y, width: rect.width, height: rect.height)
  }

  /// Box corners and joints facing the other way; any other character as it is.
  static let turns: [Character: Character] = [
    "┌": "┐", "┐": "┌", "└": "┘", "┘": "└", "├": "┤", "┤": "├",
  ]

  static func turned(_ character: Character) -> Character { turns[character] ?? character }

  static func turned(_ text: String) -> String {
    text.contains(where: { turns[$0] != nil }) ? String(text.map(turned)) : text
  }
}
