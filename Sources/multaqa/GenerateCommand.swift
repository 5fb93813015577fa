import ArgumentParser
import Formats
import Scheduling

struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a generated event (for trying Multaqa at scale and for benchmarks).",
    discussion: """
      The event is built around a timetable without errors. With --unscheduled, only pinned \
      talks keep their place, which makes a problem for `multaqa solve`.
      """)

  @Option(help: "forum, medium, large or congress.")
  var size: String = "forum"

  @Option(help: "The seed; the same seed gives the same event.")
  var seed: UInt64 = 1

  @Flag(help: "Leave every talk that is not pinned unscheduled.")
  var unscheduled = false

  @Option(name: .shortAndLong, help: "Where to write the schedule (default: standard output).")
  var output: String?

  @OptionGroup var interface: InterfaceOption

  func validate() throws {
    guard Generator.Size.named(size) != nil else {
      throw ValidationError("unknown size \(size); use forum, medium, large or congress")
    }
  }

  func run() throws {
    var schedule = Generator.event(Generator.Size.named(size)!, seed: seed)
    if unscheduled { schedule = Generator.unscheduled(schedule) }
    let text = ScheduleFile.encode(schedule)
    if let output {
      do {
        try AtomicFile.write(text, to: output)
      } catch {
        printError(error.said(in: interface.language))
        throw ExitCode(1)
      }
    } else {
      print(text, terminator: "")
    }
  }
}
