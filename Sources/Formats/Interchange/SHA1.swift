/// SHA-1, for name-based UUIDs (version 5, RFC 9562). Not for security: only to derive
/// stable identifiers from names.
struct SHA1 {
  private var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]

  static func hash(_ bytes: [UInt8]) -> [UInt8] {
    var message = bytes
    let length = UInt64(bytes.count) * 8
    message.append(0x80)
    while message.count % 64 != 56 { message.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      message.append(UInt8(truncatingIfNeeded: length >> UInt64(shift)))
    }
    var state = SHA1()
    for chunk in stride(from: 0, to: message.count, by: 64) {
      state.process(message[chunk..<(chunk + 64)])
    }
    return state.h.flatMap { word in
      (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) }
    }
  }

  private mutating func process(_ chunk: ArraySlice<UInt8>) {
    var w = [UInt32](repeating: 0, count: 80)
    for i in 0..<16 {
      let b = chunk.startIndex + i * 4
      w[i] =
        UInt32(chunk[b]) << 24 | UInt32(chunk[b + 1]) << 16 | UInt32(chunk[b + 2]) << 8
        | UInt32(chunk[b + 3])
    }
    for i in 16..<80 {
      let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
      w[i] = x << 1 | x >> 31
    }
    var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
    for i in 0..<80 {
      let f: UInt32
      let k: UInt32
      switch i {
      case 0..<20:
        f = (b & c) | (~b & d)
        k = 0x5A82_7999
      case 20..<40:
        f = b ^ c ^ d
        k = 0x6ED9_EBA1
      case 40..<60:
        f = (b & c) | (b & d) | (c & d)
        k = 0x8F1B_BCDC
      default:
        f = b ^ c ^ d
        k = 0xCA62_C1D6
      }
      let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ w[i]
      e = d
      d = c
      c = b << 30 | b >> 2
      b = a
      a = temp
    }
    h[0] = h[0] &+ a
    h[1] = h[1] &+ b
    h[2] = h[2] &+ c
    h[3] = h[3] &+ d
    h[4] = h[4] &+ e
  }
}

/// Name-based UUIDs (version 5): the same name always gives the same UUID.
public enum NameUUID {
  /// The URL namespace of RFC 9562.
  static let urlNamespace: [UInt8] = [
    0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
  ]

  /// The version-5 UUID of `name` in the URL namespace, lowercase.
  public static func make(_ name: String) -> String {
    var bytes = Array(SHA1.hash(urlNamespace + Array(name.utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x50
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { byte -> String in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }
    return hex[0..<4].joined() + "-" + hex[4..<6].joined() + "-" + hex[6..<8].joined() + "-"
      + hex[8..<10].joined() + "-" + hex[10..<16].joined()
  }
}
