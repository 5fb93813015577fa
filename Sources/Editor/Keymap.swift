import Formats
import Terminal

/// Everything the editor can be asked to do from the keyboard.
public enum Command: String, CaseIterable, Sendable {
  case up, down, left, right, pageUp, pageDown, home, end, goToTime
  case nextDay, previousDay, dayByNumber
  case pickUp, drop, cancel, swap, swapWith, unschedule, togglePin
  /// Picks up the session under the cursor, to move it with its talks.
  case pickUpSession
  /// Running late: shifts the talks from the cursor on, in its room or every room.
  case runLate
  /// Marks the talks changed since the last release, or stops marking them.
  case markChanges
  case edit, addTalk, deleteTalk, rooms, themes, days, speakers, sessions, fill, restore
  case undo, redo, search, nextMatch, previousMatch, filterTheme, nextConflict, language
  case save, quit, help, showUnscheduled, showConflicts, showDetails, printPlan
  /// The command line (`:`): exports and imports, with completion.
  case commandLine
  /// In the command line: completes the word before the cursor.
  case complete
  /// Right-to-left text: reordered and shaped, reordered only, or as typed.
  case bidi
  /// In a side panel list: place the unscheduled talk, or go to the conflict.
  case choose
  /// In forms: between fields, through a choice, into a list field, accept.
  case previousField, nextField, previousChoice, nextChoice, open, accept
  /// In pickers: select or unselect the item.
  case toggle
  /// In the lists of rooms, themes, days, speakers and sessions; the sessions list also makes
  /// sessions of the timetable's runs.
  case addItem, editItem, deleteItem, makeSessions
  /// Closes a report, a list or a question; stops the solver.
  case close
}

/// Where a key binding applies: one context per mode of the editor.
public enum KeyContext: String, CaseIterable, Sendable {
  /// On the day grid.
  case grid
  /// While a talk is being carried to a new place.
  case carrying
  /// The first talk of a swap is chosen (the grid's keys move to the second).
  case swapping
  /// In the side panel's lists (unscheduled talks, conflicts).
  case panel
  /// A form of fields (text fields take the text keys first).
  case form
  /// A list to choose from, filtered by typing.
  case picker
  /// The lists of rooms, themes, days, speakers and sessions.
  case list
  /// A one-line prompt (search, time, file name).
  case prompt
  /// A question; its answers are the letters it shows.
  case question
  /// A report or the help.
  case report
  /// While the solver runs.
  case solving

  public var title: String {
    switch self {
    case .grid: return "Day grid"
    case .carrying: return "Carrying a talk"
    case .swapping: return "Swapping two talks"
    case .panel: return "Side panel lists"
    case .form: return "Forms"
    case .picker: return "Choosing from a list"
    case .list: return "Rooms, themes, days, speakers and sessions"
    case .prompt: return "Prompts"
    case .question: return "Questions"
    case .report: return "Reports and help"
    case .solving: return "While the solver runs"
    }
  }

  /// The context whose keys also apply where this one binds nothing.
  var fallback: KeyContext? { self == .swapping ? .grid : nil }
}

/// One key binding: keys, what they do, where, and the words help shows.
public struct Binding: Sendable {
  public var keys: [Key]
  public var command: Command
  public var contexts: [KeyContext]
  public var help: String
  /// Shown in the status line when it matters.
  public var hint: String?
  /// What the binding does in a context where it means something else (help lists it there).
  public var helpIn: [KeyContext: String] = [:]
  /// The status-line hint in a context where it differs from ``hint`` (or only there).
  public var hintIn: [KeyContext: String] = [:]
}

/// The table that drives the editor, its status-line hints and its help screen, so the
/// three never disagree. Every mode looks its keys up here; a key a mode does not bind is
/// text input (in forms, pickers and prompts) or nothing.
public enum Keymap {
  private static let everywhere: [KeyContext] = [.grid, .carrying, .panel]
  private static let moving: [KeyContext] = [.grid, .carrying, .panel]

  public static let bindings: [Binding] = [
    Binding(
      keys: [.up, .character("k")], command: .up, contexts: moving + [.list, .report],
      help: "Move up a slot",
      helpIn: [.panel: "Up the list", .list: "Up the list", .report: "Scroll up"],
      hintIn: [.list: "↑↓ choose", .report: "↑↓ scroll"]),
    Binding(
      keys: [.down, .character("j")], command: .down, contexts: moving + [.list, .report],
      help: "Move down a slot",
      helpIn: [.panel: "Down the list", .list: "Down the list", .report: "Scroll down"]),
    Binding(
      keys: [.left, .character("h")], command: .left, contexts: [.grid, .carrying],
      help: "Move to the room on the left"),
    Binding(
      keys: [.right, .character("l")], command: .right, contexts: [.grid, .carrying],
      help: "Move to the room on the right"),
    Binding(
      keys: [.pageUp], command: .pageUp, contexts: moving + [.report], help: "Up a screen",
      helpIn: [.panel: "Up a screen", .report: "Up a screen"]),
    Binding(
      keys: [.pageDown], command: .pageDown, contexts: moving + [.report],
      help: "Down a screen",
      helpIn: [.panel: "Down a screen", .report: "Down a screen"],
      hintIn: [.report: "PgUp PgDn"]),
    Binding(
      keys: [.character(" ")], command: .pageDown, contexts: [.report], help: "Down a screen"),
    Binding(
      keys: [.home], command: .home, contexts: moving + [.report],
      help: "Go to the day's opening",
      helpIn: [.panel: "The list's top", .report: "The top"]),
    Binding(
      keys: [.end], command: .end, contexts: moving + [.report],
      help: "Go to the day's closing",
      helpIn: [.panel: "The list's end", .report: "The end"]),
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
      keys: [.character("V")], command: .markChanges, contexts: [.grid, .panel],
      help: "Mark the talks changed since the last release (Δ), or stop"),
    Binding(
      keys: [.character(">")], command: .runLate, contexts: [.grid],
      help: "Running late: move the talks from here on later, in this room or every room"),
    Binding(
      keys: [.character("M")], command: .pickUpSession, contexts: [.grid],
      help: "Pick up the session under the cursor, to move it with its talks"),
    Binding(
      keys: [.enter], command: .drop, contexts: [.carrying], help: "Drop the talk here",
      hint: "Enter drop"),
    Binding(
      keys: [.escape], command: .cancel, contexts: [.carrying, .swapping, .panel],
      help: "Cancel the move", hint: "Esc cancel",
      helpIn: [.swapping: "Cancel the swap", .panel: "Back to the grid"]),
    Binding(
      keys: [.enter], command: .choose, contexts: [.panel],
      help: "Place the unscheduled talk, or go to the conflict", hint: "Enter go"),
    Binding(
      keys: [.character("s")], command: .swap, contexts: [.grid],
      help: "Swap the talk with another (then s or Enter on the other)", hint: "s swap"),
    Binding(
      keys: [.character("s"), .enter], command: .swapWith, contexts: [.swapping],
      help: "Swap with the talk under the cursor", hint: "s/Enter swap with this talk"),
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
      keys: [.character("K")], command: .speakers, contexts: [.grid, .panel],
      help: "Speakers: names, contact, unavailability, their talks"),
    Binding(
      keys: [.character("G")], command: .sessions, contexts: [.grid, .panel],
      help: "Sessions: title, track, chair, place, their talks in order"),
    Binding(
      keys: [.character("r")], command: .restore, contexts: [.panel],
      help: "Restore the cancelled talk (confirmed again, at its former place if it had one)"),
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
      keys: [.character("B")], command: .bidi, contexts: [.grid, .panel],
      help: "Right-to-left text: reordered and joined, reordered only, or as stored"),
    Binding(
      keys: [.character("P")], command: .printPlan, contexts: [.grid, .panel],
      help: "Write this day's plan to a file"),
    Binding(
      keys: [.character(":")], command: .commandLine, contexts: [.grid, .panel],
      help: "Command line: export (ical, frab, csv), print (plan, door signs, booklet), import csv"),
    Binding(
      keys: [.character("w"), .control("s")], command: .save, contexts: [.grid, .panel],
      help: "Save", hint: "w save"),
    Binding(
      keys: [.character("q")], command: .quit, contexts: [.grid, .panel],
      help: "Quit (asks when there are unsaved changes)", hint: "q quit"),
    Binding(
      keys: [.character("?"), .function(1)], command: .help, contexts: everywhere,
      help: "This help", hint: "? help"),

    // Forms: text fields take the text keys (letters, ← →, Home, End, Ctrl-A/E/U) first.
    Binding(
      keys: [.up, .backTab], command: .previousField, contexts: [.form], help: "Previous field",
      hint: "↑↓ field"),
    Binding(keys: [.down, .tab], command: .nextField, contexts: [.form], help: "Next field"),
    Binding(
      keys: [.left], command: .previousChoice, contexts: [.form],
      help: "Previous choice (in text: cursor left)", hint: "←→ choice"),
    Binding(
      keys: [.right, .character(" ")], command: .nextChoice, contexts: [.form],
      help: "Next choice (in text: cursor right, a space)"),
    Binding(
      keys: [.enter], command: .open, contexts: [.form],
      help: "Open a list field, else the next field; on Accept, accept", hint: "Enter next/open"),
    Binding(
      keys: [.control("s")], command: .accept, contexts: [.form], help: "Accept the form",
      hint: "Ctrl-S accept"),

    // Pickers: typing filters the list.
    Binding(
      keys: [.up], command: .up, contexts: [.picker], help: "Up the list", hint: "↑↓ choose"),
    Binding(keys: [.down], command: .down, contexts: [.picker], help: "Down the list"),
    Binding(
      keys: [.tab, .character(" ")], command: .toggle, contexts: [.picker],
      help: "Select or unselect (Space while nothing is typed)", hint: "Tab toggle"),
    Binding(
      keys: [.tab], command: .complete, contexts: [.prompt],
      help: "Command line: complete the command, option or value (the choices show above)"),
    Binding(
      keys: [.enter], command: .accept, contexts: [.picker, .prompt],
      help: "Choose (or add the name typed) and close", hint: "Enter done",
      helpIn: [.prompt: "Accept"]),

    // Lists of rooms, themes, days, speakers and sessions.
    Binding(
      keys: [.character("a")], command: .addItem, contexts: [.list], help: "Add one",
      hint: "a add"),
    Binding(
      keys: [.enter, .character("e")], command: .editItem, contexts: [.list], help: "Edit it",
      hint: "Enter edit"),
    Binding(
      keys: [.character("D"), .delete], command: .deleteItem, contexts: [.list],
      help: "Delete it (asks first)", hint: "D delete"),
    Binding(
      keys: [.character("m")], command: .makeSessions, contexts: [.list],
      help: "In the sessions list: make a session of each run of talks of one track in a room"),
    Binding(
      keys: [.escape, .character("q")], command: .close, contexts: [.list, .report],
      help: "Close", hint: "Esc close"),
    Binding(
      keys: [.escape], command: .close, contexts: [.solving],
      help: "Stop the solver; it keeps the best schedule so far", hint: "Esc stop"),
    Binding(
      keys: [.enter, .character("?")], command: .close, contexts: [.report], help: "Close"),
    Binding(
      keys: [.escape], command: .cancel, contexts: [.form, .picker, .prompt, .question],
      help: "Close without changes", hint: "Esc cancel"),
  ]

  private static let index: [KeyContext: [Key: Command]] = {
    var table: [KeyContext: [Key: Command]] = [:]
    for binding in bindings {
      for context in binding.contexts {
        for key in binding.keys where table[context]?[key] == nil {
          table[context, default: [:]][key] = binding.command
        }
      }
    }
    return table
  }()

  /// The command `key` means in `context` (or in the context it falls back to).
  public static func command(for key: Key, in context: KeyContext) -> Command? {
    index[context]?[key] ?? context.fallback.flatMap { index[$0]?[key] }
  }

  /// The bindings of `context`, in table order.
  public static func bindings(in context: KeyContext) -> [Binding] {
    bindings.filter { $0.contexts.contains(context) }
  }

  /// The status-line hints for `context`, in the interface's language.
  public static func hints(for context: KeyContext, in ui: InterfaceLanguage = .en) -> [String] {
    var hints = bindings(in: context).compactMap { $0.hintIn[context] ?? $0.hint }
    if let fallback = context.fallback, hints.isEmpty { hints = Self.hints(for: fallback) }
    return hints.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
      .map { Interface.text($0, in: ui) }
  }

  /// How a binding's keys read in help: `↑ k`, `1…9`.
  static func keyNames(_ binding: Binding) -> String {
    binding.command == .dayByNumber ? "1…9" : binding.keys.map(\.name).joined(separator: " ")
  }

  /// Every binding for the help screen: `keys  description`, grouped by context. A binding
  /// is listed under the first context it belongs to, and again wherever it means something
  /// else; the side panel names the day grid's keys that work there too.
  public static func helpLines(in ui: InterfaceLanguage = .en) -> [String] {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    var lines: [String] = []
    for context in KeyContext.allCases {
      var section: [String] = []
      var seen = Set<String>()
      for binding in bindings(in: context) {
        guard binding.contexts.first == context || binding.helpIn[context] != nil else {
          continue
        }
        let keys = keyNames(binding)
        let line =
          "  " + keys + String(repeating: " ", count: max(0, 16 - keys.count)) + "  "
          + tr(binding.helpIn[context] ?? binding.help)
        if seen.insert(line).inserted { section.append(line) }
      }
      let shared = bindings(in: context).filter {
        $0.contexts.first != context && $0.helpIn[context] == nil
      }
      if !shared.isEmpty, let first = shared.first?.contexts.first {
        let keys = shared.flatMap { $0.keys.prefix(1) }.map(\.name)
        section.append(
          "  "
            + tr(
              "Also as on the {1}: {2}", ui == .en ? first.title.lowercased() : tr(first.title),
              keys.joined(separator: " ")))
      }
      if context == .question {
        section.append("  " + tr("The letters the question shows answer it"))
      }
      guard !section.isEmpty else { continue }
      lines.append(tr(context.title))
      lines += section
      lines.append("")
    }
    lines.append(
      tr("Mouse: click a cell or talk to select it, a day tab to switch day; the wheel scrolls."))
    return lines
  }
}
