import Formats
import Foundation
import Scheduling
import TextWidth

/// The legend under the grid: the block marks, then every theme's colour (or letter) and
/// name, packed into as many rows as it takes (up to three) so that no theme is left out.
/// The layout reserves its rows and the view draws them: one packing serves both.
struct Legend: Equatable {
  /// One entry: the marks (theme nil) or a theme, at a column of a row.
  struct Entry: Equatable {
    var theme: Int?
    var text: String
    var x: Int
  }

  static let maximumRows = 3

  /// The legend of `state`, packed once for each width, language and set of themes: the
  /// layout asks for it several times a frame.
  static func of(_ state: EditorState, width: Int) -> Legend {
    let key = Key(
      width: width, color: state.color, ui: state.ui, language: state.language,
      themes: Array(state.schedule.themes))
    return memo.value(for: key) { Legend(state, width: width) }
  }

  struct Key: Equatable {
    var width: Int
    var color: Bool
    var ui: InterfaceLanguage
    var language: String
    var themes: [Theme]
  }

  /// The last legend packed, behind a lock (the editor's state may be drawn off its thread).
  final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (key: Key, legend: Legend)?

    func value(for key: Key, _ make: () -> Legend) -> Legend {
      lock.lock()
      defer { lock.unlock() }
      if let last, last.key == key { return last.legend }
      let legend = make()
      last = (key, legend)
      return legend
    }
  }

  private static let memo = Memo()
  let rows: [[Entry]]
  /// Themes that did not fit even in three rows of shortened names.
  let hidden: Int

  init(_ state: EditorState, width: Int) {
    let marks = Interface.text("! error  ? tentative  * pinned", in: state.ui)
    let schedule = state.schedule
    let names = schedule.themes.map {
      localized($0.name, $0.names, primary: schedule.event.language, in: state.language)
    }
    let swatch = state.color ? 3 : 4
    var packed: (rows: [[Entry]], hidden: Int) = ([], 0)
    // The longest names that let every theme fit; else the shortest, and a count of the rest.
    for limit in [22, 16, 12, 8] {
      packed = Self.pack(marks: marks, names: names, limit: limit, swatch: swatch, width: width)
      if packed.hidden == 0 { break }
    }
    (rows, hidden) = packed
  }

  private static func pack(
    marks: String, names: [String], limit: Int, swatch: Int, width: Int
  ) -> (rows: [[Entry]], hidden: Int) {
    var rows: [[Entry]] = [[Entry(theme: nil, text: marks, x: 0)]]
    var x = marks.displayWidth + 3
    for (i, name) in names.enumerated() {
      let text = name.truncated(toWidth: limit)
      let needed = swatch + text.displayWidth
      if x + needed > width, x > 0 {
        guard rows.count < maximumRows else { return (rows, names.count - i) }
        rows.append([])
        x = 0
      }
      rows[rows.count - 1].append(Entry(theme: i, text: text, x: x))
      x += needed + 2
    }
    return (rows, 0)
  }
}
