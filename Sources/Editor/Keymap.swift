import Terminal

/// Everything the editor can be asked to do from the keyboard.
public enum Command: String, CaseIterable, Sendable {
  case up, down, left, right, pageUp, pageDown, home, end, goToTime
  case nextDay, previousDay, dayByNumber
  case pickUp, drop, cancel, swap, unschedule, togglePin
  case edit, addTalk, deleteTalk, rooms, themes, days, fill
  case undo, redo, search, nextMatch, previousMatch, filterTheme, nextConflict, language
  case save, quit, help, showUnscheduled, showConflicts, showDetails, printPlan
}

/// Where a key binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
  /// On the day grid.
  case grid
  /// While a talk is being carried to a new place.
  case carrying
  /// In the side panel's lists (unscheduled talks, conflicts).
  case panel

  public var title: String {
    switch self {
    case .grid: return "Day grid"
    case .carrying: return "Carrying a talk"
    case .panel: return "Side panel lists"
    }
  }
}

/// One key binding: keys, what they do, where, and the words help shows.
public struct Binding: Sendable {
  public var keys: [Key]
  public var command: Command
  public var contexts: [KeyContext]
  public var help: String
  /// Shown in the status line when it matters.
  public var hint: String?
}

/// The table that drives the editor and its help screen, so the two never disagree.
public enum Keymap {
  private static let everywhere: [KeyContext] = [.grid, .carrying, .panel]
  private static let moving: [KeyContext] = [.grid, .carrying, .panel]

  public static let bindings: [Binding] = [
    Binding(
      keys: [.up, .character("k")], command: .up, contexts: moving,
      help: "Move up a slot (or up the list)"),
    Binding(
      keys: [.down, .character("j")], command: .down, contexts: moving,
      help: "Move down a slot (or down the list)"),
    Binding(
      keys: [.left, .character("h")], command: .left, contexts: [.grid, .carrying],
      help: "Move to the room on the left"),
    Binding(
      keys: [.right, .character("l")], command: .right, contexts: [.grid, .carrying],
      help: "Move to the room on the right"),
    Binding(keys: [.pageUp], command: .pageUp, contexts: moving, help: "Up a screen"),
    Binding(keys: [.pageDown], command: .pageDown, contexts: moving, help: "Down a screen"),
    Binding(
      keys: [.home], command: .home, contexts: moving,
      help: "Go to the day's opening (or the list's top)"),
    Binding(
      keys: [.end], command: .end, contexts: moving,
      help: "Go to the day's closing (or the list's end)"),
    Binding(
      keys: [.character("g")], command: .goToTime, contexts: [.grid, .carrying],
      help: "Go to a time (HH:MM)"),
    Binding(
      keys: [.tab], command: .nextDay, contexts: [.grid, .carrying], help: "Next day",
      hint: "Tab day"),
    Binding(
      keys: [.backTab], command: .previousDay, contexts: [.grid, .carrying], help: "Previous day"),
    Binding(
      keys: (1...9).map { Key.character(Character(String($0))) }, command: .dayByNumber,
      contexts: [.grid, .carrying], help: "Go to day 1–9"),
    Binding(
      keys: [.enter, .character("m")], command: .pickUp, contexts: [.grid],
      help: "Pick up the talk to move it", hint: "Enter move"),
    Binding(
      keys: [.enter], command: .drop, contexts: [.carrying], help: "Drop the talk here",
      hint: "Enter drop"),
    Binding(
      keys: [.escape], command: .cancel, contexts: [.carrying, .panel],
      help: "Cancel / back to the grid", hint: "Esc cancel"),
    Binding(
      keys: [.character("s")], command: .swap, contexts: [.grid],
      help: "Swap the talk with another (then s or Enter on the other)", hint: "s swap"),
    Binding(
      keys: [.character("x"), .delete], command: .unschedule, contexts: [.grid],
      help: "Unschedule the talk", hint: "x unschedule"),
    Binding(
      keys: [.character("p")], command: .togglePin, contexts: [.grid, .panel],
      help: "Pin or unpin the talk (the solver never moves pinned talks)", hint: "p pin"),
    Binding(
      keys: [.character("e")], command: .edit, contexts: [.grid, .panel], help: "Edit the talk",
      hint: "e edit"),
    Binding(
      keys: [.character("a")], command: .addTalk, contexts: [.grid, .panel], help: "Add a talk"),
    Binding(
      keys: [.character("D")], command: .deleteTalk, contexts: [.grid, .panel],
      help: "Delete the talk (asks first)"),
    Binding(
      keys: [.character("R")], command: .rooms, contexts: [.grid, .panel],
      help: "Rooms: add, rename, capacity, features"),
    Binding(
      keys: [.character("T")], command: .themes, contexts: [.grid, .panel],
      help: "Themes: add, rename, translations"),
    Binding(
      keys: [.character("Y")], command: .days, contexts: [.grid, .panel],
      help: "Days: add, opening hours, breaks"),
    Binding(
      keys: [.character("S")], command: .fill, contexts: [.grid, .panel],
      help: "Fill the schedule automatically (pins respected)"),
    Binding(
      keys: [.character("u"), .control("z")], command: .undo, contexts: [.grid, .panel],
      help: "Undo", hint: "u undo"),
    Binding(
      keys: [.control("r"), .control("y")], command: .redo, contexts: [.grid, .panel], help: "Redo"),
    Binding(
      keys: [.character("/")], command: .search, contexts: [.grid, .panel],
      help: "Search titles, speakers and ids"),
    Binding(
      keys: [.character("n")], command: .nextMatch, contexts: [.grid, .panel],
      help: "Next search match"),
    Binding(
      keys: [.character("N")], command: .previousMatch, contexts: [.grid, .panel],
      help: "Previous search match"),
    Binding(
      keys: [.character("f")], command: .filterTheme, contexts: [.grid, .panel],
      help: "Filter by theme"),
    Binding(
      keys: [.character("c")], command: .nextConflict, contexts: [.grid, .panel],
      help: "Jump to the next conflict (errors first)", hint: "c conflict"),
    Binding(
      keys: [.character("L")], command: .language, contexts: [.grid, .panel],
      help: "Switch the title language"),
    Binding(
      keys: [.character("U")], command: .showUnscheduled, contexts: [.grid, .panel],
      help: "Unscheduled talks (Enter places one)"),
    Binding(
      keys: [.character("C")], command: .showConflicts, contexts: [.grid, .panel],
      help: "Conflicts (Enter jumps to one)"),
    Binding(
      keys: [.character("i")], command: .showDetails, contexts: [.grid, .panel],
      help: "Details of the selected talk"),
    Binding(
      keys: [.character("P")], command: .printPlan, contexts: [.grid, .panel],
      help: "Write this day's plan to a file"),
    Binding(
      keys: [.character("w"), .control("s")], command: .save, contexts: [.grid, .panel],
      help: "Save", hint: "w save"),
    Binding(
      keys: [.character("q")], command: .quit, contexts: [.grid, .panel],
      help: "Quit (asks when there are unsaved changes)", hint: "q quit"),
    Binding(
      keys: [.character("?"), .function(1)], command: .help, contexts: everywhere,
      help: "This help", hint: "? help"),
  ]

  private static let index: [KeyContext: [Key: Command]] = {
    var table: [KeyContext: [Key: Command]] = [:]
    for binding in bindings {
      for context in binding.contexts {
        for key in binding.keys where table[context]?[key] == nil {
          table[context, default: [:]][key] = command(binding)
        }
      }
    }
    return table
  }()

  private static func command(_ binding: Binding) -> Command { binding.command }

  /// The command `key` means in `context`.
  public static func command(for key: Key, in context: KeyContext) -> Command? {
    index[context]?[key]
  }

  /// The status-line hints for `context`.
  public static func hints(for context: KeyContext) -> [String] {
    bindings.filter { $0.contexts.contains(context) }.compactMap(\.hint)
  }

  /// Every binding for the help screen: `keys  description`, grouped by context.
  public static func helpLines() -> [String] {
    var lines: [String] = []
    var seen = Set<String>()
    for context in KeyContext.allCases {
      lines.append(context.title)
      for binding in bindings where binding.contexts.first == context {
        let keys =
          binding.command == .dayByNumber
          ? "1…9" : binding.keys.map(\.name).joined(separator: " ")
        let line =
          "  " + keys + String(repeating: " ", count: max(0, 16 - keys.count))
          + "  " + binding.help
        if seen.insert(line).inserted { lines.append(line) }
      }
      lines.append("")
    }
    lines += [
      "In forms and lists",
      "  ↑ ↓             Move between fields or rows",
      "  ← →             Change a choice; move in text",
      "  Enter           Open a list field, or accept the form on its last row",
      "  Ctrl-S          Accept the form",
      "  Esc             Close without changes",
      "",
      "Mouse: click a cell or talk to select it, a day tab to switch day; the wheel scrolls.",
    ]
    return lines
  }
}
