import Formats
import Testing
import TextWidth

@testable import Editor
@testable import Scheduling
@testable import Terminal

@Suite struct ViewTests {
  /// Every row of the screen takes exactly its width: no character shifted the columns.
  func expectAligned(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
    for y in 0..<screen.height {
      let width = screen.line(y).displayWidth
      #expect(
        width == screen.width, "row \(y) is \(width) columns: \(screen.line(y))",
        sourceLocation: sourceLocation)
    }
  }

  @Test(arguments: [(80, 24), (120, 40), (60, 16)])
  func theGridAtCommonSizes(size: (Int, Int)) {
    let screen = view(Sample.state(width: size.0, height: size.1))
    expectAligned(screen)
    expectSnapshot(screen, "grid-\(size.0)x\(size.1)")
  }

  @Test func aTooSmallTerminalSaysSo() {
    let screen = view(Sample.state(width: 59, height: 16))
    #expect(screen.text.contains("Terminal too small (need 60×16)"))
    let short = view(Sample.state(width: 80, height: 15))
    #expect(short.text.contains("Terminal too small"))
  }

  @Test func arabicTitlesKeepTheColumnsAligned() {
    var state = Sample.state(width: 120, height: 40)
    state.language = "ar"
    let screen = view(state)
    expectAligned(screen)
    #expect(screen.text.contains("الملتقى العربي الخامس"))
    expectSnapshot(screen, "grid-arabic-120x40")
  }

  /// With bidi on, every Arabic title is written in visual order and joined, and the
  /// columns stay aligned; the same screen with bidi off is the logical one.
  @Test func arabicTitlesInVisualOrder() {
    var state = Sample.state(width: 120, height: 40)
    state.language = "ar"
    state.bidi = .on
    let screen = view(state)
    expectAligned(screen)
    #expect(!screen.text.contains("الملتقى العربي الخامس"))
    #expect(screen.text.contains(Bidi.visual("الملتقى العربي الخامس", shape: true)))
    expectSnapshot(screen, "grid-arabic-bidi-120x40")
    state.bidi = .off
    expectSnapshot(view(state), "grid-arabic-120x40")
  }

  @Test func wideTitlesKeepTheColumnsAligned() {
    var schedule = Sample.schedule
    let wide = ["会议开幕式", "中小企业创新与合作论坛", "产业集群与网络", "知识产权保护"]
    for (i, id) in ["opening", "p-reality", "t-clusters-1", "t-ip-1"].enumerated() {
      schedule.talks.modify(at: schedule.talks.index(of: id)!) {
        $0.title = wide[i] + "：" + $0.title
      }
    }
    let state = EditorState(schedule: schedule, file: "cjk.yaml", width: 100, height: 30)
    let screen = view(state)
    expectAligned(screen)
    #expect(screen.text.contains("中小企业"))
    expectSnapshot(screen, "grid-cjk-100x30")
  }

  @Test func carryingShowsFitMarksAndTheGhost() {
    var state = Sample.state(width: 120, height: 40)
    jump(to: state.schedule.talks[id: "t-clusters-1"]!.at!, &state)
    press([.enter, .up, .up, .up, .up, .up], &state)
    let screen = view(state)
    expectAligned(screen)
    #expect(screen.text.contains("✓ Industrial clus"))
    #expect(screen.text.contains("fits without any conflict"))
    expectSnapshot(screen, "carrying-120x40")
  }

  @Test func monochromeStillShowsThemesAndSelection() {
    let state = Sample.state(width: 80, height: 24, color: false)
    let screen = view(state)
    expectAligned(screen)
    // Themes by letter, in the blocks and the legend.
    #expect(screen.text.contains("[A]"))
    #expect(screen.line(3).contains("*Opening ceremony") || screen.line(3).contains("Opening"))
    // The selection is drawn in reverse video, without any color.
    #expect(screen.cells.contains { $0.style.reverse })
    #expect(
      !screen.cells.contains { $0.style.foreground != .default || $0.style.background != .default })
    expectSnapshot(screen, "monochrome-80x24")
  }

  @Test func withoutUTF8NonASCIITextShowsAsQuestionMarks() {
    var state = Sample.state(width: 100, height: 30, unicode: false)
    state.language = "ar"
    let screen = view(state)
    #expect(screen.cells.allSatisfy { $0.text.allSatisfy(\.isASCII) })
    #expect(screen.text.contains("UTF-8 locale"))
    #expect(screen.text.contains("???"))
  }

  @Test func theDetailsPanelShowsEverythingAboutATalk() {
    var state = Sample.state(width: 120, height: 40)
    jump(to: state.schedule.talks[id: "p-reality"]!.at!, &state)
    let text = view(state).text
    #expect(text.contains("p-reality"))
    #expect(text.contains("ar: واقع الصناعات"))
    #expect(text.contains("Audience: 250 of 500 seats"))
    #expect(text.contains("Leïla Haddad, National Agency"))
    #expect(text.contains("Needs: interpretation"))
  }

  /// An Arabic title in a form: stored as typed, drawn in visual order, the cursor on the
  /// last character typed.
  @Test func anArabicFieldIsDrawnInVisualOrder() {
    var state = Sample.state(width: 100, height: 30)
    state.bidi = .on
    let opening = state.schedule.talks[id: "opening"]!
    var form = Form.talk(opening, isNew: false, in: state.schedule)
    let arabic = form.fields.firstIndex { $0.key == "title.ar" }!
    form.focus = arabic
    state.mode = .form(form)
    press([.end], &state)
    type(" ٢٠١٠", &state)
    guard case .form(let typed) = state.mode else { return }
    #expect(typed.text("title.ar") == "حفل الافتتاح ٢٠١٠")
    let screen = view(state)
    #expect(screen.text.contains(Bidi.visual("حفل الافتتاح ٢٠١٠", shape: true)))
    expectSnapshot(screen, "form-arabic-bidi-100x30")
    // The cursor cell is on the last digit typed, wherever the bidi order draws it.
    let row = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.contains(Bidi.visual("حفل الافتتاح ٢٠١٠", shape: true)) }!
    let cursor = (0..<screen.width).first {
      screen[$0, row].style == Palette(color: true).cursorCell
    }
    #expect(cursor.map { screen[$0, row].text } == "٠")
  }

  @Test func formsListsAndHelpAreDrawn() {
    var state = Sample.state(width: 100, height: 30)
    press([.character("e")], &state)
    expectSnapshot(view(state), "form-100x30")
    press([.escape, .character("R")], &state)
    #expect(view(state).text.contains("tassili  Tassili room  40 seats  projector, whiteboard"))
    press([.escape, .character("?")], &state)
    let help = view(state).text
    #expect(help.contains("Keys"))
    #expect(help.contains("Move up a slot"))
  }
}

extension ViewTests {
  /// The legend shows every theme, at 120 columns and at 80, in every interface language,
  /// in colour and in monochrome: it takes a second or third row rather than leave one out.
  @Test(arguments: [(120, 40), (80, 24)])
  func theLegendShowsEveryTheme(width: Int, height: Int) {
    for ui in [InterfaceLanguage.en, .fr, .ar] {
      for color in [true, false] {
        // The forum's eight themes, with long names.
        var schedule = Sample.schedule
        for n in schedule.themes.count..<8 {
          schedule.themes.append(
            Theme(id: "extra-\(n)", name: "Modern support mechanisms, number \(n)"))
        }
        var state = EditorState(
          schedule: schedule, file: "f.yaml", width: width, height: height, color: color,
          unicode: true)
        state.ui = ui
        let legend = state.layout.legend
        #expect(legend.hidden == 0, "\(ui) \(width)")
        let shown = legend.rows.flatMap { $0 }.compactMap(\.theme)
        #expect(shown == Array(state.schedule.themes.indices), "\(ui) \(width) color \(color)")
        #expect(state.layout.gridRows >= 10)
        let text = view(state).text
        #expect(text.contains("? tentative") || ui != .en)
      }
    }
  }
}

extension ViewTests {
  /// At 80×24 there is no side panel: i shows the details over the grid until Esc.
  @Test func detailsShowAtEightyColumns() {
    var state = Sample.state(width: 80, height: 24)
    if let at = state.schedule.talks[id: "t-clusters-1"]?.at { _ = jump(to: at, &state) }
    #expect(state.layout.panel == nil)
    press([.character("i")], &state)
    #expect(state.layout.panel != nil)
    #expect(view(state).text.contains("t-clusters-1"))
    press([.escape], &state)
    #expect(state.layout.panel == nil)
  }

  /// The help leaves no fragment of the side panel beside it: rows it covers are cleared
  /// from edge to edge when its margins are too narrow to show anything whole.
  @Test func theHelpLeavesNoFragmentsBesideIt() {
    var state = Sample.state(width: 120, height: 40)
    press([.character("?")], &state)
    let rows = view(state).text.split(separator: "\n", omittingEmptySubsequences: false)
    let framed = rows.filter { $0.contains("│") && !$0.contains("┌") && !$0.contains("└") }
    #expect(!framed.isEmpty)
    for row in framed {
      let outside = row.split(separator: "│", omittingEmptySubsequences: false)
      #expect(outside.first?.trimmingCharacters(in: .whitespaces) == "", "\(row)")
      #expect(outside.last?.trimmingCharacters(in: .whitespaces) == "", "\(row)")
    }
  }
}

extension ViewTests {
  /// Two talks in a row in one room keep a boundary: the first one's last row is underlined.
  /// Titles wrap over a block's rows before its speakers.
  @Test func blocksInARowKeepTheirBoundary() throws {
    var state = Sample.state(width: 120, height: 40)
    let first = try #require(state.schedule.talks[id: "t-clusters-1"]?.at)
    let duration = state.schedule.talks[id: "t-clusters-1"]!.duration
    let next = try #require(
      state.schedule.talks.first {
        $0.at?.room == first.room && $0.at?.date == first.date
          && $0.at?.start.minutes == first.start.minutes + duration
      })
    _ = jump(to: next.at!, &state)
    let screen = view(state)
    let layout = state.layout
    let x = layout.roomX(state.schedule.rooms.index(of: first.room)! - state.scrollRoom) + 2
    func y(_ minutes: Int) -> Int { layout.gridTop + state.row(ofTime: minutes) - state.scrollRow }
    let slot = state.schedule.event.slot
    let lastRow = y(first.start.minutes + duration - slot)
    #expect(screen[x, lastRow].style.underline)
    #expect(!screen[x, y(first.start.minutes)].style.underline)
    // A 45-minute talk shows two rows of its title, then its speaker.
    let text = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
    let top = String(text[y(first.start.minutes)]) + String(text[y(first.start.minutes) + 1])
    #expect(top.contains("Industrial") && top.contains("clusters"))
  }
}
