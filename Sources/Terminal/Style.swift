/// A terminal color: the terminal's default, one of the 16 basic colors, or one of 256.
public struct Color: Hashable, Sendable {
  /// -1 is the terminal's default; 0–15 the basic colors; 16–255 the extended palette.
  public let index: Int

  public init(_ index: Int) { self.index = index }

  public static let `default` = Color(-1)
  public static let black = Color(0)
  public static let red = Color(1)
  public static let green = Color(2)
  public static let yellow = Color(3)
  public static let blue = Color(4)
  public static let magenta = Color(5)
  public static let cyan = Color(6)
  public static let white = Color(7)
  public static let brightBlack = Color(8)
  public static let brightRed = Color(9)
  public static let brightGreen = Color(10)
  public static let brightYellow = Color(11)
  public static let brightBlue = Color(12)
  public static let brightMagenta = Color(13)
  public static let brightCyan = Color(14)
  public static let brightWhite = Color(15)
}

/// How a cell looks.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool

  public init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false,
    underline: Bool = false, reverse: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }

  public static let plain = Style()

  public func with(
    foreground: Color? = nil, background: Color? = nil, bold: Bool? = nil,
    underline: Bool? = nil, reverse: Bool? = nil, dim: Bool? = nil
  ) -> Style {
    Style(
      foreground: foreground ?? self.foreground, background: background ?? self.background,
      bold: bold ?? self.bold, underline: underline ?? self.underline,
      reverse: reverse ?? self.reverse, dim: dim ?? self.dim)
  }
}
