import Formats
import Scheduling

/// Enter on the command line: the export or import it names, or why not.
func runCommandLine(_ line: String, _ state: inout EditorState) -> [Effect] {
  let parsed = CommandPrompt.parse(
    line, schedule: state.schedule, file: state.fileName, language: state.language)
  switch parsed {
  case .refused(let problem):
    state.message = .error(Interface.say(problem, in: state.ui))
    return [.beep]
  case .work(.help):
    // The report's inner width, so that long option lists wrap instead of being cut.
    let width = min(state.width - 4, 100) - 6
    let lines =
      CommandPrompt.verbs.flatMap { verb -> [String] in
        let name = ([verb.name] + (verb.argument.map { [$0] } ?? [])).joined(separator: " ")
        let options = CommandPrompt.usage(of: verb).wrapped(toWidth: max(20, width)).map {
          "    " + $0
        }
        return [name + " — " + state.tr(verb.summary)] + options
      } + ["", state.tr("Files are written beside the schedule unless -o names another place.")]
    state.mode = .report(Report(title: state.tr("Commands"), lines: lines))
    return []
  case .work(.export(let export, let path)):
    return [.export(state.schedule, export, path: path)]
  case .work(.exportPerSpeaker(let export, let folder)):
    return [.exportPerSpeaker(state.schedule, export, folder: folder)]
  case .work(.importTable(let path, let options)):
    guard !state.readOnly else { return readOnly(&state) }
    return [.readTable(path: path, options)]
  }
}

/// A CSV table read for `import csv`: its rows checked as the command checks them, then
/// added as one undoable step, or nothing added and every bad row listed.
func importTable(
  path: String, bytes: [UInt8], _ options: CommandPrompt.TableImport, _ state: inout EditorState
) -> [Effect] {
  let schedule = state.schedule
  let result: TalkImport
  do {
    result = try TalkImport.read(
      bytes: bytes, encoding: options.encoding, into: schedule, map: options.map,
      update: options.update, file: path)
  } catch {
    let place = error.line.map { "\(path):\($0)" } ?? path
    state.message = .error(place + ": " + Interface.say(error.phrase, in: state.ui))
    return [.beep]
  }
  let problems = result.problems.map { $0.said(in: state.ui) }
  if !problems.isEmpty && !options.skipBadRows {
    let title = state.tr(
      "{1} bad row(s): nothing was imported (--skip-bad-rows imports the others)",
      "\(problems.count)")
    state.mode = .report(Report(title: title, lines: problems))
    return [.beep]
  }
  let changes = result.changes(to: schedule)
  guard !changes.added.isEmpty || !changes.changed.isEmpty else {
    state.message = .info(
      state.tr("Nothing to import: {1} already holds every row", state.fileName))
    return []
  }
  let placed = changes.added.filter { $0.at != nil }.count
  var summary = state.tr(
    "{1} new talk(s) ({2} placed, {3} unscheduled)", "\(changes.added.count)", "\(placed)",
    "\(changes.added.count - placed)")
  if options.update {
    summary += state.tr(
      ", {1} changed, {2} unchanged", "\(changes.changed.count)", "\(changes.unchanged)")
  }
  summary += state.tr(" and {1} new speaker(s)", "\(result.speakers.count)")
  let label = state.tr("Imported {1} from {2}", summary, path)
  var effects = perform(result.edit(for: schedule), label: label, &state)
  if !problems.isEmpty {
    state.mode = .report(Report(title: label, lines: problems))
    effects.append(.beep)
  }
  return effects
}
