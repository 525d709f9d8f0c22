/// A short hexadecimal digest that is the same on every run and every machine (Swift's `Hasher`
/// is seeded per process, so it cannot serve): two FNV-1a 64-bit hashes with different offsets.
/// For calendar and address-book UIDs, so that re-importing updates instead of duplicating.
public enum StableID {
    public static func hex(_ parts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for (index, part) in parts.enumerated() {
            // A separator that cannot occur in text keeps ("ab", "c") apart from ("a", "bc").
            let bytes = (index == 0 ? [] : [0xFF]) + Array(part.utf8)
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return hex64(a) + hex64(b)
    }

    private static func hex64(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The same digest in the 8-4-4-4-12 form of a UUID, for `urn:uuid:` UIDs.
    public static func uuid(_ parts: [String]) -> String {
        let h = Array(hex(parts))
        func cut(_ from: Int, _ to: Int) -> String { String(h[from..<to]) }
        return [cut(0, 8), cut(8, 12), cut(12, 16), cut(16, 20), cut(20, 32)].joined(separator: "-")
    }
}

// MARK: - Name-based UUIDs (RFC 4122 §4.3, version 5)

extension StableID {
    /// Lantern's namespace for the people of a notebook (a random version-4 UUID, fixed for ever:
    /// changing it changes every contact's UID).
    public static let peopleNamespace: [UInt8] = uuidBytes("19ec2de6-2c26-425a-91c2-cda41f79b36a")!

    /// The version-5 UUID of `name` in `namespace`: SHA-1 of the namespace's 16 bytes and the
    /// name's UTF-8, cut to 128 bits, with the version and variant bits set. The same on every
    /// run and machine, and what any UUID library computes (Python's `uuid.uuid5`).
    public static func uuid5(namespace: [UInt8], name: String) -> String {
        var digest = Array(SHA1.hash(namespace + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        let hex = digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        let h = Array(hex)
        func cut(_ from: Int, _ to: Int) -> String { String(h[from..<to]) }
        return [cut(0, 8), cut(8, 12), cut(12, 16), cut(16, 20), cut(20, 32)].joined(separator: "-")
    }

    /// The 16 bytes of a UUID written `8-4-4-4-12`.
    static func uuidBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.replacingOccurrences(of: "-", with: "").utf8)
        guard digits.count == 32 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: 32, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
            out.append(byte)
        }
        return out
    }
}

/// SHA-1 (FIPS 180-4), for version-5 UUIDs only: it is what RFC 4122 names, not a security measure.
enum SHA1 {
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for t in 0..<16 {
                let i = chunk + t * 4
                w[t] = UInt32(data[i]) << 24 | UInt32(data[i + 1]) << 16 | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
            }
            for t in 16..<80 { w[t] = rotate(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for t in 0..<80 {
                let f: UInt32, k: UInt32
                switch t {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = rotate(a, 5) &+ f &+ e &+ k &+ w[t]
                (e, d, c, b, a) = (d, c, rotate(b, 30), a, temp)
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
        }
        return h.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) } }
    }

    private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}
