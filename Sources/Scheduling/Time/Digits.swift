/// `value` written in `radix` with zeros in front up to `width` digits: `09`, `2010`,
/// `00E9`. The one padding of every date, time, offset and code Multaqa writes.
public func zeroPadded(
  _ value: some BinaryInteger, width: Int, radix: Int = 10, uppercase: Bool = true
) -> String {
  let digits = String(value, radix: radix, uppercase: uppercase)
  return digits.count >= width
    ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// FNV-1a, 64 bits: a quick fingerprint of bytes that tells changed from unchanged (not a
/// defence against anyone making two inputs collide).
public enum FNV1a {
  public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
