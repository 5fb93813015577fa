import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file could not be written. The original file is untouched.
public struct SaveError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var message: String
  public var description: String { "\(path): \(message)" }
}

/// Writes files so that a crash, a full disk or a power cut never leaves a half-written one:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and then replace
/// the original in one rename. The previous version is kept as `FILE.bak`.
public enum AtomicFile {
  /// Replaces the file at `path` with `bytes`. With `backup`, the old file becomes `path.bak`.
  public static func write(_ bytes: [UInt8], to path: String, backup: Bool = true) throws(SaveError)
  {
    // Write through a symbolic link, not over it.
    let target = resolvedPath(path)
    // A device, a pipe or a socket (`-o /dev/null`, `-o /dev/stdout`) is written to as it
    // is: renaming a file over it would replace the device itself.
    var existing = stat()
    if stat(target, &existing) == 0 && existing.st_mode & S_IFMT != S_IFREG {
      try writeInPlace(bytes, to: target, shownAs: path)
      return
    }
    let folder = (target as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    let name = (target as NSString).lastPathComponent

    var template = Array("\(directory)/.\(name).XXXXXX.tmp".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
    guard fd >= 0 else {
      throw SaveError(path: path, message: "cannot create a file in \(directory): \(errorText())")
    }
    let temporary = String(cString: template.map { UInt8(bitPattern: $0) } + [])
    var written = false
    defer { if !written { unlink(temporary) } }

    var info = stat()
    let exists = stat(target, &info) == 0
    let mode: mode_t = exists ? info.st_mode & 0o7777 : 0o644 & ~currentUmask()
    fchmod(fd, mode)

    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        let message = errorText()
        close(fd)
        throw SaveError(path: path, message: "cannot write: \(message)")
      }
      offset += n
    }
    guard fsync(fd) == 0 else {
      let message = errorText()
      close(fd)
      throw SaveError(path: path, message: "cannot flush to disk: \(message)")
    }
    close(fd)

    if backup && exists { try keepBackup(of: target, shownAs: path) }
    guard rename(temporary, target) == 0 else {
      throw SaveError(path: path, message: "cannot replace the file: \(errorText())")
    }
    written = true
    syncDirectory(directory)
  }

  private static func writeInPlace(_ bytes: [UInt8], to target: String, shownAs path: String)
    throws(SaveError)
  {
    let fd = open(target, O_WRONLY | O_TRUNC)
    guard fd >= 0 else { throw SaveError(path: path, message: "cannot open: \(errorText())") }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw SaveError(path: path, message: "cannot write: \(errorText())")
      }
      offset += n
    }
  }

  /// Replaces the file at `path` with the UTF-8 bytes of `text`.
  public static func write(_ text: String, to path: String, backup: Bool = true) throws(SaveError) {
    try write(Array(text.utf8), to: path, backup: backup)
  }

  /// `FILE.bak` holds the previous version: hard-linked where the file system allows it (no
  /// copy, and the link appears atomically), copied otherwise.
  private static func keepBackup(of target: String, shownAs path: String) throws(SaveError) {
    let backup = target + ".bak"
    let staging = target + ".bak.tmp"
    unlink(staging)
    if link(target, staging) != 0 {
      guard let data = FileManager.default.contents(atPath: target) else {
        throw SaveError(path: path, message: "cannot read the file to back it up")
      }
      do {
        try data.write(to: URL(fileURLWithPath: staging))
      } catch {
        throw SaveError(
          path: path, message: "cannot write the backup \(backup): \(error.localizedDescription)")
      }
    }
    guard rename(staging, backup) == 0 else {
      let message = errorText()
      unlink(staging)
      throw SaveError(path: path, message: "cannot keep the backup \(backup): \(message)")
    }
  }

  private static func resolvedPath(_ path: String) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let link = readlink(path, &buffer, buffer.count - 1)
    guard link > 0 else { return path }
    let destination = String(cString: Array(buffer[0..<link]) + [0])
    if destination.hasPrefix("/") { return resolvedPath(destination) }
    let folder = (path as NSString).deletingLastPathComponent
    return resolvedPath(folder.isEmpty ? destination : folder + "/" + destination)
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
