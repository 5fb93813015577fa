import ArgumentParser
import Formats
import Foundation
import Scheduling
import TextWidth

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif
#if canImport(FoundationXML)
  import FoundationXML
#endif

struct PublishCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "publish",
    abstract: "Put the programme on a CalDAV calendar that participants subscribe to.",
    discussion: """
      Puts one calendar resource per talk (the UIDs of `export ical`) on the CalDAV \
      collection at --caldav (RFC 4791), creating the collection when it is missing: new \
      talks are created (If-None-Match: *), changed ones updated on the ETag read \
      (If-Match), cancelled ones updated to STATUS:CANCELLED, talks removed from the file \
      deleted; unchanged talks are not sent again, so re-running with no change sends \
      nothing. Another program's change between reading and writing is refused by the server \
      (412) and reported: run publish again, it continues where it stopped. The password is \
      read from --password-file (its first line) and never printed.

      Exit codes: 0 published; 1 bad arguments or the server refused (401, 403, 412, network \
      down); 2 the file cannot be loaded.
      """)

  @Argument(help: "The schedule file.", completion: .file(extensions: ["yaml", "yml"]))
  var file: String = defaultSchedulePath

  @Option(help: "The calendar collection's URL (http or https).")
  var caldav: String

  @Option(help: "The user name on the server.")
  var user: String?

  @Option(help: "A file whose first line is the password.")
  var passwordFile: String?

  @Option(help: "Language of titles and places: ar, fr, en (default: the file's).")
  var lang: String?

  @Flag(help: "Show what would be sent; send nothing that changes the server.")
  var dryRun = false

  @OptionGroup var interface: InterfaceOption

  func validate() throws {
    try checkLanguageTag(lang)
    guard let url = URL(string: caldav), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    else {
      throw ValidationError(
        Interface.text(
          "--caldav {1} is not an http or https URL", in: interface.language,
          TerminalText.visibleLine(caldav)))
    }
    if url.password != nil {
      throw ValidationError(
        Interface.text(
          "--caldav: put the password in --password-file, not in the URL", in: interface.language))
    }
    if passwordFile != nil && user == nil {
      throw ValidationError(
        Interface.text("--password-file goes with --user", in: interface.language))
    }
  }

  func run() throws {
    let schedule = try loadSchedule(file, ui: interface.language)
    var password: String?
    if let passwordFile {
      guard let text = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
        throw ValidationError(
          Interface.text(
            "{1}: cannot be read", in: interface.language, TerminalText.visibleLine(passwordFile)))
      }
      password = String(text.split(whereSeparator: \.isNewline).first ?? "")
    }
    let base = caldav.hasSuffix("/") ? caldav : caldav + "/"
    let client = CalDAVClient(collection: URL(string: base)!, user: user, password: password)
    do {
      try publish(schedule, with: client)
    } catch let error as CalDAVClient.Failure {
      printError(error.said(in: interface.language))
      throw ExitCode(1)
    }
  }

  /// Sends what differs, printing each change once the server took it, so that after a
  /// failure the organizer sees how far it went (a re-run continues from there).
  func publish(_ schedule: Schedule, with client: CalDAVClient) throws {
    let ui = interface.language
    let shown = TerminalText.visibleLine(caldav)
    var remote: [CalendarPublishing.Remote] = []
    if try client.collectionExists() {
      remote = try client.events()
    } else {
      print(
        Interface.text(
          dryRun ? "{1}: the calendar would be created" : "{1}: creating the calendar", in: ui,
          shown))
      if !dryRun { try client.makeCalendar(name: schedule.event.title(in: lang)) }
    }
    let local = CalendarPublishing.resources(schedule, language: lang, now: Publication.utcNow())
    let (operations, unchanged) = CalendarPublishing.plan(
      local: local, remote: remote, suffix: CalendarPublishing.suffix(of: schedule))
    var counts = [0, 0, 0, 0]  // created, updated, cancelled, deleted
    for operation in operations {
      switch operation {
      case .create(let resource):
        if !dryRun { try client.put(resource, etag: nil) }
        counts[0] += 1
        print("  + \(TerminalText.visibleLine(resource.uid))")
      case .update(let resource, let etag):
        if !dryRun { try client.put(resource, etag: etag) }
        counts[resource.cancelled ? 2 : 1] += 1
        print("  \(resource.cancelled ? "×" : "~") \(TerminalText.visibleLine(resource.uid))")
      case .delete(let name, let uid, let etag):
        if !dryRun { try client.delete(name, etag: etag) }
        counts[3] += 1
        print("  - \(TerminalText.visibleLine(uid))")
      }
    }
    print(
      Interface.text(
        dryRun
          ? "{1}: would publish: {2} created, {3} updated, {4} cancelled, {5} deleted, {6} unchanged"
          : "{1}: published: {2} created, {3} updated, {4} cancelled, {5} deleted, {6} unchanged",
        in: ui, arguments: [shown] + (counts + [unchanged]).map(String.init)))
  }
}
