import Foundation
import Scheduling

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be written. The original file is untouched.
public struct SaveError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  /// What went wrong, to be said in any language.
  public var phrase: Phrase
  public init(path: String, _ template: String, _ arguments: Phrase.Argument...) {
    self.path = path
    self.phrase = Phrase(template, arguments: arguments)
  }
  /// What went wrong, in English.
  public var message: String { phrase.description }
  public var description: String { said(in: .en) }
  public static func == (a: SaveError, b: SaveError) -> Bool { a.description == b.description }
  /// `path: what went wrong` in `ui`.
  public func said(in ui: InterfaceLanguage) -> String {
    "\(path): \(Interface.say(phrase, in: ui))"
  }
}

/// Writes files so that a crash, a full disk or a power cut never leaves a half-written one:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and then replace
/// the original in one rename. The previous version is kept as `FILE.bak`.
public enum AtomicFile {
  /// What to do when the path is a symbolic link.
  public enum Links: Sendable {
    /// Write the file the link leads to (a schedule kept in a synced folder and linked from
    /// elsewhere), through at most ``maximumLinks`` links.
    case follow
    /// Replace the link itself: for files written into an output folder or beside a
    /// schedule, where a link someone planted must never lead the write elsewhere.
    case replace
  }

  /// The most links followed before giving up, as the kernel does (`ELOOP`).
  public static let maximumLinks = 40

  /// Replaces the file at `path` with `bytes`. With `backup`, the old file becomes `path.bak`.
  public static func write(
    _ bytes: [UInt8], to path: String, backup: Bool = true, links: Links = .follow
  ) throws(SaveError) {
    let target: String
    switch links {
    case .follow: target = try resolve(path)
    case .replace: target = path
    }
    var existing = stat()
    let exists = lstat(target, &existing) == 0
    let kind = exists ? existing.st_mode & S_IFMT : 0
    // A device, a pipe or a socket (`-o /dev/null`, `-o /dev/stdout`) is written to as it
    // is: renaming a file over it would replace the device itself.
    if exists && kind != S_IFREG && kind != S_IFLNK {
      guard kind != S_IFDIR else { throw SaveError(path: path, "is a folder") }
      try writeInPlace(bytes, to: target, shownAs: path)
      return
    }
    let folder = (target as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    let name = (target as NSString).lastPathComponent

    let (fd, temporary) = try temporaryFile(in: directory, for: name, shownAs: path)
    var written = false
    defer { if !written { unlink(temporary) } }

    // A replaced link's mode is the link's, not a file's: new files get the umask's.
    let mode: mode_t = kind == S_IFREG ? existing.st_mode & 0o7777 : 0o644 & ~currentUmask()
    fchmod(fd, mode)
    do throws(SaveError) {
      try writeAll(bytes, to: fd, shownAs: path)
    } catch {
      close(fd)
      throw error
    }
    guard fsync(fd) == 0 else {
      let message = errorText()
      close(fd)
      throw SaveError(path: path, "cannot flush to disk: {1}", "\(message)")
    }
    close(fd)

    if backup && kind == S_IFREG { try keepBackup(of: target, in: directory, shownAs: path) }
    guard rename(temporary, target) == 0 else {
      throw SaveError(path: path, "cannot replace the file: {1}", "\(errorText())")
    }
    written = true
    syncDirectory(directory)
  }

  /// Replaces the file at `path` with the UTF-8 bytes of `text`.
  public static func write(
    _ text: String, to path: String, backup: Bool = true, links: Links = .follow
  ) throws(SaveError) {
    try write(Array(text.utf8), to: path, backup: backup, links: links)
  }

  /// The file `path` leads to through symbolic links (itself when it is none, or does not
  /// exist yet). A loop, or more than ``maximumLinks`` links, is an error, never a crash.
  public static func resolve(_ path: String) throws(SaveError) -> String {
    var current = path
    for _ in 0...maximumLinks {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count >= 0 else {
        // Not a link (EINVAL), or nothing there yet (ENOENT): the file to write.
        if errno == EINVAL || errno == ENOENT { return current }
        throw SaveError(path: path, "cannot be reached: {1}", "\(errorText())")
      }
      let destination = String(
        decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if destination.hasPrefix("/") {
        current = destination
      } else {
        let folder = (current as NSString).deletingLastPathComponent
        current = folder.isEmpty ? destination : folder + "/" + destination
      }
    }
    throw SaveError(
      path: path,
      "too many symbolic links (more than {1}, or a link that leads back to itself)",
      "\(maximumLinks)")
  }

  /// A new file of our own beside `name`: created with `O_EXCL`, so that nothing planted
  /// there is ever written through.
  private static func temporaryFile(in directory: String, for name: String, shownAs path: String)
    throws(SaveError) -> (Int32, String)
  {
    var template = Array("\(directory)/.\(name).XXXXXX.tmp".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
    guard fd >= 0 else {
      throw SaveError(
        path: path, "cannot create a file in {1}: {2}", "\(directory)", "\(errorText())")
    }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (fd, temporary)
  }

  private static func writeAll(_ bytes: [UInt8], to fd: Int32, shownAs path: String)
    throws(SaveError)
  {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw SaveError(path: path, "cannot write: {1}", "\(errorText())")
      }
      offset += n
    }
  }

  private static func writeInPlace(_ bytes: [UInt8], to target: String, shownAs path: String)
    throws(SaveError)
  {
    let fd = open(target, O_WRONLY | O_TRUNC)
    guard fd >= 0 else { throw SaveError(path: path, "cannot open: {1}", "\(errorText())") }
    defer { close(fd) }
    try writeAll(bytes, to: fd, shownAs: path)
  }

  /// `FILE.bak` holds the previous version: hard-linked where the file system allows it (no
  /// copy, and the link appears atomically), copied otherwise. The staging name is new and
  /// our own, and the final rename replaces whatever `FILE.bak` was without following it.
  private static func keepBackup(of target: String, in directory: String, shownAs path: String)
    throws(SaveError)
  {
    let backup = target + ".bak"
    let name = (target as NSString).lastPathComponent
    let (fd, staging) = try temporaryFile(in: directory, for: name + ".bak", shownAs: path)
    // `link` needs a free name: the temporary file only reserved one.
    close(fd)
    unlink(staging)
    if link(target, staging) != 0 {
      // No hard links here: a copy, into a file that must be new (never a planted link).
      let copy = open(staging, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
      guard copy >= 0, let data = FileManager.default.contents(atPath: target) else {
        if copy >= 0 { close(copy) }
        unlink(staging)
        throw SaveError(path: path, "cannot back up the file as {1}", "\(backup)")
      }
      do throws(SaveError) {
        try writeAll([UInt8](data), to: copy, shownAs: path)
      } catch {
        close(copy)
        unlink(staging)
        throw SaveError(
          path: path, "cannot write the backup {1}: {2}", "\(backup)", "\(error.message)")
      }
      close(copy)
    }
    guard rename(staging, backup) == 0 else {
      let message = errorText()
      unlink(staging)
      throw SaveError(path: path, "cannot keep the backup {1}: {2}", "\(backup)", "\(message)")
    }
  }

  private static func syncDirectory(_ directory: String) {
    let fd = open(directory, O_RDONLY)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  private static func currentUmask() -> mode_t {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }

  static func errorText() -> String { String(cString: strerror(errno)) }
}

/// `write(2)`, named apart from ``AtomicFile/write(_:to:backup:links:)`` so that the call
/// builds against Glibc and Darwin alike.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  #if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
  #else
    return Darwin.write(fd, buffer, count)
  #endif
}
