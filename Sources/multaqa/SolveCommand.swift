import ArgumentParser
import Formats
import Foundation
import Scheduling

struct SolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "solve",
    abstract: "Place unscheduled talks and repair conflicts automatically.",
    discussion: """
      Places every confirmed or tentative talk without an error wherever possible, then \
      improves the soft terms (themes in parallel, rooms per theme, empty seats, speakers \
      running between rooms, wishes; weights in the file's solver: section). Pinned talks \
      never move. Without --keep, any talk that is not pinned may move; with --keep, placed \
      talks move only to remove an error, or up to --allow-moves of them to lower the score.

      Writes the result back to FILE (atomically, keeping FILE.bak) or to --output. With the \
      same seed and no time limit, runs repeat exactly. --time-limit is an upper bound: the \
      search goes on in ever longer rounds and stops early once the result is proven optimal \
      or reaches the lower bound it computed (printed with the gap otherwise); with the same \
      seed a longer limit never gives a worse schedule.

      Exit codes: 0 every talk placed without error; 1 bad arguments; 2 the file cannot be \
      loaded; 3 some talks could not be placed or errors remain (the best partial schedule is \
      written, and the reasons printed).
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Option(name: .shortAndLong, help: "Write the result here instead of back to FILE.")
  var output: String?

  @Flag(help: "Repair mode: move placed talks only to remove errors (or within --allow-moves).")
  var keep = false

  @Option(help: "With --keep: how many placed talks may also move to lower the score.")
  var allowMoves = 0

  @Option(help: "Seed for the search's random choices.")
  var seed: UInt64 = 1

  // Unconditional, so that `--time-limit -1` is read as a number and refused as one.
  @Option(
    parsing: .unconditional,
    help: "Search for at most this many seconds (less once the result is proven optimal).")
  var timeLimit: Double?

  @Option(help: "Moves the local search tries (default: scaled to the event).")
  var iterations: Int?

  @Flag(
    help: ArgumentHelp(
      "Once the talks are placed, make a session of each run of talks of one track in a room.",
      discussion:
        "Two or more talks of one track that follow one another in a room, between breaks, "
        + "become a session of that track, titled by it; chairs are left to choose."))
  var createSessions = false

  @Flag(help: "Print the score term by term and why each remaining warning stays.")
  var explain = false

  @Flag(name: .shortAndLong, help: "No progress display and no list of changes.")
  var quiet = false

  @OptionGroup var interface: InterfaceOption

  func validate() throws {
    if allowMoves < 0 { throw ValidationError("--allow-moves must be 0 or more") }
    if allowMoves > 0 && !keep { throw ValidationError("--allow-moves goes with --keep") }
    if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be positive") }
    if let iterations, iterations < 0 { throw ValidationError("--iterations must be 0 or more") }
  }

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    // A result too large to save would waste the whole search: say so before it starts.
    let largest = ScheduleFile.largestSize(oncePlaced: schedule)
    if largest > ScheduleFile.maximumSize {
      printError(
        "\(output ?? file): once every talk is placed, the schedule could take "
          + "\(largest >> 20) MB, more than the \(ScheduleFile.maximumSize >> 20) MB a schedule "
          + "file may hold; nothing was solved (split the event into smaller files)")
      throw ExitCode(1)
    }
    var options = SolverOptions(
      seed: seed, iterations: iterations, timeLimit: timeLimit, keep: keep,
      allowMoves: allowMoves)
    options.createsSessions = createSessions
    let display = ProgressLine(
      enabled: !quiet && isatty(STDERR_FILENO) == 1, ui: interface.language)
    let result = Solver.solve(schedule, options: options) { display.show($0) }
    display.clear()

    let destination = output ?? file
    if output != nil || !result.moves.isEmpty || !result.createdSessions.isEmpty {
      do {
        try ScheduleFile.save(result.schedule, to: destination)
      } catch {
        printError(error.said(in: interface.language))
        throw ExitCode(1)
      }
    }
    let style = AnsiStyle(enabled: colorOutput)
    if quiet {
      if !result.isComplete {
        for (talk, reason) in result.unplaced {
          printError("\(talk): \(Interface.say(reason, in: interface.language))")
        }
      }
    } else {
      print(
        SolveReport.text(
          result, file: destination, keep: keep, style: style, ui: interface.language),
        terminator: "")
    }
    if explain {
      print(
        "\n" + SolveReport.explanation(result, style: style, ui: interface.language),
        terminator: "")
    }
    if !result.isComplete { throw ExitCode(3) }
  }
}

/// A one-line progress display on standard error that disappears when done.
final class ProgressLine: @unchecked Sendable {
  private let enabled: Bool
  private var shown = false

  private let ui: InterfaceLanguage

  init(enabled: Bool, ui: InterfaceLanguage) {
    self.enabled = enabled
    self.ui = ui
  }

  func show(_ progress: SolverProgress) {
    guard enabled else { return }
    let line = SolveReport.progress(progress, ui: ui)
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    shown = true
  }

  func clear() {
    if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
