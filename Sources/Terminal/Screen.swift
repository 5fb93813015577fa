import TextWidth

/// One character cell: a grapheme (a base character with its combining marks) and its style.
/// A wide character fills its cell and marks the next one as its continuation.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var style: Style
  /// 1 for most characters, 2 for the first cell of a wide one, 0 for its second cell.
  public var width: Int

  public init(_ text: String = " ", style: Style = .plain, width: Int = 1) {
    self.text = text
    self.style = style
    self.width = width
  }

  public static let blank = Cell()
}

/// A rectangle of cells, in columns and rows.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < x + width && py >= y && py < y + height
  }
}

/// A grid of cells the size of the terminal: what the view draws and a backend shows.
///
/// Text is placed by display width, so Arabic (one column per letter, marks on their base),
/// accented and wide characters (two columns) never shift what follows.
public struct Screen: Equatable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Show the interface's glyphs as their ASCII twins and other non-ASCII text as `?`
  /// (for terminals without a UTF-8 locale; see ``Glyphs``).
  public var asciiOnly = false
  /// How right-to-left text is written (see ``BidiMode``). Each piece of text is cut to its
  /// room in logical order first, so that a reader sees a title's beginning and the ellipsis
  /// at its logical end; then it is reordered (and shaped) and placed by display width.
  public var bidi = BidiMode.off
  /// Whether each line is a right-to-left paragraph (an Arabic interface) rather than one
  /// whose first letter decides.
  public var rightToLeft = false

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// Whether the cell at `x`, `y` shows `glyph` (or, ASCII only, its twin).
  public func shows(_ glyph: Character, x: Int, y: Int) -> Bool {
    self[x, y].text == String(asciiOnly ? Glyphs.ascii(glyph) : glyph)
  }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Fills a rectangle (clipped to the screen) with blanks of `style`.
  public mutating func fill(_ rect: Rect, style: Style, with text: String = " ") {
    for (x, y) in clipped(rect) { self[x, y] = Cell(text, style: style) }
  }

  /// The cells of `rect` that are on the screen.
  private func clipped(_ rect: Rect) -> [(Int, Int)] {
    let x0 = max(0, rect.x)
    let x1 = min(width, rect.x + rect.width)
    let y0 = max(0, rect.y)
    let y1 = min(height, rect.y + rect.height)
    guard x0 < x1, y0 < y1 else { return [] }
    var cells: [(Int, Int)] = []
    cells.reserveCapacity((x1 - x0) * (y1 - y0))
    for y in y0..<y1 {
      for x in x0..<x1 { cells.append((x, y)) }
    }
    return cells
  }

  /// Writes `text` from column `x` of row `y` in `style`, stopping before column
  /// `x + limit` (or the screen's edge). Returns the columns used.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil)
    -> Int
  {
    // Controls would command the terminal: they show as `^[`, `^G`… (line breaks and tabs,
    // which the layout has already used, are left out below).
    var text = TerminalText.visible(text)
    if reorders(text) {
      let room = max(0, min(width, limit.map { x + max(0, $0) } ?? width) - max(0, x))
      text = Bidi.visual(
        text.truncated(toWidth: room), shape: bidi == .on, rightToLeft: rightToLeft)
    }
    return place(text, x: x, y: y, style: style, limit: limit)
  }

  /// Whether `text` is to be written in visual order.
  private func reorders(_ text: String) -> Bool {
    bidi.reorders && !asciiOnly && Bidi.hasRightToLeft(text)
  }

  /// ``put(_:x:y:style:limit:)`` for text whose controls are already made visible.
  @discardableResult
  private mutating func place(_ text: String, x: Int, y: Int, style: Style, limit: Int?) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, limit.map { x + max(0, $0) } ?? width)
    var column = x
    for character in text {
      var character = character
      if asciiOnly { character = Glyphs.ascii(character) }
      // Line breaks and other controls would move the terminal's cursor: never draw them.
      if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
      ) {
        continue
      }
      let w = DisplayWidth.of(character)
      if w == 0 {
        // A lone combining mark joins the cell before it.
        if column > x, column - 1 < width {
          var target = column - 1
          if self[target, y].width == 0 && target > 0 { target -= 1 }
          self[target, y].text.append(character)
        }
        continue
      }
      if column + w > end { break }
      if column >= 0 {
        breakWide(at: column, y: y)
        if w == 2 { breakWide(at: column + 1, y: y) }
        self[column, y] = Cell(String(character), style: style, width: w)
        if w == 2 { self[column + 1, y] = Cell("", style: style, width: 0) }
      }
      column += w
    }
    return column - x
  }

  /// Writes `text` cut to `width` columns (with an ellipsis) and padded with spaces.
  public mutating func put(
    _ text: String, x: Int, y: Int, width: Int, style: Style, alignment: Alignment = .leading
  ) {
    guard width > 0 else { return }
    var fitted = TerminalText.visible(text)
    if asciiOnly { fitted = Glyphs.ascii(fitted) }
    fitted = fitted.fitted(toWidth: width, alignment: alignment)
    if reorders(fitted) {
      fitted = Bidi.visual(fitted, shape: bidi == .on, rightToLeft: rightToLeft)
    }
    place(fitted, x: x, y: y, style: style, limit: width)
  }

  /// Overwriting half of a wide character leaves the other half blank.
  private mutating func breakWide(at x: Int, y: Int) {
    guard x >= 0, x < width else { return }
    let cell = self[x, y]
    if cell.width == 0 && x > 0 && self[x - 1, y].width == 2 {
      self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
    } else if cell.width == 2 && x + 1 < width {
      self[x + 1, y] = Cell(" ", style: cell.style)
    }
  }

  /// Changes the style of the cells in a rectangle, keeping their text.
  public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
    for (x, y) in clipped(rect) { self[x, y].style = change(self[x, y].style) }
  }

  /// Row `y` as text, wide characters once, trailing spaces kept.
  public func line(_ y: Int) -> String {
    var out = ""
    for x in 0..<width where self[x, y].width != 0 { out += self[x, y].text }
    return out
  }

  /// The whole screen as text, one line per row, trailing spaces removed: for snapshots.
  public var text: String {
    (0..<height).map { y in
      var line = self.line(y)
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }
}
