import Terminal

/// The editor's colors, or a monochrome scheme that still tells selection, conflicts and
/// themes apart (reverse, bold, underline and letters), for NO_COLOR and plain terminals.
struct Palette {
  let color: Bool
  /// How many colours the terminal shows: 8, 16 or 256.
  var colors = 256

  /// Theme backgrounds on 256-colour terminals: twelve colours of the cube chosen one by
  /// one, each the farthest (in CIELAB) from those before it among the colours of middle
  /// lightness, so that any two differ by ΔE 50 or more and the first themes most of all;
  /// each with the text colour that reads best on it.
  static let cubeThemes: [Color] = [
    .cube(5, 4, 0), .cube(1, 0, 5), .cube(0, 4, 5), .cube(5, 0, 1), .cube(0, 5, 0),
    .cube(5, 3, 5), .cube(1, 3, 1), .cube(5, 3, 2), .cube(5, 0, 4), .cube(0, 1, 4),
    .cube(1, 1, 1), .cube(5, 1, 0),
  ]

  /// Theme backgrounds on 16 colours: they repeat and look alike, so letters name the
  /// themes as well (``themeLetters``).
  private static let basicThemes: [(bg: Color, fg: Color)] = [
    (.blue, .brightWhite), (.green, .black), (.yellow, .black), (.magenta, .brightWhite),
    (.cyan, .black), (.red, .brightWhite), (.brightBlue, .black), (.brightGreen, .black),
    (.brightYellow, .black), (.brightMagenta, .black), (.brightCyan, .black), (.white, .black),
  ]

  /// The block style of theme number `i` (-1: no theme).
  func theme(_ i: Int) -> Style {
    guard color else { return Style() }
    guard i >= 0 else { return Style(foreground: .black, background: .white) }
    if colors >= 256 {
      let background = Self.cubeThemes[i % Self.cubeThemes.count]
      return Style(foreground: Self.text(on: background), background: background)
    }
    // Eight colours have no bright ones: the six hues and white.
    let themes =
      colors >= 16
      ? Self.basicThemes
      : Array(Self.basicThemes.prefix(6)) + [
        (.white, .black)
      ]
    let pair = themes[i % themes.count]
    return Style(foreground: pair.fg, background: pair.bg)
  }

  /// Whether blocks, the legend and lists name themes by letter: in monochrome, and where
  /// colours alone cannot tell eight or more themes apart.
  var themeLetters: Bool { !color || colors < 256 }

  /// Black or white text, whichever contrasts more with `background` (WCAG ratio).
  static func text(on background: Color) -> Color {
    let l = background.luminance ?? 1
    return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? .black : .brightWhite
  }

  /// A letter that names theme `i` in monochrome (`A`, `B`, …).
  static func letter(_ i: Int) -> String {
    guard i >= 0 else { return "-" }
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return String(letters[i % letters.count])
  }

  var header: Style {
    color
      ? Style(foreground: .brightWhite, background: .blue, bold: true)
      : Style(bold: true, reverse: true)
  }
  var tab: Style { Style() }
  var tabSelected: Style {
    color
      ? Style(foreground: .black, background: .brightYellow, bold: true)
      : Style(bold: true, reverse: true)
  }
  var roomHead: Style { Style(bold: true, underline: true) }
  var time: Style { Style(dim: true) }
  var timeHour: Style { Style(bold: true) }
  var cursorTime: Style { Style(bold: true, reverse: true) }
  var closed: Style { color ? Style(foreground: .brightBlack) : Style(dim: true) }
  var breakRow: Style {
    color ? Style(foreground: .black, background: .brightBlack) : Style(reverse: true, dim: true)
  }
  var separator: Style { color ? Style(foreground: .brightBlack) : Style(dim: true) }
  var cursorCell: Style { Style(reverse: true) }
  var fit: Style { color ? Style(foreground: .brightGreen, bold: true) : Style(bold: true) }
  var ghostFits: Style {
    color
      ? Style(foreground: .black, background: .brightGreen, bold: true)
      : Style(bold: true, underline: true, reverse: true)
  }
  var ghostClashes: Style {
    color
      ? Style(foreground: .brightWhite, background: .red, bold: true)
      : Style(bold: true, underline: true)
  }
  var error: Style { color ? Style(foreground: .brightRed, bold: true) : Style(bold: true) }
  var warning: Style { color ? Style(foreground: .yellow) : Style(underline: true) }
  /// A problem on the status line that puts work at risk (no journal, no lock).
  var alert: Style {
    color
      ? Style(foreground: .brightWhite, background: .red, bold: true) : Style(bold: true)
  }
  /// A notice on the status line (the journal went to the state folder).
  var notice: Style {
    color ? Style(foreground: .black, background: .yellow) : Style(underline: true)
  }
  var ok: Style { color ? Style(foreground: .green) : Style() }
  var status: Style { color ? Style(foreground: .black, background: .white) : Style(reverse: true) }
  var statusKey: Style {
    color
      ? Style(foreground: .blue, background: .white, bold: true) : Style(bold: true, reverse: true)
  }
  var panelTitle: Style { Style(bold: true) }
  var panelTab: Style { Style(dim: true) }
  var panelTabSelected: Style { Style(bold: true, underline: true) }
  var panelSelected: Style { Style(reverse: true) }
  var dim: Style { Style(dim: true) }
  var plain: Style { Style() }
  var modal: Style { Style() }
  var modalBorder: Style { color ? Style(foreground: .brightBlue, bold: true) : Style(bold: true) }
  var fieldFocused: Style { Style(underline: true, reverse: true) }
  /// A cancelled talk in a list: dimmed (ncurses has no strike-through; the ✗ says it).
  var cancelled: Style { color ? Style(foreground: .brightBlack) : Style(dim: true) }
  /// The selected talk's block: one pair of colours on every theme (bright white on black,
  /// bold), so that the cursor never becomes dark blue on black.
  var selectedBlock: Style {
    color
      ? Style(foreground: .brightWhite, background: .black, bold: true, underline: true)
      : Style(bold: true, reverse: true)
  }
  /// Text that the next key typed replaces.
  var selectedText: Style {
    color ? Style(foreground: .black, background: .cyan) : Style(bold: true, reverse: true)
  }
}
