import Formats
import Scheduling
import Terminal

/// Where the cursor is on the day grid: a room column and a slot row.
public struct GridCursor: Equatable, Sendable {
  public var room: Int
  public var row: Int

  public init(room: Int = 0, row: Int = 0) {
    self.room = room
    self.row = row
  }
}

/// What the side panel shows.
public enum Panel: Equatable, Sendable {
  case details, unscheduled, conflicts
}

/// A message for the organizer, on the line above the status line.
public struct Message: Equatable, Sendable {
  public enum Kind: Sendable { case info, error }
  public var text: String
  public var kind: Kind

  public static func info(_ text: String) -> Message { Message(text: text, kind: .info) }
  public static func error(_ text: String) -> Message { Message(text: text, kind: .error) }
}

/// A question with one-key answers (`(s)ave, (d)iscard, (c)ancel`).
public struct Question: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case quit
    case deleteTalk(String)
    /// Deleting the room, theme or day with this id from its list.
    case deleteItem(ListEditor.Kind, id: String)
    case diskChanged(quitAfter: Bool)
    case restoreJournal
    /// A live editor on this host holds the file (its pid, when the lock file names it).
    case lockedElsewhere(pid: Int?)
    /// The lock file names an editor on another host, which cannot be checked from here.
    case lockedOnOtherHost(pid: Int, host: String)
  }

  /// One answer: the key that gives it and what it means.
  public struct Answer: Equatable, Sendable {
    public var key: Character
    public var label: String
  }

  public var purpose: Purpose
  public var text: String
  /// Answer keys and their labels, in order.
  public var answers: [Answer]

  public init(purpose: Purpose, text: String, answers: [(key: Character, label: String)]) {
    self.purpose = purpose
    self.text = text
    self.answers = answers.map { Answer(key: $0.key, label: $0.label) }
  }
}

/// A one-line text prompt (search, go to time).
public struct Prompt: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case search, goToTime, printPlan, command
    /// Running late from `from` (minutes) in `room` (a room index) of the current day.
    case late(from: Int, room: Int)
  }
  public var purpose: Purpose
  public var label: String
  public var field: TextField
  /// What Tab offered (the command line), shown on the line above.
  public var hints: [String] = []
}

/// A modal list of lines (help, the solver's report), scrollable.
public struct Report: Equatable, Sendable {
  public var title: String
  public var lines: [String]
  public var scroll = 0
}

/// A list to pick one or several items from (speakers, needs, themes for the filter).
public struct Picker: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case formField(Int)
    case themeFilter
  }

  /// An item to choose: its id and what the list shows.
  public struct Item: Equatable, Sendable {
    public var id: String
    public var label: String
  }

  public var purpose: Purpose
  public var title: String
  public var items: [Item]
  public var selected: Set<String>
  public var multiple: Bool
  public var cursor = 0
  public var filter = TextField()
  /// Lets the organizer add an item by typing its name (speakers).
  public var allowsNew: Bool

  public init(
    purpose: Purpose, title: String, items: [(id: String, label: String)],
    selected: Set<String>, multiple: Bool, allowsNew: Bool
  ) {
    self.purpose = purpose
    self.title = title
    self.items = items.map { Item(id: $0.id, label: $0.label) }
    self.selected = selected
    self.multiple = multiple
    self.allowsNew = allowsNew
  }

  public var visible: [Item] {
    let query = filter.text.folded
    guard !query.isEmpty else { return items }
    return items.filter { $0.label.folded.contains(query) || $0.id.folded.contains(query) }
  }
}

/// What the editor is doing: which keys mean what.
public enum Mode: Equatable, Sendable {
  case normal
  /// A talk is being carried to a new place (`from` nil when it was unscheduled).
  case carrying(talk: String, from: Placement?)
  /// A session is being carried, its talks with it; the cursor is where it would start.
  case carryingSession(String, from: Placement?)
  /// The first talk of a swap is chosen; the second is chosen with s or Enter.
  case swapping(first: String)
  case form(Form)
  case list(ListEditor)
  case picker(Picker, under: Form?)
  case prompt(Prompt)
  case question(Question)
  case report(Report)
  /// The solver is running in the background.
  case solving(SolverProgress?)
  case quitting
}

/// The whole state of the editor: the document, what the organizer sees, and what they are
/// doing. ``update(_:_:)`` changes it; ``view(_:)`` draws it.
public struct EditorState: Sendable {
  public var document: Document
  /// The file as last loaded or saved, to tell whether there are unsaved changes.
  public var saved: Schedule
  public private(set) var dirty = false
  public var file: String
  public var readOnly: Bool
  public var width: Int
  public var height: Int
  public var color: Bool
  /// How many colours the terminal shows (8, 16, 256) when ``color``.
  public var colors = 256
  public var unicode: Bool
  /// The language the interface speaks (`--ui`), apart from the titles' language.
  public var ui = InterfaceLanguage.en
  /// How right-to-left text is written (toggled with B).
  public var bidi = BidiMode.off
  /// The terminal `--bidi auto` recognized, for the help (nil: none, or not automatic).
  public var bidiTerminal: String?
  public var language: String
  public var day = 0
  public var cursor = GridCursor()
  /// First visible slot row and first visible room column.
  public var scrollRow = 0
  public var scrollRoom = 0
  public var panel: Panel = .details
  public var panelFocused = false
  public var panelCursor = 0
  public var mode: Mode = .normal
  public var themeFilter: String?
  /// Talks that differ from the last release are marked `Δ` (`V` toggles).
  public var marksChanges = false
  public var searchQuery: String?
  public var searchIndex = 0
  public var message: Message?
  /// Where the carried talk fits without an error, for the current day: rooms × rows.
  public var fits: Fits?
  /// A recovered journal waiting for the organizer's answer.
  public var recovered: Schedule?
  /// What keeps the organizer's work from being protected, shown until it is resolved.
  public var alerts = Alerts()

  /// Problems with the recovery journal and the lock: unlike messages, they stay on the
  /// status line for as long as they hold.
  public struct Alerts: Equatable, Sendable {
    /// The journal could not be written (an error), or went to the state folder (a notice).
    public var journal: Message?
    public var lock: Message?
    /// The file was changed on disk by someone else since it was loaded.
    public var disk: Message?

    public var all: [Message] { [journal, lock, disk].compactMap { $0 } }
  }

  public struct Fits: Equatable, Sendable {
    public var talk: String
    public var day: Int
    public var revision: Int
    public var rows: Int
    /// Where the talk fits without an error.
    public var cells: [Bool]
    /// Of those places, the ones where it would cause a warning.
    public var warned: [Bool] = []

    public func fits(room: Int, row: Int) -> Bool {
      row >= 0 && row < rows && room * rows + row < cells.count && cells[room * rows + row]
    }

    /// Whether the talk fits at that place without an error but with a warning.
    public func warns(room: Int, row: Int) -> Bool {
      fits(room: room, row: row) && room * rows + row < warned.count && warned[room * rows + row]
    }
  }

  public init(
    schedule: Schedule, file: String, width: Int = 80, height: Int = 24, color: Bool = true,
    unicode: Bool = true, readOnly: Bool = false
  ) {
    document = Document(schedule)
    saved = schedule
    self.file = file
    self.readOnly = readOnly
    self.width = width
    self.height = height
    self.color = color
    self.unicode = unicode
    language = schedule.event.language
    cursor = GridCursor(room: 0, row: 0)
    scrollToCursor()
  }

  /// `english` in the interface's language (see ``Interface``).
  func tr(_ english: String, _ arguments: String...) -> String {
    Interface.text(english, in: ui, arguments: arguments)
  }

  public var schedule: Schedule { document.schedule }
  public var index: ConflictIndex { document.index }

  /// Recomputes ``dirty`` after the document changed.
  mutating func documentChanged() {
    dirty = !document.schedule.sameProgramme(as: saved)
    fits = nil
  }

  mutating func markSaved(_ schedule: Schedule) {
    saved = schedule
    dirty = !document.schedule.sameProgramme(as: saved)
  }

  /// The file name without its folder.
  public var fileName: String {
    file.split(separator: "/").last.map(String.init) ?? file
  }
}
