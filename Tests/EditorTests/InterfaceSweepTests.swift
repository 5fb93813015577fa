import Foundation
import Testing

@testable import Editor
@testable import Formats
@testable import Scheduling
@testable import Terminal

/// Every screen of the editor in Arabic and in French, at the two common sizes: the grid,
/// help, every form and list, pickers, prompts, questions and reports. None shows an English
/// word of the interface; only the schedule's own words (titles, names, ids, features), the
/// keys' names and the conflict kinds' ids stay in Latin letters.
@Suite struct InterfaceSweepTests {
  /// A screen to visit: the keys that open it from the grid on a talk of the sample.
  struct Scene: CustomStringConvertible, Sendable {
    var name: String
    var keys: [Key]
    var solve = false
    /// The solver reports its progress once the keys have started it.
    var progress = false
    /// A form field to go to and open, once the keys have opened the form.
    var open: String?
    /// A form field to go to and what to type into it instead of its value.
    var typed: (field: String, text: String)?
    var description: String { name }
  }

  static let scenes: [Scene] = [
    Scene(name: "grid", keys: []),
    Scene(name: "help", keys: [.character("?")]),
    Scene(name: "help-end", keys: [.character("?"), .end]),
    Scene(name: "talk-form", keys: [.character("e")]),
    Scene(name: "talk-form-error", keys: [.character("e")], typed: ("duration", "1500")),
    Scene(name: "new-talk", keys: [.character("a")]),
    Scene(name: "speaker-picker", keys: [.character("e")], open: "speakers"),
    Scene(name: "rooms", keys: [.character("R")]),
    Scene(name: "room-form", keys: [.character("R"), .enter]),
    Scene(name: "themes", keys: [.character("T")]),
    Scene(name: "theme-form", keys: [.character("T"), .enter]),
    Scene(name: "days", keys: [.character("Y")]),
    Scene(name: "day-form", keys: [.character("Y"), .enter]),
    Scene(name: "speakers", keys: [.character("K")]),
    Scene(name: "sessions", keys: [.character("G")]),
    Scene(name: "session-form", keys: [.character("G"), .character("a")]),
    Scene(name: "speaker-form", keys: [.character("K"), .enter]),
    Scene(
      name: "speaker-form-error", keys: [.character("K"), .enter],
      typed: ("email", "نادية")),
    Scene(name: "unscheduled", keys: [.character("U")]),
    Scene(name: "conflicts", keys: [.character("C")]),
    Scene(name: "details", keys: [.character("i")]),
    Scene(name: "search", keys: [.character("/")]),
    Scene(name: "no-match", keys: [.character("/")] + "ككك".map { .character($0) } + [.enter]),
    Scene(name: "go-to-time", keys: [.character("g")]),
    Scene(name: "theme-filter", keys: [.character("f")]),
    Scene(name: "carrying", keys: [.enter, .right]),
    Scene(name: "swapping", keys: [.character("s")]),
    Scene(name: "delete-talk", keys: [.character("D")]),
    Scene(name: "quit-unsaved", keys: [.character("p"), .character("q")]),
    Scene(name: "print-plan", keys: [.character("P")]),
    Scene(
      name: "command-line", keys: [.character(":")] + "export ".map { .character($0) } + [.tab]),
    Scene(name: "solving", keys: [.character("S")], progress: true),
    Scene(name: "solved", keys: [.character("x"), .character("S")], solve: true),
  ]

  /// Words in Latin letters that may show in any language: the sample's own words, the
  /// keys' names, the conflict kinds' ids.
  static let allowed: Set<String> = {
    let file = (try? String(contentsOfFile: Sample.path, encoding: .utf8)) ?? ""
    var words = Set(latinWords(file) + latinWords(Sample.path))
    words.formUnion(["Enter", "Esc", "Tab", "Ctrl", "PgUp", "PgDn", "Home", "End", "Space"])
    words.formUnion(["Shift", "Delete"])
    words.formUnion(["HH", "MM", "YYYY", "DD", "Multaqa", "pid", "txt", "html"])
    // The command line's commands are the command-line tool's, in every language.
    words.formUnion(["export", "print", "import", "help", "ical", "frab", "csv"])
    for rule in RuleBook.standard.rules { words.formUnion(latinWords(rule.kind.rawValue)) }
    return words
  }()

  /// Whether `word` is allowed, or the visible part of an allowed word a cell cut short:
  /// at its start or its end, or at both (a cell beside a modal's edge) when the part is no
  /// word of the interface.
  static func isAllowed(_ word: String) -> Bool {
    if allowed.contains(word) { return true }
    if allowed.contains(where: {
      $0.count > word.count && ($0.hasPrefix(word) || $0.hasSuffix(word))
    }) {
      return true
    }
    return !interfaceWords.contains(word.lowercased()) && allowed.contains { $0.contains(word) }
  }

  /// Every word of the catalog's English texts.
  static let interfaceWords = Set(Interface.texts.flatMap { latinWords($0.lowercased()) })

  static func latinWords(_ text: String) -> [String] {
    text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 2 }
  }

  /// The English words of the interface a French screen must not show: the catalog's
  /// English words that no French text uses.
  static let englishOnly: Set<String> = {
    let french = Set(Interface.french.values.flatMap { latinWords($0.lowercased()) })
    return Set(
      Interface.texts.flatMap { latinWords($0.lowercased()) }
        .filter { $0.count >= 3 && !french.contains($0) })
  }()

  static func state(_ scene: Scene, ui: InterfaceLanguage, width: Int, height: Int)
    -> EditorState
  {
    var state = Sample.state(width: width, height: height)
    state.ui = ui
    state.bidi = .on
    if let at = state.schedule.talks[id: "t-clusters-1"]?.at { _ = jump(to: at, &state) }
    let effects = press(scene.keys, &state)
    if scene.progress {
      let progress = SolverProgress(
        phase: Phrase("improving"), placed: 40, total: 42, bestScore: 1234.5, elapsed: 2.3)
      _ = update(&state, .solverProgress(progress))
    }
    if let key = scene.open, case .form(let form) = state.mode,
      let i = form.fields.firstIndex(where: { $0.key == key })
    {
      press(Array(repeating: .down, count: i - form.focus) + [.enter], &state)
    }
    if let (key, text) = scene.typed, case .form(let form) = state.mode,
      let i = form.fields.firstIndex(where: { $0.key == key })
    {
      press(Array(repeating: .down, count: i - form.focus) + [.control("u")], &state)
      type(text, &state)
    }
    if scene.solve, case .solve(let input)? = effects.last {
      let result = Solver.solve(
        input, options: SolverOptions(iterations: 2_000, keep: true, exact: false))
      _ = update(&state, .solved(result))
    }
    return state
  }

  @Test(
    arguments: [(InterfaceLanguage.ar, 120, 40), (.ar, 80, 24), (.fr, 120, 40), (.fr, 80, 24)])
  func everyScreenSpeaksTheInterfaceLanguage(ui: InterfaceLanguage, width: Int, height: Int) {
    for scene in Self.scenes {
      let state = Self.state(scene, ui: ui, width: width, height: height)
      let screen = view(state)
      let words = Self.latinWords(screen.text)
      let english =
        ui == .fr
        ? words.filter { Self.englishOnly.contains($0.lowercased()) && !Self.isAllowed($0) }
        : words.filter { !Self.isAllowed($0) }
      #expect(english.isEmpty, "\(ui.rawValue) \(width)×\(height) \(scene): \(Set(english))")
      expectSnapshot(screen, "sweep-\(ui.rawValue)-\(scene.name)-\(width)x\(height)")
    }
  }

  /// The scenes open what they say they open (a sweep of the same screen would prove little).
  @Test func theScenesReachTheirScreens() {
    func mode(_ name: String) -> Mode {
      Self.state(Self.scenes.first { $0.name == name }!, ui: .ar, width: 120, height: 40).mode
    }
    if case .form(let form) = mode("talk-form") {
      #expect(form.title.contains("t-clusters-1"))
    } else {
      Issue.record("no talk form")
    }
    if case .picker = mode("speaker-picker") {} else { Issue.record("no picker") }
    if case .form(let form) = mode("talk-form-error") {
      #expect(form.errorField == "duration")
      #expect(form.error?.description == "1500 minutes is longer than a day")
    } else {
      Issue.record("no talk form")
    }
    if case .list = mode("rooms") {} else { Issue.record("no room list") }
    if case .form = mode("day-form") {} else { Issue.record("no day form") }
    if case .question = mode("quit-unsaved") {} else { Issue.record("no quit question") }
    if case .prompt = mode("print-plan") {} else { Issue.record("no print prompt") }
    if case .report(let report) = mode("solved") {
      #expect(report.title == "البرمجة التلقائية")
    } else {
      Issue.record("no solver report")
    }
  }
}
