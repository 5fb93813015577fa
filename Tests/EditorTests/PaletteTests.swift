import Foundation
import Testing

@testable import Editor
@testable import Terminal

/// Theme colours judged as a reader sees them: CIELAB distance between backgrounds, WCAG
/// contrast of the text on them (formulas written here, apart from the palette's).
@Suite struct PaletteTests {
  static func linear(_ value: Int) -> Double {
    let c = Double(value) / 255
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
  }

  static func lab(_ color: Color) -> (Double, Double, Double) {
    let (r, g, b) = color.rgb!
    let (lr, lg, lb) = (linear(r), linear(g), linear(b))
    let x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047
    let y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
    let z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883
    func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
  }

  static func distance(_ a: Color, _ b: Color) -> Double {
    let (l1, a1, b1) = lab(a)
    let (l2, a2, b2) = lab(b)
    return ((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2)).squareRoot()
  }

  static func contrast(_ a: Color, _ b: Color) -> Double {
    func luminance(_ c: Color) -> Double {
      let (r, g, b) = c.rgb!
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }

  let palette = Palette(color: true, colors: 256)

  @Test func twelveThemesLookClearlyDifferentOn256Colours() {
    let styles = (0..<12).map { palette.theme($0) }
    for i in styles.indices {
      for j in styles.indices where j > i {
        let d = Self.distance(styles[i].background, styles[j].background)
        #expect(d >= 40, "themes \(i) and \(j) differ by ΔE \(d)")
      }
    }
  }

  @Test func textOnEveryThemeIsReadable() {
    for i in 0..<12 {
      let style = palette.theme(i)
      let ratio = Self.contrast(style.foreground, style.background)
      #expect(ratio >= 4.5, "theme \(i): contrast \(ratio)")
    }
    // The selected block stands out from every theme.
    let selected = palette.selectedBlock
    for i in 0..<12 {
      #expect(Self.distance(selected.background, palette.theme(i).background) >= 25)
    }
  }

  @Test func lettersNameThemesWhereColoursCannot() {
    #expect(!Palette(color: true, colors: 256).themeLetters)
    #expect(Palette(color: true, colors: 16).themeLetters)
    #expect(Palette(color: true, colors: 8).themeLetters)
    #expect(Palette(color: false).themeLetters)
    // Eight colours have no bright ones.
    for i in 0..<12 {
      let style = Palette(color: true, colors: 8).theme(i)
      #expect(style.background.index < 8)
    }
  }

  @Test func sixteenColourBlocksAndLegendCarryTheirThemesLetter() {
    var state = Sample.state()
    state.colors = 16
    let text = view(state).text
    let rich = Sample.state()
    let plain = view(rich).text
    // The first theme's letter leads its blocks and its legend swatch.
    #expect(text.contains(" A") && text != plain)
    #expect(
      text.components(separatedBy: "\n").last { $0.contains("The reality") }?.contains(" A ")
        == true)
  }
}
