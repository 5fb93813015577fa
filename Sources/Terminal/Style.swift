import Foundation

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

  /// A colour of the 256-colour palette's 6×6×6 cube, each level 0…5.
  public static func cube(_ red: Int, _ green: Int, _ blue: Int) -> Color {
    Color(16 + 36 * red + 6 * green + blue)
  }

  /// The red, green and blue (0…255) that xterm shows for this colour; nil for the default.
  public var rgb: (red: Int, green: Int, blue: Int)? {
    switch index {
    case 0..<16:
      let basic = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
        (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
        (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
      ]
      return basic[index]
    case 16..<232:
      let levels = [0, 95, 135, 175, 215, 255]
      let n = index - 16
      return (levels[n / 36], levels[n / 6 % 6], levels[n % 6])
    case 232..<256:
      let grey = 8 + 10 * (index - 232)
      return (grey, grey, grey)
    default:
      return nil
    }
  }

  /// Relative luminance (WCAG 2), 0 for black to 1 for white; nil for the default colour.
  public var luminance: Double? {
    guard let (r, g, b) = rgb else { return nil }
    func linear(_ value: Int) -> Double {
      let c = Double(value) / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055).power(2.4)
    }
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  }
}

extension Double {
  fileprivate func power(_ exponent: Double) -> Double { Foundation.pow(self, exponent) }
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
