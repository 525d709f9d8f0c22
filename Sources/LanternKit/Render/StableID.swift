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
