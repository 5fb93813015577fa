import Foundation
import Scheduling

/// What the editor knows about the file on disk, to notice changes made elsewhere.
struct DiskStamp: Equatable {
  var size: Int
  var hash: UInt64

  /// The stamp of the file at `path` now, or nil when it cannot be read.
  static func of(_ path: String) -> DiskStamp? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    // FNV-1a: enough to tell a changed file from an unchanged one.
    return DiskStamp(size: data.count, hash: FNV1a.hash(data))
  }
}
