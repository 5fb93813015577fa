import Foundation
import Testing

@testable import Editor
@testable import Formats
@testable import Scheduling
@testable import Terminal

@Suite struct CommandPromptTests {
  let schedule = Sample.schedule

  func parse(_ line: String, language: String = "en") -> CommandPrompt.Parsed {
    CommandPrompt.parse(line, schedule: schedule, file: "forum-2010.yaml", language: language)
  }

  func refusal(_ line: String) -> String? {
    guard case .refused(let phrase) = parse(line) else { return nil }
    return phrase.description
  }

  @Test func exportsTakeTheCommandsOptions() {
    #expect(
      parse("export ical")
        == .work(.export(Export(.calendar), path: "forum-2010.ics")))
    #expect(
      parse("export ical --speaker s-karoui --lang fr")
        == .work(
          .export(
            Export(.calendar, speaker: "s-karoui", language: "fr"),
            path: "forum-2010-s-karoui-fr.ics")))
    #expect(
      parse("export ical --room atlas -o 'atlas room.ics'")
        == .work(.export(Export(.calendar, room: "atlas"), path: "atlas room.ics")))
    #expect(
      parse("export ical --per-speaker speakers")
        == .work(.exportPerSpeaker(Export(.calendar), folder: "speakers")))
    #expect(
      parse("export frab --format=json")
        == .work(.export(Export(.frabJSON), path: "forum-2010.json")))
    #expect(
      parse("export csv --encoding windows-1256 --no-bom")
        == .work(
          .export(Export(.table(.windows1256, bom: false)), path: "forum-2010.csv")))
  }

  @Test func printChoosesThePlanTheSignOrTheBooklet() {
    #expect(
      parse("print --day 2010-03-14", language: "ar")
        == .work(
          .export(
            Export(.planText(width: 100), days: [CalendarDate(iso: "2010-03-14")!], language: "ar"),
            path: "forum-2010-plan-2010-03-14-ar.txt")))
    #expect(
      parse("print --format html --room atlas")
        == .work(
          .export(
            Export(.doorSigns, room: "atlas"), path: "forum-2010-signs-atlas.html")))
    guard case .work(.export(let booklet, _)) = parse("print --format html --booklet") else {
      Issue.record("no booklet")
      return
    }
    #expect(booklet.product == .booklet)
  }

  @Test func badLinesSayWhatIsWrong() {
    #expect(refusal("exprot ical")?.contains("did you mean export ical?") == true)
    #expect(refusal("export ical --speaker nobody")?.contains("is not a speaker of") == true)
    #expect(refusal("export ical --rom atlas")?.contains("did you mean --room?") == true)
    #expect(refusal("export ical --room")?.contains("--room needs a value") == true)
    #expect(refusal("export ical --day 14-03-2010")?.contains("is not a date") == true)
    #expect(refusal("export ical --day 2010-03-16")?.contains("is not a day of") == true)
    #expect(refusal("export ical --lang de")?.contains("has no text in that language") == true)
    #expect(refusal("export frab --format pdf")?.contains("--format must be xml or json") == true)
    #expect(refusal("print --booklet")?.contains("add --format html") == true)
    #expect(refusal("print --width 10")?.contains("at least 40") == true)
    #expect(refusal("import csv")?.contains("needs TABLE.csv") == true)
    #expect(refusal("export csv extra")?.contains("takes no argument") == true)
    #expect(refusal("export ical --no-such=1") != nil)
    #expect(refusal("")?.contains("type a command") == true)
  }

  @Test func importTakesTheTableAndItsFlags() {
    var options = CommandPrompt.TableImport()
    options.update = true
    options.map = ["Intitulé": "title"]
    #expect(
      parse("import csv \"new talks.csv\" --update --map Intitulé=title")
        == .work(.importTable(path: "new talks.csv", options)))
  }

  @Test func tabCompletesVerbsOptionsAndValues() {
    func complete(_ line: String) -> (String, [String]) {
      CommandPrompt.complete(line, schedule: schedule)
    }
    #expect(complete("ex") == ("export ", []))
    #expect(complete("export ") == ("export ", ["ical", "frab", "csv"]))
    #expect(complete("export i") == ("export ical ", []))
    #expect(complete("export ical --sp") == ("export ical --speaker ", []))
    #expect(complete("export ical --speaker s-kar") == ("export ical --speaker s-karoui ", []))
    #expect(complete("export ical --room ") == ("export ical --room ", schedule.rooms.ids))
    #expect(complete("export ical --day 2010-03-1").1 == ["2010-03-14", "2010-03-15"])
    #expect(complete("print --format h") == ("print --format html ", []))
    // An option given once is not offered again; --day repeats.
    let options = complete("export ical --room atlas ").1
    #expect(!options.contains("--room") && options.contains("--day"))
    #expect(complete("zzz") == ("zzz", []))
  }

  @Test func wordsSplitAtSpacesOutsideQuotes() {
    #expect(CommandPrompt.split("a 'b c' \"d\\\"e\" f\\ g").words == ["a", "b c", "d\"e", "f g"])
    #expect(CommandPrompt.split("a ").endsBetween)
    #expect(!CommandPrompt.split("a").endsBetween)
  }
}

@Suite struct CommandLineInTheEditorTests {
  @Test func colonOpensTheLineAndEnterExports() {
    var state = Sample.state()
    press([.character(":")], &state)
    guard case .prompt(let prompt) = state.mode, prompt.purpose == .command else {
      Issue.record("no command line")
      return
    }
    #expect(prompt.hints == ["export", "print", "import", "help"])
    type("export ical --sp", &state)
    press([.tab], &state)
    type("s-karoui", &state)
    let effects = press([.enter], &state)
    guard case .export(_, let export, "forum-2010-s-karoui.ics")? = effects.first else {
      Issue.record("no export: \(effects)")
      return
    }
    #expect(export == Export(.calendar, speaker: "s-karoui"))
    _ = update(&state, .exported(paths: ["/tmp/forum-2010-s-karoui-en.ics"]))
    #expect(state.message?.text == "Wrote /tmp/forum-2010-s-karoui-en.ics")
    _ = update(&state, .exportFailed("disk full"))
    #expect(state.message?.kind == .error)
  }

  @Test func tabListsTheCandidatesAboveTheLine() {
    var state = Sample.state()
    press([.character(":")], &state)
    type("export ", &state)
    press([.tab], &state)
    let screen = view(state)
    let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[lines.count - 3].contains("ical  frab  csv"))
    #expect(lines[lines.count - 2].hasPrefix(" :export"))
  }

  @Test func aBadLineIsRefusedWithItsReason() {
    var state = Sample.state()
    press([.character(":")], &state)
    type("export ical --room nowhere", &state)
    let effects = press([.enter], &state)
    #expect(effects.count == 1)
    #expect(state.message?.text.contains("--room nowhere is not a room") == true)
  }

  @Test func theDayPlanKeyWritesThroughTheSameExport() {
    var state = Sample.state()
    press([.character("P")], &state)
    let effects = press([.enter], &state)
    guard case .export(_, let export, "forum-2010-2010-03-14.txt")? = effects.first else {
      Issue.record("no plan effect: \(effects)")
      return
    }
    #expect(
      export
        == Export(.planText(width: 100), days: [CalendarDate(iso: "2010-03-14")!], language: "en"))
  }

  static let table = """
    id,title,theme,kind,speakers,duration
    t-new-1,Export credit for SMEs,financing,talk,Nadia Ferhat,30
    t-new-2,Design clusters,clusters,talk,Nadia Ferhat,30

    """

  func imported(_ table: String, options: CommandPrompt.TableImport = .init()) -> (
    EditorState, [Effect]
  ) {
    var state = Sample.state()
    press([.character(":")], &state)
    type("import csv new.csv", &state)
    let effects = press([.enter], &state)
    guard case .readTable("new.csv", _)? = effects.first else {
      Issue.record("no read: \(effects)")
      return (state, [])
    }
    let done = update(&state, .tableRead(path: "new.csv", bytes: Array(table.utf8), options))
    return (state, done)
  }

  @Test func anImportIsOneUndoableStep() {
    var (state, effects) = imported(Self.table)
    #expect(state.schedule.talks.count == Sample.schedule.talks.count + 2)
    #expect(state.schedule.speakers.count == Sample.schedule.speakers.count + 1)
    #expect(state.message?.text.contains("2 new talk(s)") == true)
    #expect(effects.contains { if case .writeJournal = $0 { true } else { false } })
    press([.character("u")], &state)
    #expect(state.schedule == Sample.schedule)
    press([.control("r")], &state)
    #expect(state.schedule.talks.contains(id: "t-new-2"))
  }

  @Test func badRowsImportNothingAndAreListed() {
    let bad = Self.table + "t-new-3,Broken,no-such-theme,talk,Someone,30\n"
    let (state, _) = imported(bad)
    #expect(state.schedule == Sample.schedule)
    guard case .report(let report) = state.mode else {
      Issue.record("no report")
      return
    }
    #expect(report.title.contains("nothing was imported"))
    #expect(report.lines.count == 1 && report.lines[0].hasPrefix("new.csv:4:"))
    var skip = CommandPrompt.TableImport()
    skip.skipBadRows = true
    let (skipped, _) = imported(bad, options: skip)
    #expect(skipped.schedule.talks.count == Sample.schedule.talks.count + 2)
  }

  @Test func aFileThatIsNotATableSaysWhereItFails() {
    let (state, _) = imported("id,title\n\"unterminated,x\n")
    #expect(state.schedule == Sample.schedule)
    #expect(state.message?.kind == .error)
    #expect(state.message?.text.hasPrefix("new.csv") == true)
  }
}
