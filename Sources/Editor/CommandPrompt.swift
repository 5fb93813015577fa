import Formats
import Scheduling

/// What the organizer types after `:`: the `multaqa` commands that export and import, with
/// their options, on the open schedule (its file is never named). One table of verbs and
/// options drives parsing, Tab completion and the help, as the keymap drives keys.
public enum CommandPrompt {
  /// The work a line asks for.
  public enum Work: Equatable, Sendable {
    /// Render the export into a file (relative paths are beside the schedule).
    case export(Export, path: String)
    /// One calendar per speaker into a folder.
    case exportPerSpeaker(Export, folder: String)
    /// Read a CSV table into the schedule as one undoable step.
    case importTable(path: String, TableImport)
    case help
  }

  /// A line's work, or why it cannot be done.
  public enum Parsed: Equatable, Sendable {
    case work(Work)
    case refused(Phrase)
  }

  /// How to read a CSV table, as `multaqa import csv` takes it.
  public struct TableImport: Equatable, Sendable {
    public var update = false
    public var skipBadRows = false
    public var map: [String: String] = [:]
    public var encoding: CSV.Encoding?
  }

  /// What an option's value is, for completion.
  enum Value: Equatable {
    case day, room, theme, speaker, language, path, folder, number, mapping
    case choice([String])
  }

  struct Option: Equatable {
    var name: String
    var short: String?
    /// Nil for a flag.
    var value: Value?
    var repeats = false
  }

  struct Verb: Equatable {
    var words: [String]
    var options: [Option]
    /// The argument the verb needs (the table of `import csv`), if any.
    var argument: String?
    var summary: String

    var name: String { words.joined(separator: " ") }
  }

  static let output = Option(name: "--output", short: "-o", value: .path)
  static let lang = Option(name: "--lang", value: .language)
  static let selection = [
    Option(name: "--day", value: .day, repeats: true), Option(name: "--room", value: .room),
    Option(name: "--theme", value: .theme), lang,
  ]
  static let encoding = Option(
    name: "--encoding", value: .choice(CSV.Encoding.allCases.map(\.rawValue)))

  static let verbs = [
    Verb(
      words: ["export", "ical"],
      options: selection + [
        Option(name: "--speaker", value: .speaker), Option(name: "--per-speaker", value: .folder),
        output,
      ], summary: "iCalendar for calendar programs (all, one --speaker, one --room)"),
    Verb(
      words: ["export", "frab"],
      options: [Option(name: "--format", value: .choice(["xml", "json"])), lang, output],
      summary: "frab schedule XML or JSON for conference apps"),
    Verb(
      words: ["export", "csv"], options: [encoding, Option(name: "--no-bom"), output],
      summary: "every talk as a CSV table"),
    Verb(
      words: ["print"],
      options: [
        Option(
          name: "--format", value: .choice(Export.PrintFormat.allCases.map(\.rawValue)))
      ] + selection + [
        Option(name: "--door-signs"), Option(name: "--booklet"), Option(name: "--hide-cancelled"),
        Option(name: "--width", value: .number), output,
      ], summary: "the day plan (text, html, markdown), door signs or the booklet"),
    Verb(
      words: ["import", "csv"],
      options: [
        Option(name: "--update"), Option(name: "--skip-bad-rows"),
        Option(name: "--map", value: .mapping, repeats: true), encoding,
      ], argument: "TABLE.csv", summary: "add a spreadsheet's talks, as one undoable step"),
    Verb(words: ["help"], options: [], summary: "these commands"),
  ]

  /// The options of `verb` as its help lists them (in English: the commands are).
  static func usage(of verb: Verb) -> String {
    verb.options.map { option in
      let value = option.value.map { " " + valueName($0) } ?? ""
      return "[\(option.name)\(value)]" + (option.repeats ? "…" : "")
    }.joined(separator: " ")
  }

  /// How the help names what an option takes (`YYYY-MM-DD`, `ROOM`, `xml|json`).
  static func valueName(_ value: Value) -> String {
    switch value {
    case .day: return "YYYY-MM-DD"
    case .room: return "ROOM"
    case .theme: return "THEME"
    case .speaker: return "SPEAKER"
    case .language: return "LANG"
    case .path: return "FILE"
    case .folder: return "FOLDER"
    case .number: return "N"
    case .mapping: return "COLUMN=FIELD"
    case .choice(let values): return values.joined(separator: "|")
    }
  }

  // MARK: - Parsing

  /// The work `line` asks for on `schedule` (in file `file`, titles in `language` unless
  /// `--lang`), or what is wrong with it.
  static func parse(_ line: String, schedule: Schedule, file: String, language: String)
    -> Parsed
  {
    let words = split(line).words
    guard !words.isEmpty else { return .refused(Phrase("type a command: {1}", verbList)) }
    guard let verb = verbs.first(where: { words.starts(with: $0.words) }) else {
      let typed = words.prefix(2).joined(separator: " ")
      let near =
        suggestion(for: typed, among: verbs.map(\.name))
        ?? suggestion(
          for: words[0], among: verbs.map(\.name))
      return .refused(
        near.map { Phrase("unknown command ‘{1}’; did you mean {2}?", .text(typed), .text($0)) }
          ?? Phrase("unknown command ‘{1}’: the commands are {2}", .text(typed), verbList))
    }
    var values: [String: [String]] = [:]
    var arguments: [String] = []
    var rest = Array(words.dropFirst(verb.words.count))[...]
    while let word = rest.popFirst() {
      guard word.hasPrefix("-"), word.count > 1 else {
        arguments.append(word)
        continue
      }
      let (name, inline) = splitOption(word)
      guard let option = verb.options.first(where: { $0.name == name || $0.short == name })
      else {
        let near = suggestion(for: name, among: verb.options.map(\.name))
        return .refused(
          near.map {
            Phrase(
              "{1} has no option {2} (did you mean {3}?)", .text(verb.name), .text(name), .text($0))
          } ?? Phrase("{1} has no option {2}", .text(verb.name), .text(name)))
      }
      guard let kind = option.value else {
        // A flag.
        guard inline == nil else {
          return .refused(Phrase("{1} takes no value", .text(option.name)))
        }
        values[option.name, default: []].append("")
        continue
      }
      guard let value = inline ?? rest.popFirst() else {
        return .refused(
          Phrase("{1} needs a value ({2})", .text(option.name), .text(valueName(kind))))
      }
      if !option.repeats, values[option.name] != nil {
        return .refused(Phrase("{1} is given twice", .text(option.name)))
      }
      if case .choice(let allowed) = kind, !allowed.contains(value.lowercased()) {
        return .refused(
          Phrase("{1} must be {2}", .text(option.name), .either(allowed.map { .text($0) })))
      }
      if kind == .day, CalendarDate(iso: value) == nil {
        return .refused(Phrase("--day {1} is not a date like 2010-03-14", .text(value)))
      }
      values[option.name, default: []].append(value)
    }
    let expected = verb.argument == nil ? 0 : 1
    if arguments.count != expected {
      return .refused(
        expected == 0
          ? Phrase("{1} takes no argument ({2})", .text(verb.name), .text(arguments[0]))
          : Phrase("{1} needs {2}", .text(verb.name), .text(verb.argument!)))
    }
    return work(verb, values, arguments, schedule: schedule, file: file, language: language)
  }

  private static var verbList: Phrase.Argument { .list(verbs.map { .text($0.name) }) }

  private static func work(
    _ verb: Verb, _ values: [String: [String]], _ arguments: [String], schedule: Schedule,
    file: String, language: String
  ) -> Parsed {
    func value(_ name: String) -> String? { values[name]?.last }
    func flag(_ name: String) -> Bool { values[name] != nil }
    let base = baseName(of: file)
    func exported(_ product: Export.Product, speaker: String? = nil) -> Parsed {
      let export = Export(
        product, days: (values["--day"] ?? []).compactMap { CalendarDate(iso: $0) },
        room: value("--room"), theme: value("--theme"), speaker: speaker,
        language: value("--lang") ?? (language == schedule.event.language ? nil : language),
        hideCancelled: flag("--hide-cancelled"))
      if let problem = export.problem(in: schedule, file: file) { return .refused(problem) }
      if let folder = value("--per-speaker") {
        if value("--output") != nil || speaker != nil {
          return .refused(Phrase("--per-speaker writes its own files: leave out -o and --speaker"))
        }
        return .work(.exportPerSpeaker(export, folder: folder))
      }
      return .work(.export(export, path: value("--output") ?? export.suggestedName(base: base)))
    }
    switch verb.name {
    case "export ical":
      return exported(.calendar, speaker: value("--speaker"))
    case "export frab":
      return exported(value("--format")?.lowercased() == "json" ? .frabJSON : .frabXML)
    case "export csv":
      let encoding = value("--encoding").flatMap { CSV.Encoding(rawValue: $0.lowercased()) }
      return exported(.table(encoding ?? .utf8, bom: !flag("--no-bom")))
    case "print":
      let format = value("--format").flatMap { Export.PrintFormat(rawValue: $0.lowercased()) }
      let doorSigns = flag("--door-signs")
      let booklet = flag("--booklet")
      if let problem = Export.printProblem(format ?? .text, doorSigns: doorSigns, booklet: booklet)
      {
        return .refused(Phrase(problem))
      }
      var width = 100
      if let text = value("--width") {
        guard let number = Int(text), number >= 40 else {
          return .refused(Phrase("--width must be at least 40"))
        }
        width = number
      }
      return exported(
        Export.printed(
          format ?? .text, width: width, doorSigns: doorSigns, booklet: booklet,
          room: value("--room")))
    case "import csv":
      var options = TableImport()
      options.update = flag("--update")
      options.skipBadRows = flag("--skip-bad-rows")
      options.encoding = value("--encoding").flatMap { CSV.Encoding(rawValue: $0.lowercased()) }
      for mapping in values["--map"] ?? [] {
        let parts = mapping.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else {
          return .refused(Phrase("--map {1}: write it as COLUMN=FIELD", .text(mapping)))
        }
        options.map[String(parts[0])] = String(parts[1])
      }
      return .work(.importTable(path: arguments[0], options))
    default:
      return .work(.help)
    }
  }

  /// The schedule's file name without its folder and its `.yaml`.
  static func baseName(of file: String) -> String {
    var name = file.split(separator: "/").last.map(String.init) ?? file
    for ending in [".yaml", ".yml"] where name.hasSuffix(ending) {
      name = String(name.dropLast(ending.count))
    }
    return name
  }

  private static func splitOption(_ word: String) -> (String, String?) {
    guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }

  /// The words of a line, split at spaces outside quotes ("…" or '…'; a backslash takes the
  /// next character as it is), and whether the line ends between words.
  static func split(_ line: String) -> (words: [String], endsBetween: Bool) {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for character in line {
      if escaped {
        word.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
        inWord = true
      } else if let open = quote {
        if character == open { quote = nil } else { word.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " || character == "\t" {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(character)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return (words, !inWord)
  }

  // MARK: - Completion

  /// What Tab does to `line` (the cursor at its end): the line with its last word completed
  /// as far as every candidate agrees, and the candidates when there are several.
  static func complete(_ line: String, schedule: Schedule) -> (line: String, candidates: [String]) {
    let (words, between) = split(line)
    let done = between ? words : Array(words.dropLast())
    let partial = between ? "" : words.last ?? ""
    let candidates = self.candidates(after: done, schedule: schedule).filter {
      $0.folded.hasPrefix(partial.folded)
    }
    guard !candidates.isEmpty else { return (line, []) }
    let kept = between ? line : String(line.dropLast(rawLength(ofLastWord: line)))
    if candidates.count == 1 { return (kept + quoted(candidates[0]) + " ", []) }
    let common = commonPrefix(candidates)
    return (kept + (common.count > partial.count ? quoted(common) : quoted(partial)), candidates)
  }

  /// The words that may follow `done`.
  static func candidates(after done: [String], schedule: Schedule) -> [String] {
    guard let verb = verbs.first(where: { done.starts(with: $0.words) }) else {
      // Still choosing the verb: its next word.
      var next: [String] = []
      for verb in verbs where verb.words.count > done.count && verb.words.starts(with: done) {
        let word = verb.words[done.count]
        if !next.contains(word) { next.append(word) }
      }
      return next
    }
    let rest = done.dropFirst(verb.words.count)
    if let last = rest.last,
      let option = verb.options.first(where: { $0.name == last || $0.short == last }),
      let value = option.value
    {
      return values(value, schedule: schedule)
    }
    let used = Set(rest)
    return verb.options.filter { $0.repeats || !used.contains($0.name) }.map(\.name)
  }

  static func values(_ value: Value, schedule: Schedule) -> [String] {
    switch value {
    case .day: return schedule.days.map(\.date.iso)
    case .room: return schedule.rooms.ids
    case .theme: return schedule.themes.ids
    case .speaker: return schedule.speakers.ids
    case .language: return schedule.languages
    case .choice(let values): return values
    case .path, .folder, .number, .mapping: return []
    }
  }

  /// A word as the line must hold it: quoted when it has a space or a quote.
  private static func quoted(_ word: String) -> String {
    guard word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" }) else {
      return word
    }
    return "\""
      + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }

  /// How many characters the line's last word takes, quotes included.
  private static func rawLength(ofLastWord line: String) -> Int {
    var count = 0
    var quote: Character?
    for character in line.reversed() {
      if let open = quote {
        count += 1
        if character == open { quote = nil }
      } else if character == " " {
        break
      } else {
        if character == "\"" || character == "'" { quote = character }
        count += 1
      }
    }
    return count
  }

  private static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var length = 0
      while length < min(prefix.count, characters.count) && prefix[length] == characters[length] {
        length += 1
      }
      prefix = Array(prefix.prefix(length))
    }
    return String(prefix)
  }
}
