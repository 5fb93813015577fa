import ArgumentParser
import Formats
import Foundation
import Scheduling
import TextWidth

struct ReleaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "release",
    abstract: "Record a named version of the programme, or list the versions.",
    discussion: """
      Records, inside FILE (its releases: section, so that the changelog travels with the \
      programme and is saved with it, atomically, keeping FILE.bak), the programme as it \
      stands: a name, the time, and each talk's title, place, duration, status and speakers. \
      `multaqa changes` then says what changed since. With --list, prints the versions.

      Exit codes: 0 done; 1 bad arguments (a name already used); 2 the file cannot be loaded.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Argument(help: "The version's name (v1, printed, final…).")
  var name: String?

  @Option(help: "What this version is, for the list.")
  var notes: String?

  @Flag(help: "List the recorded versions instead.")
  var list = false

  @OptionGroup var interface: InterfaceOption

  func validate() throws {
    if !list && (name ?? "").trimmed.isEmpty {
      throw ValidationError("give the version a name, or --list")
    }
    if list && name != nil { throw ValidationError("--list takes no name") }
  }

  func run() throws {
    var schedule = try loadSchedule(file, ui: interface.language)
    if list {
      if schedule.releases.isEmpty {
        print(Interface.text("No versions recorded yet.", in: interface.language))
      }
      var previous: [ReleasedTalk]?
      for release in schedule.releases {
        let changed = previous.map { Release.changes(from: $0, to: release.talks).count }
        var line =
          "\(TerminalText.visibleLine(release.name))  \(Publication.readable(release.time))  "
          + Interface.text("{1} talks", in: interface.language, String(release.talks.count))
        if let changed {
          line += ", " + Interface.text("{1} changes", in: interface.language, String(changed))
        }
        if let notes = release.notes { line += "  " + TerminalText.visibleLine(notes) }
        print(line)
        previous = release.talks
      }
      return
    }
    let name = self.name!.trimmed
    guard !schedule.releases.contains(where: { $0.name == name }) else {
      throw ValidationError("\(file) already has a version named \(TerminalText.visibleLine(name))")
    }
    schedule.releases.append(
      Release(of: schedule, name: name, time: Publication.utcNow(), notes: notes))
    do {
      try ScheduleFile.save(schedule, to: file)
    } catch {
      printError(error.said(in: interface.language))
      throw ExitCode(1)
    }
    print(
      Interface.text(
        "{1}: recorded version {2} ({3} talks)", in: interface.language,
        TerminalText.visibleLine(file), TerminalText.visibleLine(name),
        String(schedule.talks.count)))
  }
}

struct ChangesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changes",
    abstract: "List what changed in the programme between two versions.",
    discussion: """
      Talks added, cancelled, back on the programme, moved (from and to: day, time, room), \
      retitled, with other speakers, grouped by day: the notice to post and send. Compares \
      --since (default: the last recorded version) with --until (default: the file as it is \
      now). Versions are recorded by `multaqa release`.

      Exit codes: 0 done; 1 bad arguments (an unknown version); 2 the file cannot be loaded.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Option(help: "The older version (default: the last one recorded).")
  var since: String?

  @Option(help: "The newer version (default: the file as it is now).")
  var until: String?

  @Option(help: "Language of the notice: ar, fr, en (default: the file's).")
  var lang: String?

  @Option(help: "text, markdown, html or json.")
  var format: ChangesReport.Format = .text

  @Option(name: .shortAndLong, help: "Write the notice here instead of standard output.")
  var output: String?

  @OptionGroup var interface: InterfaceOption

  func validate() throws { try checkLanguageTag(lang) }

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    func version(_ name: String) throws -> Release {
      guard let release = schedule.releases.first(where: { $0.name == name }) else {
        let known = schedule.releases.map(\.name)
        throw ValidationError(
          "\(file) has no version named \(TerminalText.visibleLine(name))"
            + (known.isEmpty
              ? " (record one with multaqa release)"
              : " (it has \(known.map(TerminalText.visibleLine).joined(separator: ", ")))"))
      }
      return release
    }
    let older: Release
    if let since {
      older = try version(since)
    } else if let last = schedule.releases.last {
      older = last
    } else {
      throw ValidationError("\(file) has no recorded version yet: record one with multaqa release")
    }
    let newer = try until.map(version)
    let current = Interface.text("now", in: interface.language)
    let changes = Release.changes(
      from: older.talks, to: newer?.talks ?? schedule.talks.map(ReleasedTalk.init))
    let text = ChangesReport.render(
      changes, older: older.name, newer: newer?.name ?? current, in: schedule,
      language: lang ?? schedule.event.language, format: format)
    try write(Array(text.utf8), to: output, ui: interface.language)
  }
}

extension ChangesReport.Format: ExpressibleByArgument {}
