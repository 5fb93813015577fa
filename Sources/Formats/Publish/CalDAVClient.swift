import Foundation
import Scheduling
import TextWidth

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif
#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The few CalDAV requests publishing needs, over Foundation's URLSession.
public final class CalDAVClient: @unchecked Sendable {
  /// Why a request failed, said for the organizer (never with the password).
  public struct Failure: Error, CustomStringConvertible {
    /// The collection's URL, as shown.
    public var url: String
    public var phrase: Phrase
    /// What went wrong, in English.
    public var message: String { said(in: .en) }
    public var description: String { message }
    /// `URL: what went wrong` in `ui`.
    public func said(in ui: InterfaceLanguage) -> String {
      "\(url): \(Interface.say(phrase, in: ui))"
    }
  }

  public let collection: URL
  private let authorization: String?
  private let session: URLSession

  /// A client of the collection at `collection` (ending in `/`), with Basic credentials.
  public init(collection: URL, user: String?, password: String?) {
    self.collection = collection
    authorization = user.map {
      "Basic " + Data("\($0):\(password ?? "")".utf8).base64EncodedString()
    }
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 30
    session = URLSession(configuration: configuration, delegate: challenges, delegateQueue: nil)
  }

  private let challenges = Challenges()

  /// Whether the collection answers (404: it does not exist yet).
  public func collectionExists() throws -> Bool {
    let (status, _) = try send(
      "PROPFIND", collection, headers: ["Depth": "0"], body: Self.propfind)
    if status == 404 { return false }
    try expect(status, [207, 200], Phrase("reading the collection"))
    return true
  }

  public func makeCalendar(name: String) throws {
    let body = """
      <?xml version="1.0" encoding="utf-8"?>
      <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
        <D:set><D:prop><D:displayname>\(Markup.escape(name))</D:displayname></D:prop></D:set>
      </C:mkcalendar>
      """
    let (status, _) = try send("MKCALENDAR", collection, headers: [:], body: body)
    try expect(status, [201], Phrase("creating the calendar"))
  }

  /// Every event resource of the collection, with its ETag and data (one REPORT).
  public func events() throws -> [CalendarPublishing.Remote] {
    let body = """
      <?xml version="1.0" encoding="utf-8"?>
      <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
        <D:prop><D:getetag/><C:calendar-data/></D:prop>
        <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>
      </C:calendar-query>
      """
    let (status, data) = try send("REPORT", collection, headers: ["Depth": "1"], body: body)
    try expect(status, [207], Phrase("listing the calendar's events"))
    return MultiStatus.parse(data).compactMap { response in
      guard let body = response.data else { return nil }
      // The href is percent-encoded; the name is kept decoded so that a request built from it
      // is encoded exactly once.
      let last = response.href.split(separator: "/").last.map(String.init) ?? response.href
      let name = last.removingPercentEncoding ?? last
      return CalendarPublishing.Remote(name: name, etag: response.etag, body: body)
    }
  }

  public func put(_ resource: CalendarPublishing.Resource, etag: String?) throws {
    var headers = ["Content-Type": "text/calendar; charset=utf-8"]
    if let etag { headers["If-Match"] = etag } else { headers["If-None-Match"] = "*" }
    let (status, _) = try send(
      "PUT", collection.appendingPathComponent(resource.name), headers: headers,
      body: resource.body)
    try expect(status, [200, 201, 204], Phrase("writing {1}", "\(resource.uid)"))
  }

  public func delete(_ name: String, etag: String?) throws {
    var headers: [String: String] = [:]
    if let etag { headers["If-Match"] = etag }
    let (status, _) = try send(
      "DELETE", collection.appendingPathComponent(name), headers: headers, body: nil)
    try expect(status, [200, 204, 404], Phrase("deleting {1}", "\(name)"))
  }

  private func expect(_ status: Int, _ good: Set<Int>, _ what: Phrase) throws {
    guard !good.contains(status) else { return }
    let reason: Phrase
    switch status {
    case 401:
      reason = Phrase(
        "the server wants a user and password (401); check --user and --password-file")
    case 403: reason = Phrase("the server refused (403); the user may not write there")
    case 412:
      reason = Phrase(
        "changed on the server since it was read (412); run publish again to continue")
    default: reason = Phrase("the server answered {1}", "\(status)")
    }
    throw failure(Phrase("{1}: {2}", .phrase(what), .phrase(reason)))
  }

  private func failure(_ phrase: Phrase) -> Failure {
    Failure(url: TerminalText.visibleLine(Self.shown(collection)), phrase: phrase)
  }

  /// The URL without any password in it.
  static func shown(_ url: URL) -> String {
    guard url.password != nil, var parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
    else { return url.absoluteString }
    parts.password = nil
    return parts.string ?? url.absoluteString
  }

  static let propfind = """
    <?xml version="1.0" encoding="utf-8"?>
    <D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/></D:prop></D:propfind>
    """

  /// Sends one request and waits for its answer.
  private func send(_ method: String, _ url: URL, headers: [String: String], body: String?)
    throws -> (status: Int, body: Data)
  {
    var request = URLRequest(url: url)
    request.httpMethod = method
    for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
    if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
    if let body {
      request.httpBody = Data(body.utf8)
      if headers["Content-Type"] == nil {
        request.setValue("application/xml; charset=utf-8", forHTTPHeaderField: "Content-Type")
      }
    }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let task = session.dataTask(with: request) { data, response, error in
      box.set(data, response as? HTTPURLResponse, error)
      done.signal()
    }
    task.resume()
    done.wait()
    let (data, response, error) = box.get()
    // The credentials were sent with the request, so a challenge means they were refused.
    if challenges.wasChallenged(task.taskIdentifier) { return (401, Data()) }
    guard let response else {
      let reason = error.map { $0.localizedDescription } ?? "no answer"
      throw failure(Phrase("cannot reach the server ({1})", "\(TerminalText.visibleLine(reason))"))
    }
    return (response.statusCode, data ?? Data())
  }

  /// Answers authentication challenges by cancelling them and remembers which tasks had one.
  /// Without it, corelibs Foundation leaves a task that met a 401 waiting for ever
  /// (swift-corelibs-foundation issue 5456).
  private final class Challenges: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var challenged: Set<Int> = []

    func urlSession(
      _ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
      completionHandler:
        @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
      lock.lock()
      challenged.insert(task.taskIdentifier)
      lock.unlock()
      completionHandler(.cancelAuthenticationChallenge, nil)
    }

    func wasChallenged(_ task: Int) -> Bool {
      lock.lock()
      defer { lock.unlock() }
      return challenged.contains(task)
    }
  }

  private final class Box: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (Data?, HTTPURLResponse?, Error?) = (nil, nil, nil)
    func set(_ data: Data?, _ response: HTTPURLResponse?, _ error: Error?) {
      lock.lock()
      value = (data, response, error)
      lock.unlock()
    }
    func get() -> (Data?, HTTPURLResponse?, Error?) {
      lock.lock()
      defer { lock.unlock() }
      return value
    }
  }
}

/// The responses of a WebDAV multistatus answer (RFC 4918): each resource's href, ETag and
/// calendar data, whatever prefixes the server chose.
final class MultiStatus: NSObject, XMLParserDelegate, @unchecked Sendable {
  struct Response {
    var href = ""
    var etag: String?
    var data: String?
  }

  private var responses: [Response] = []
  private var current: Response?
  private var text = ""

  static func parse(_ data: Data) -> [Response] {
    let parser = XMLParser(data: data)
    let delegate = MultiStatus()
    parser.shouldProcessNamespaces = true
    parser.delegate = delegate
    _ = parser.parse()
    return delegate.responses
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if name == "response" { current = Response() }
    text = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, foundCDATA data: Data) {
    text += String(decoding: data, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch name {
    case "href": current?.href = text.trimmingCharacters(in: .whitespacesAndNewlines)
    case "getetag": current?.etag = text.trimmingCharacters(in: .whitespacesAndNewlines)
    case "calendar-data": current?.data = text
    case "response":
      if let current { responses.append(current) }
      current = nil
    default: break
    }
  }
}
