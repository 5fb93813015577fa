import ArgumentParser
import Editor
import Formats
import Foundation
import Scheduling
import Terminal
import TextWidth

struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Open the schedule editor (the default command).",
    discussion: """
      A keyboard-first editor of the day grid: move, swap, pin, edit, add and remove talks \
      with live conflicts, undo and redo, automatic filling, and saving that never loses \
      work (atomic saves with FILE.bak, a recovery journal after every change, a lock \
      against two editors on one file). Press ? in the editor for every key.

      Without a terminal (in a pipe or a script), it prints the check of the file instead.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Option(
    help: ArgumentHelp(
      "Right-to-left text: on (reorder and join Arabic), reorder (reorder only, for terminals "
        + "that join), off (as stored, for terminals that do their own bidi) or auto.",
      discussion: "Without it, MULTAQA_BIDI; auto recognizes VTE, Konsole and mlterm, else on.",
      valueName: "auto|on|reorder|off"))
  var bidi: BidiChoice?

  @OptionGroup var interface: InterfaceOption

  /// `--bidi`'s values: a mode, or `auto`.
  enum BidiChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, on, reorder, off
  }

  /// The mode to write right-to-left text in, and the terminal `auto` recognized.
  func bidiMode(_ environment: [String: String]) throws -> (BidiMode, String?) {
    var choice = bidi
    if choice == nil, let value = environment["MULTAQA_BIDI"], !value.isEmpty {
      guard let given = BidiChoice(rawValue: value.lowercased()) else {
        throw ValidationError(
          "MULTAQA_BIDI=\(TerminalText.visible(value)) is not one of auto, on, reorder, off")
      }
      choice = given
    }
    switch choice ?? .auto {
    case .auto: return BidiMode.automatic(environment)
    case .on: return (.on, nil)
    case .reorder: return (.reorder, nil)
    case .off: return (.off, nil)
    }
  }

  /// A word that is no file and is close to a command's name is a mistyped command
  /// (`multaqa chek`), not a schedule to open.
  func validate() throws {
    guard !FileManager.default.fileExists(atPath: file), !file.contains("/"), !file.contains(".")
    else { return }
    let commands = Multaqa.configuration.subcommands.compactMap { $0.configuration.commandName }
    if let command = suggestion(for: file, among: commands) {
      throw ValidationError(
        Interface.text(
          "unknown command '{1}'; did you mean {2}?", in: interface.language,
          TerminalText.visibleLine(file), command))
    }
  }

  func run() throws {
    let (bidiMode, bidiTerminal) = try bidiMode(ProcessInfo.processInfo.environment)
    let schedule = try loadSchedule(file, ui: interface.language)
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      printError(
        "multaqa: "
          + Interface.text(
            "not a terminal, so here is the check of {1} instead of the editor",
            in: interface.language, file))
      try CheckCommand.parse([file, "--ui", interface.language.rawValue]).run()
      return
    }
    if let problem = CursesBackend.problem() {
      printError("multaqa: " + Self.explain(problem, file: file, ui: interface.language))
      throw Exit.unreadable
    }
    let color = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    guard let backend = CursesBackend(color: color) else {
      printError(
        "multaqa: "
          + Interface.text(
            "the terminal cannot be started (TERM={1}); try TERM=xterm-256color",
            in: interface.language, term))
      throw Exit.unreadable
    }
    let session = EditorSession(
      schedule: schedule, file: file, backend: backend, bidi: bidiMode,
      bidiTerminal: bidiTerminal,
      ui: interface.language)
    let status = session.run(signals: { backend.pendingSignal() })
    backend.stop()
    if status != 0 { throw ExitCode(status) }
  }

  private var term: String {
    TerminalText.visible(ProcessInfo.processInfo.environment["TERM"] ?? "")
  }

  /// What is wrong with the terminal, and what to do.
  static func explain(
    _ problem: CursesBackend.Unusable, file: String, ui: InterfaceLanguage = .en
  ) -> String {
    func tr(_ english: String, _ arguments: String...) -> String {
      Interface.text(english, in: ui, arguments: arguments)
    }
    let others = tr("`multaqa check {1}` and `multaqa print {1}` work without a terminal", file)
    switch problem {
    case .unset:
      return tr(
        "TERM is not set, so the kind of terminal is unknown. Set it to your terminal's type, for example TERM=xterm-256color; {1}.",
        others)
    case .unknown(let term):
      return tr(
        "the terminal type TERM={1} is not known on this machine (no terminfo entry). Try TERM=xterm-256color, or install its entry (Debian: ncurses-term); {2}.",
        TerminalText.visible(term), others)
    case .noDatabase:
      return tr(
        "this machine has no terminfo database (Debian: apt-get install ncurses-base); {1}.",
        others)
    case .cannotAddress(let term):
      return tr(
        "this terminal (TERM={1}) cannot place the cursor, so it cannot show the editor's grid. Use a full terminal (TERM=xterm-256color), or: {2}.",
        TerminalText.visible(term), others)
    }
  }

}
