import Foundation
import Scheduling

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The recovery journal of one schedule file: the unsaved state, written after every change,
/// so that a crash, a `kill -9` or a power cut loses nothing.
///
/// It is kept beside the file (`.forum-2010.yaml.multaqa-journal`) or, when that cannot be
/// written (a full disk, a read-only folder, a link planted there), in the state folder
/// (`$XDG_STATE_HOME/multaqa`, by default `~/.local/state/multaqa`), under a name made of
/// the file's name and a hash of its real path, so that two files never share one. The
/// first line names the file it belongs to; a journal that names another is never offered.
/// Journals and their folder are replaced, never written through a symbolic link.
public struct Journal: Sendable {
  /// The real path of the schedule file (links resolved).
  public let file: String
  /// Beside the file, then in the state folder: where the journal may be, in that order.
  public let locations: [String]

  public init(file: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
    let real = RealPath.of(file)
    self.file = real
    let folder = (real as NSString).deletingLastPathComponent
    let name = (real as NSString).lastPathComponent
    locations = [
      "\(folder)/.\(name).multaqa-journal",
      "\(Self.stateFolder(environment))/\(Self.readable(name))-\(Self.digest(real)).journal",
    ]
  }

  /// Where journals go when the file's folder cannot hold one.
  public static func stateFolder(_ environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/multaqa"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()
    return home + "/.local/state/multaqa"
  }

  /// The first 16 hex digits of the SHA-1 of the path: distinct paths, distinct names.
  static func digest(_ path: String) -> String {
    SHA1.hash(Array(path.utf8)).prefix(8).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// The file name with anything unusual replaced, for people reading the folder.
  static func readable(_ name: String) -> String {
    String(
      name.unicodeScalars.prefix(64).map { scalar -> Character in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "."
          || scalar == "-" ? Character(scalar) : "_"
      })
  }

  /// What writing the journal came to.
  public enum Outcome: Equatable, Sendable {
    /// Written at `path`; `fallback` says why not beside the file, when it is elsewhere.
    case written(path: String, fallback: String?)
    /// Written nowhere: the unsaved changes are not protected.
    case failed(String)
  }

  /// Writes `schedule` to the first location that takes it.
  public func write(_ schedule: Schedule) -> Outcome {
    let text = Self.header(file) + ScheduleFile.encode(schedule)
    var reasons: [String] = []
    for (i, path) in locations.enumerated() {
      let place = i == 0 ? "beside the file" : "in the state folder"
      if i > 0 {
        let folder = (path as NSString).deletingLastPathComponent
        do {
          try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        } catch {
          reasons.append("\(place): \(folder) cannot be created")
          continue
        }
      }
      if Self.isLink(path) {
        reasons.append("\(place): \(path) is a symbolic link")
        continue
      }
      do {
        try AtomicFile.write(text, to: path, backup: false, links: .replace)
      } catch {
        reasons.append("\(place): \(error.message)")
        continue
      }
      // An older journal elsewhere would only confuse the next start.
      for other in locations where other != path { Self.removeFile(other) }
      return .written(path: path, fallback: reasons.isEmpty ? nil : reasons.joined(separator: "; "))
    }
    return .failed(reasons.joined(separator: "; "))
  }

  /// A journal that holds changes never saved to the file.
  public struct Recovery: Equatable, Sendable {
    public var schedule: Schedule
    public var path: String
  }

  /// The newest journal that is newer than the file, belongs to it, and differs from
  /// `schedule`; `refused` lists the journals found and not offered, with why.
  public func recoverable(comparedTo schedule: Schedule) -> (Recovery?, refused: [String]) {
    var refused: [String] = []
    var best: (Recovery, Date)?
    let fileDate = Self.modified(file)
    for path in locations {
      var info = stat()
      guard lstat(path, &info) == 0 else { continue }
      guard info.st_mode & S_IFMT == S_IFREG else {
        refused.append("\(path) is not a regular file (a symbolic link?): not used")
        continue
      }
      guard let date = Self.modified(path) else { continue }
      if let fileDate, date < fileDate { continue }
      let recovered: Schedule
      do {
        recovered = try Self.read(path, belongingTo: file)
      } catch {
        refused.append(error.description)
        continue
      }
      guard recovered != schedule else { continue }
      if best == nil || date > best!.1 { best = (Recovery(schedule: recovered, path: path), date) }
    }
    return (best?.0, refused)
  }

  /// Removes the journal wherever it is (never a link someone else put there).
  public func remove() {
    for path in locations { Self.removeFile(path) }
  }

  // MARK: The journal's own format

  private static let marker = "# multaqa-journal: "

  /// The first line: which file the journal belongs to, as a JSON string.
  static func header(_ file: String) -> String {
    var quoted = ""
    JSON.quote(file, into: &quoted)
    return marker + quoted + "\n"
  }

  /// The schedule a journal holds, when it belongs to `file`.
  static func read(_ path: String, belongingTo file: String) throws(LoadError) -> Schedule {
    let bytes = try ScheduleFile.read(path)
    let firstLine = bytes.firstIndex(of: UInt8(ascii: "\n")).map { Array(bytes[..<$0]) } ?? bytes
    let expected = Array(header(file).utf8.dropLast())
    guard firstLine == expected else {
      let named = String(decoding: firstLine, as: UTF8.self)
      let owner =
        named.hasPrefix(marker)
        ? "another file, \(named.dropFirst(marker.count))"
        : "no file (it has no journal header)"
      throw LoadError(file: path, "belongs to {1}, not {2}: not used", "\(owner)", "\(file)")
    }
    return try ScheduleFile.decode(bytes, file: path)
  }

  private static func isLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
  }

  private static func removeFile(_ path: String) {
    var info = stat()
    if lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG { unlink(path) }
  }

  private static func modified(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}

/// Where a file really is.
public enum RealPath {
  /// The absolute path of `path` with every symbolic link resolved, for an existing file;
  /// the absolute, standardized path otherwise (or when links loop).
  public static func of(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    return URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
