import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// `multaqa publish` against a real CalDAV server (Radicale): create, no-op, update, cancel,
/// delete, a wrong password, and a concurrent change (412). Requests that change data are
/// counted in the server's own log.
@Suite(.serialized) struct PublishCommandTests {
  func publish(
    _ file: URL, _ server: Radicale, _ collection: String = "forum", password: Bool = true
  )
    throws -> Binary.Result
  {
    var arguments = [
      "publish", file.path, "--caldav", server.collection(collection), "--user", Radicale.user,
    ]
    if password { arguments += ["--password-file", server.passwordFile] }
    return try Binary.run(arguments)
  }

  /// What the server holds, read back with a REPORT.
  func remote(_ server: Radicale, _ collection: String = "forum") throws -> [CalendarPublishing
    .Remote]
  {
    let client = CalDAVClient(
      collection: URL(string: server.collection(collection))!, user: Radicale.user,
      password: Radicale.password)
    return try client.events()
  }

  func edit(_ file: URL, _ change: (inout String) throws -> Void) throws {
    var text = try String(contentsOf: file, encoding: .utf8)
    try change(&text)
    try text.write(to: file, atomically: true, encoding: .utf8)
  }

  @Test(.enabled(if: Radicale.available)) func createThenNothingThenOneUpdateCancelAndDelete()
    throws
  {
    let server = try Radicale()
    defer { server.stop() }
    let file = try Binary.sampleCopy()
    let first = try publish(file, server)
    #expect(first.status == 0, "\(first.stderr)")
    let schedule = try ScheduleFile.load(file.path)
    let local = CalendarPublishing.resources(schedule, language: nil, now: "20100301T090000Z")
    #expect(first.stdout.contains("\(local.count) created, 0 updated, 0 cancelled, 0 deleted"))
    #expect(server.writes() == local.count + 1)  // the calendar, then each talk
    // What the server holds is what the export says, event by event.
    let held = try remote(server)
    #expect(held.count == local.count)
    for resource in local {
      let there = held.first { ($0.name.removingPercentEncoding ?? $0.name) == resource.name }
      #expect(
        there.map { CalendarPublishing.sameEvent($0.body, resource.body) } == true,
        "\(resource.uid)")
    }
    #expect(!first.stdout.contains(Radicale.password) && !first.stderr.contains(Radicale.password))

    // Again, with no change: nothing is sent.
    let again = try publish(file, server)
    #expect(
      again.stdout.contains(
        "0 created, 0 updated, 0 cancelled, 0 deleted, \(local.count) unchanged"))
    #expect(server.writes() == local.count + 1)

    // One talk moved: exactly one request that changes data.
    try edit(file) { text in
      text = text.replacingOccurrences(
        of: "room: plenary, start: \"17:15\"", with: "room: plenary, start: \"17:30\"")
    }
    let moved = try publish(file, server)
    #expect(moved.stdout.contains("0 created, 1 updated, 0 cancelled, 0 deleted"))
    #expect(server.writes() == local.count + 2)
    let reality4 = try #require(try remote(server).first { $0.body.contains("UID:t-reality-4@") })
    #expect(reality4.body.contains("T173000"))

    // One cancelled: updated to CANCELLED; one removed from the file: deleted.
    try edit(file) { text in
      let block = try #require(text.range(of: "  - id: w-clusters\n"))
      let status = try #require(
        text.range(of: "    status: confirmed", range: block.upperBound..<text.endIndex))
      text.replaceSubrange(status, with: "    status: cancelled")
      let gone = try #require(text.range(of: "  - id: t-reality-3\n"))
      let next = try #require(
        text.range(of: "\n\n  - id: ", range: gone.upperBound..<text.endIndex))
      text.removeSubrange(gone.lowerBound..<text.index(after: text.index(after: next.lowerBound)))
    }
    let last = try publish(file, server)
    #expect(last.status == 0, "\(last.stderr)")
    #expect(last.stdout.contains("0 created, 0 updated, 1 cancelled, 1 deleted"))
    let now = try remote(server)
    #expect(now.count == local.count - 1)
    #expect(
      now.first { $0.body.contains("UID:w-clusters@") }?.body.contains("STATUS:CANCELLED") == true)
    #expect(!now.contains { $0.body.contains("UID:t-reality-3@") })
  }

  @Test(.enabled(if: Radicale.available)) func aWrongPasswordIsAClearErrorAndShowsNoPassword()
    throws
  {
    let server = try Radicale()
    defer { server.stop() }
    let file = try Binary.sampleCopy()
    try "not-the-password\n".write(toFile: server.passwordFile, atomically: true, encoding: .utf8)
    let result = try publish(file, server)
    #expect(result.status == 1)
    #expect(result.stderr.contains("(401)"))
    #expect(
      !result.stderr.contains("not-the-password") && !result.stdout.contains("not-the-password"))
    #expect(server.writes() == 0)
  }

  @Test(.enabled(if: Radicale.available)) func aConcurrentChangeIsRefusedWith412AndARetryContinues()
    throws
  {
    let server = try Radicale()
    defer { server.stop() }
    let file = try Binary.sampleCopy()
    #expect(try publish(file, server).status == 0)
    let client = CalDAVClient(
      collection: URL(string: server.collection("forum"))!, user: Radicale.user,
      password: Radicale.password)
    // Read, then someone else changes the event, then write on the ETag read.
    let read = try #require(try client.events().first)
    let schedule = try ScheduleFile.load(file.path)
    var resource = try #require(
      CalendarPublishing.resources(schedule, language: nil, now: "20100301T090000Z").first {
        ($0.name) == (read.name.removingPercentEncoding ?? read.name)
      })
    let theirs = resource.body.replacingOccurrences(
      of: "SUMMARY", with: "COMMENT:elsewhere\r\nSUMMARY")
    try client.put(
      CalendarPublishing.Resource(
        name: resource.name, uid: resource.uid, body: theirs, cancelled: false),
      etag: read.etag)
    resource.body = resource.body.replacingOccurrences(
      of: "SUMMARY", with: "COMMENT:ours\r\nSUMMARY")
    #expect {
      try client.put(resource, etag: read.etag)
    } throws: { error in
      (error as? CalDAVClient.Failure)?.message.contains("(412)") == true
    }
    // publish reads afresh and puts the file's version back.
    let retry = try publish(file, server)
    #expect(retry.status == 0, "\(retry.stderr)")
    #expect(retry.stdout.contains("0 created, 1 updated"))
  }

  @Test(.enabled(if: Radicale.available)) func aDryRunSendsNothing() throws {
    let server = try Radicale()
    defer { server.stop() }
    let file = try Binary.sampleCopy()
    let result = try Binary.run(
      [
        "publish", file.path, "--caldav", server.collection("forum"), "--user", Radicale.user,
        "--password-file", server.passwordFile, "--dry-run",
      ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("the calendar would be created"))
    let count = CalendarPublishing.resources(
      try ScheduleFile.load(file.path), language: nil, now: "20100301T090000Z"
    ).count
    #expect(result.stdout.contains("would publish: \(count) created, 0 updated"))
    #expect(server.writes() == 0)
  }

  @Test func aPasswordInTheURLIsRefusedAndNotShown() throws {
    let file = try Binary.sampleCopy()
    let result = try Binary.run(
      ["publish", file.path, "--caldav", "http://organizer:hunter2@127.0.0.1:9/forum/"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--password-file"))
    #expect(!result.stderr.contains("hunter2") && !result.stdout.contains("hunter2"))
  }

  @Test func aNetworkThatIsDownIsAClearError() throws {
    let file = try Binary.sampleCopy()
    let result = try Binary.run(["publish", file.path, "--caldav", "http://127.0.0.1:9/nowhere/"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot reach the server"))
    let french = try Binary.run(
      ["publish", file.path, "--caldav", "http://127.0.0.1:9/nowhere/", "--ui", "fr"])
    #expect(french.status == 1)
    #expect(french.stderr.contains("serveur injoignable"))
    let bad = try Binary.run(["publish", file.path, "--caldav", "ftp://example.org/"])
    #expect(bad.status == 1)
  }
}
