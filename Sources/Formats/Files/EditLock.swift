import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lock that keeps two editors from writing one schedule file.
///
/// Two locks are taken, both with `flock`, which the kernel releases when the process dies
/// (so a crash never leaves a lock that blocks the next start, and two editors started at
/// once cannot both win):
/// - on a lock file beside the real file (`.forum-2010.yaml.multaqa-lock`, opened without
///   following links), which also names the holder as `PID HOST` for the message and for
///   editors on other hosts of a shared folder;
/// - on the schedule file itself, so that opening it through a symbolic or a hard link
///   finds the same lock. Saving replaces the file, so ``fileReplaced()`` takes that lock
///   again on the new one.
public final class EditLock {
  /// The real path of the schedule file.
  public let file: String
  /// The lock file.
  public let path: String
  private var lockFD: Int32 = -1
  private var fileFD: Int32 = -1

  public init(file: String) {
    let real = RealPath.of(file)
    self.file = real
    let folder = (real as NSString).deletingLastPathComponent
    path = "\(folder)/.\((real as NSString).lastPathComponent).multaqa-lock"
  }

  deinit { release() }

  /// Who holds a lock, as its file says.
  public struct Holder: Equatable, Sendable {
    public var pid: Int
    public var host: String
  }

  public enum Outcome: Equatable, Sendable {
    /// This editor holds the lock; `warning` says what could not be done (the holder's
    /// name could not be written, say), so that the organizer is told.
    case acquired(warning: String?)
    /// A live editor on this host holds it (`holder` nil when it is only known by the lock
    /// on the file itself: opened through another name).
    case heldHere(Holder?)
    /// The lock file names an editor on another host, which this one cannot check: the
    /// organizer decides (``takeOver()``) whether it is gone.
    case heldOnOtherHost(Holder)
    /// No lock could be taken; the editor goes on, and says so.
    case unavailable(String)
  }

  /// This host's name, as lock files record it.
  public static var hostName: String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Takes the lock.
  public func acquire() -> Outcome {
    release()
    let outcome = lock()
    // Held by another editor: this one holds nothing. Without a lock file, the lock on the
    // file itself still keeps a second editor on this host out.
    if case .heldHere = outcome { release() }
    return outcome
  }

  private func lock() -> Outcome {
    // The file itself first: its lock is the same through every name it has.
    let file = open(self.file, O_RDONLY | O_CLOEXEC)
    if file >= 0 {
      if flock(file, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK {
        close(file)
        return .heldHere(Self.holder(at: path))
      }
      fileFD = file
    }
    for _ in 0..<5 {
      var info = stat()
      if lstat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
        return .unavailable("\(path) is not a regular file (a symbolic link?): no lock taken")
      }
      let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
      guard fd >= 0 else {
        return .unavailable("\(path) cannot be created: \(AtomicFile.errorText())")
      }
      if flock(fd, LOCK_EX | LOCK_NB) != 0 {
        let busy = errno == EWOULDBLOCK
        let reason = AtomicFile.errorText()
        close(fd)
        if busy { return .heldHere(Self.holder(at: path)) }
        return .unavailable("\(path) cannot be locked: \(reason)")
      }
      // The path may have been removed or replaced between open and flock: lock what it
      // names now, or try again.
      var opened = stat()
      var now = stat()
      guard fstat(fd, &opened) == 0, lstat(path, &now) == 0, opened.st_ino == now.st_ino,
        opened.st_dev == now.st_dev
      else {
        close(fd)
        continue
      }
      lockFD = fd
      if let holder = Self.holder(fd: fd) {
        // Held on another host: the organizer decides. The flock stays ours meanwhile.
        if holder.host != Self.hostName { return .heldOnOtherHost(holder) }
        // A live editor of this host that holds no flock (an older Multaqa) still counts;
        // any other process named there is gone or was never an editor: the lock is stale.
        if holder.pid != Int(getpid()) && Self.isMultaqa(pid: holder.pid) {
          return .heldHere(holder)
        }
      }
      return record()
    }
    return .unavailable("\(path) keeps changing: no lock taken")
  }

  /// Takes the lock from an editor on another host that the organizer says is gone.
  public func takeOver() -> Outcome {
    guard lockFD >= 0 else { return acquire() }
    return record()
  }

  /// Releases both locks and removes the lock file (when it is still this editor's).
  public func release() {
    if lockFD >= 0 {
      var opened = stat()
      var now = stat()
      if fstat(lockFD, &opened) == 0, lstat(path, &now) == 0, opened.st_ino == now.st_ino,
        Self.holder(fd: lockFD) == Holder(pid: Int(getpid()), host: Self.hostName)
      {
        unlink(path)
      }
      close(lockFD)
      lockFD = -1
    }
    if fileFD >= 0 {
      close(fileFD)
      fileFD = -1
    }
  }

  /// Whether this editor holds the lock file.
  public var isHeld: Bool { lockFD >= 0 }

  /// After a save or a reload replaced the file: locks the new one.
  public func fileReplaced() {
    guard lockFD >= 0 else { return }
    if fileFD >= 0 { close(fileFD) }
    fileFD = open(file, O_RDONLY | O_CLOEXEC)
    if fileFD >= 0 && flock(fileFD, LOCK_EX | LOCK_NB) != 0 {
      close(fileFD)
      fileFD = -1
    }
  }

  /// Writes `PID HOST` into the lock file this editor holds.
  private func record() -> Outcome {
    let text = Array("\(getpid()) \(Self.hostName)\n".utf8)
    guard ftruncate(lockFD, 0) == 0,
      text.withUnsafeBytes({ pwrite(lockFD, $0.baseAddress, $0.count, 0) }) == text.count,
      fsync(lockFD) == 0
    else {
      return .acquired(
        warning: "the lock \(path) cannot be written (\(AtomicFile.errorText())): "
          + "editors on other hosts will not know this file is open")
    }
    return .acquired(warning: nil)
  }

  /// Whether `pid` runs Multaqa (its command name says so).
  static func isMultaqa(pid: Int) -> Bool {
    guard pid > 0, kill(pid_t(pid), 0) == 0 || errno == EPERM else { return false }
    guard let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else {
      // No /proc to ask: a live process might be an editor.
      return true
    }
    return name.lowercased().contains("multaqa")
  }

  static func holder(at path: String) -> Holder? {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return holder(fd: fd)
  }

  /// The `PID HOST` a lock file holds.
  static func holder(fd: Int32) -> Holder? {
    var buffer = [UInt8](repeating: 0, count: 512)
    let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    guard n > 0 else { return nil }
    let words = String(decoding: buffer[0..<n], as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard let first = words.first, let pid = Int(first), pid > 0 else { return nil }
    return Holder(pid: pid, host: words.count > 1 ? String(words[1]) : hostName)
  }
}
