import Foundation
import Testing

@testable import Formats
@testable import Scheduling

/// What publishing sends, decided without a server: the plan from what the file says and what
/// the server holds.
@Suite struct CalendarPublishingTests {
  static let sample = try! ScheduleFile.load(Samples.forum)
  static let local = CalendarPublishing.resources(sample, language: nil, now: "20100301T120000Z")
  static let suffix = CalendarPublishing.suffix(of: sample)

  /// What a server answers for what was put: its own DTSTAMP, lines refolded, names escaped.
  func held(_ resources: [CalendarPublishing.Resource]) -> [CalendarPublishing.Remote] {
    resources.enumerated().map { index, resource in
      let body = resource.body.replacingOccurrences(
        of: "DTSTAMP:20100301T120000Z", with: "DTSTAMP:20100302T080000Z")
      let name = resource.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
      return CalendarPublishing.Remote(name: name, etag: "\"e\(index)\"", body: body)
    }
  }

  @Test func anEmptyCollectionGetsEveryTalk() {
    let (operations, unchanged) = CalendarPublishing.plan(
      local: Self.local, remote: [], suffix: Self.suffix)
    #expect(unchanged == 0)
    #expect(operations.count == Self.local.count)
    #expect(operations.allSatisfy { if case .create = $0 { true } else { false } })
    #expect(Set(Self.local.map(\.uid)).count == Self.local.count)
  }

  @Test func whatTheServerAlreadyHoldsIsNotSentAgain() {
    let (operations, unchanged) = CalendarPublishing.plan(
      local: Self.local, remote: held(Self.local), suffix: Self.suffix)
    #expect(operations.isEmpty)
    #expect(unchanged == Self.local.count)
  }

  @Test func oneChangedTalkIsOneUpdateOnTheETagRead() throws {
    var schedule = Self.sample
    let index = try #require(schedule.talks.indices.first { schedule.talks[$0].at != nil })
    let id = schedule.talks[index].id
    schedule.talks.modify(at: index) { $0.title += " (new room)" }
    let now = CalendarPublishing.resources(schedule, language: nil, now: "20100305T120000Z")
    let (operations, unchanged) = CalendarPublishing.plan(
      local: now, remote: held(Self.local), suffix: Self.suffix)
    #expect(unchanged == Self.local.count - 1)
    let position = try #require(Self.local.firstIndex { $0.uid.hasPrefix(id + "@") })
    #expect(operations.count == 1)
    guard case .update(let resource, let etag) = operations.first else {
      Issue.record("expected an update, got \(operations)")
      return
    }
    #expect(resource.uid.hasPrefix(id + "@"))
    #expect(etag == "\"e\(position)\"")
  }

  @Test func onlyThisEventsResourcesAreDeleted() {
    var remote = held(Self.local)
    let gone = "t-gone" + Self.suffix
    let theirs = "lunch@someone-else.example"
    for uid in [gone, theirs] {
      remote.append(
        CalendarPublishing.Remote(
          name: uid + ".ics", etag: "\"x\"",
          body: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:\(uid)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
    }
    let (operations, _) = CalendarPublishing.plan(
      local: Self.local, remote: remote, suffix: Self.suffix)
    #expect(operations == [.delete(name: gone + ".ics", uid: gone, etag: "\"x\"")])
  }

  @Test func aCancelledTalkIsPublishedAsCancelled() throws {
    var schedule = Self.sample
    let index = try #require(schedule.talks.indices.first { schedule.talks[$0].at != nil })
    schedule.talks.modify(at: index) { $0.status = .cancelled }
    let now = CalendarPublishing.resources(schedule, language: nil, now: "20100305T120000Z")
    let (operations, _) = CalendarPublishing.plan(
      local: now, remote: held(Self.local), suffix: Self.suffix)
    guard case .update(let resource, _) = operations.first, operations.count == 1 else {
      Issue.record("expected one update, got \(operations)")
      return
    }
    #expect(resource.cancelled)
    #expect(resource.body.contains("STATUS:CANCELLED"))
  }

  /// An id in Arabic letters names its resource; the URL escapes it once and the name read
  /// back from the server's href is the same.
  @Test func anArabicIdSurvivesTheURL() throws {
    let name = CalendarPublishing.resourceName("مداخلة-١@arabsmi5.multaqa")
    let url = URL(string: "http://127.0.0.1:5232/organizer/forum/")!.appendingPathComponent(name)
    #expect(url.absoluteString.contains("%D9%85"))
    let last = try #require(url.absoluteString.split(separator: "/").last)
    #expect(String(last).removingPercentEncoding == name)
  }
}
