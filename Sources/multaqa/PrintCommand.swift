import ArgumentParser
import Formats
import Foundation
import Scheduling

struct PrintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "print",
    abstract: "Print the plan of each day: for the programme booklet and the doors of the rooms.",
    discussion: """
      Text (the default) is aligned by display width and pages are separated by form feeds, \
      for a terminal or `lp`. HTML is one self-contained page set: each day on one A4 page \
      (in landscape or smaller type when it must be; a day that cannot fit breaks only \
      between time rows). With --room or --door-signs, HTML prints door signs: one A4 page \
      per room and day in large type. With --booklet, the programme booklet: a table of \
      contents, then every talk with its speakers' affiliations and its abstract. Markdown \
      is a table per day. With --lang ar, pages run right to left.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @OptionGroup var selection: Selection
  @OptionGroup var interface: InterfaceOption

  @Option(help: "text, html or markdown.")
  var format: Export.PrintFormat = .text

  @Option(help: "Columns of a text plan (default: the terminal's width, or 100).")
  var width: Int?

  @Flag(help: "HTML: a door sign for every room (with --room, for that room only).")
  var doorSigns = false

  @Flag(help: "HTML: the programme booklet, with abstracts, affiliations and contents.")
  var booklet = false

  @Flag(help: "Leave cancelled talks out (by default they are shown, struck through).")
  var hideCancelled = false

  @Option(name: .shortAndLong, help: "Write the plan here instead of standard output.")
  var output: String?

  func validate() throws {
    if let width, width < 40 { throw ValidationError("--width must be at least 40") }
    if let problem = Export.printProblem(format, doorSigns: doorSigns, booklet: booklet) {
      throw ValidationError(problem)
    }
  }

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    let product = Export.printed(
      format, width: width ?? (output == nil ? terminalWidth() : nil) ?? 100,
      doorSigns: doorSigns, booklet: booklet, room: selection.room)
    let export = try selection.export(
      product, hideCancelled: hideCancelled, in: schedule, file: file, ui: interface.language)
    try write(try render(export, schedule, now: ""), to: output, ui: interface.language)
  }
}

extension Export.PrintFormat: ExpressibleByArgument {}

/// Writes to a file atomically, or to standard output.
func write(
  _ text: String, to output: String?, links: AtomicFile.Links = .follow,
  ui: InterfaceLanguage = .en
) throws {
  try write(Array(text.utf8), to: output, links: links, ui: ui)
}

/// Writes bytes to a file atomically, or to standard output. Files written into an output
/// folder pass `links: .replace`, so that a link planted there never leads out of it.
func write(
  _ bytes: [UInt8], to output: String?, links: AtomicFile.Links = .follow,
  ui: InterfaceLanguage = .en
) throws {
  guard let output else {
    FileHandle.standardOutput.write(Data(bytes))
    return
  }
  do {
    try AtomicFile.write(bytes, to: output, links: links)
  } catch {
    printError(error.said(in: ui))
    throw ExitCode(1)
  }
}

/// The terminal's width when standard output is one.
func terminalWidth() -> Int? {
  guard isatty(STDOUT_FILENO) == 1 else { return nil }
  var size = winsize()
  guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
  return Int(size.ws_col)
}
