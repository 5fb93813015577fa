import Formats
import Foundation
import Scheduling
import Terminal

/// What the editor knows about the file on disk, to notice changes made elsewhere.
struct DiskStamp: Equatable {
  var size: Int
  var hash: UInt64

  /// The stamp of the file at `path` now, or nil when it cannot be read.
  static func of(_ path: String) -> DiskStamp? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    // FNV-1a: enough to tell a changed file from an unchanged one.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return DiskStamp(size: data.count, hash: hash)
  }
}

/// The recovery journal and the lock of one schedule file.
///
/// Both live beside the file as hidden files (`.forum-2010.yaml.multaqa-journal`,
/// `.forum-2010.yaml.multaqa-lock`), or under `$XDG_STATE_HOME/multaqa` when the file's
/// folder cannot be written.
public struct Sidecars: Sendable {
  public let journal: String
  public let lock: String

  public init(for file: String, environment: [String: String] = ProcessInfo.processInfo.environment)
  {
    let url = URL(fileURLWithPath: file).standardizedFileURL
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    if FileManager.default.isWritableFile(atPath: folder) {
      journal = "\(folder)/.\(name).multaqa-journal"
      lock = "\(folder)/.\(name).multaqa-lock"
    } else {
      let home = environment["HOME"] ?? NSTemporaryDirectory()
      let state = environment["XDG_STATE_HOME"] ?? "\(home)/.local/state"
      let base = "\(state)/multaqa"
      try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
      let key = url.path.map { $0.isLetter || $0.isNumber ? $0 : "_" }
      journal = "\(base)/\(String(key)).journal"
      lock = "\(base)/\(String(key)).lock"
    }
  }

  /// The schedule in the journal, when the journal is newer than the file and differs
  /// from what the file holds.
  public func recoverable(comparedTo schedule: Schedule, file: String) -> Schedule? {
    let manager = FileManager.default
    guard
      let journalDate = (try? manager.attributesOfItem(atPath: journal))?[.modificationDate]
        as? Date
    else { return nil }
    let fileDate = (try? manager.attributesOfItem(atPath: file))?[.modificationDate] as? Date
    if let fileDate, journalDate < fileDate { return nil }
    guard let bytes = try? ScheduleFile.read(journal),
      let recovered = try? ScheduleFile.decode(bytes, file: journal), recovered != schedule
    else { return nil }
    return recovered
  }

  public func writeJournal(_ schedule: Schedule) {
    try? AtomicFile.write(ScheduleFile.encode(schedule), to: journal, backup: false)
  }

  public func removeJournal() { unlink(journal) }

  /// Takes the lock; returns the pid of a live editor that holds it instead.
  public func acquireLock() -> Int? {
    let me = getpid()
    if let text = try? String(contentsOfFile: lock, encoding: .utf8),
      let pid = Int32(text.split(separator: " ").first ?? ""), pid != me,
      CursesBackend.processAlive(pid)
    {
      return Int(pid)
    }
    // A lock of a process that is gone is stale: take it over.
    try? AtomicFile.write("\(me) \(ProcessInfo.processInfo.hostName)\n", to: lock, backup: false)
    return nil
  }

  public func releaseLock() {
    if let text = try? String(contentsOfFile: lock, encoding: .utf8),
      text.split(separator: " ").first == Substring(String(getpid()))
    {
      unlink(lock)
    }
  }
}
