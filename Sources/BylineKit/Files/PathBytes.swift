#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File paths as Byline holds them: a `String` for every path, even one whose bytes are
/// not valid UTF-8 (a Linux file name is any bytes but `/` and NUL).
///
/// A byte that is not part of valid UTF-8 is kept in the string as one scalar of a
/// private-use range, U+10FE80–U+10FEFF (byte 0x80 + n → U+10FE80 + n), so the path
/// still opens the same file; a real U+10FE80–U+10FEFF in a name is kept the same way,
/// byte by byte, so the mapping is exact both ways. Those scalars are shown as `�`
/// (``TextSanitizer`` treats them as unsafe) and written to JSON as `\ufffd`
/// (``lossy(_:)``).
///
/// ```swift
/// let name = PathBytes.string([0x63, 0xE9, 0x2E, 0x74, 0x78, 0x74])  // "c\u{10FEE9}.txt" (Latin-1 "cé.txt")
/// PathBytes.bytes(name)                                               // [0x63, 0xE9, 0x2E, 0x74, 0x78, 0x74]
/// PathBytes.lossy(name)                                               // "c�.txt"
/// PathBytes.withCString(name) { open($0, O_RDONLY) }                 // opens the real file
/// ```
public enum PathBytes {
    /// The first scalar standing for a byte: U+10FE00 + byte (bytes 0x80–0xFF).
    static let base: UInt32 = 0x10FE00

    /// Whether a scalar stands for a raw byte of a path.
    @inlinable
    public static func isByteScalar(_ s: Unicode.Scalar) -> Bool {
        (0x10FE80...0x10FEFF).contains(s.value)
    }

    /// The path for these bytes (no NUL among them).
    public static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        // Valid UTF-8 without a lead byte F4 (which begins every U+100000–U+10FFFF
        // scalar) is the common case: the string as decoded.
        if !bytes.contains(0xF4), let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var pending: [UInt8] = []
        var replay = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                pending.removeAll(keepingCapacity: true)
                for _ in 0..<encoded.count { pending.append(replay.next()!) }
                if isByteScalar(scalar) {
                    for b in pending { scalars.append(Unicode.Scalar(base + UInt32(b))!) }
                } else {
                    scalars.append(scalar)
                }
            case .error(let length):
                for _ in 0..<length {
                    let b = replay.next()!
                    // An ASCII byte cannot be in an invalid sequence's length, but be safe.
                    scalars.append(b < 0x80 ? Unicode.Scalar(b) : Unicode.Scalar(base + UInt32(b))!)
                }
            case .emptyInput:
                return String(scalars)
            }
        }
    }

    /// The path from a C string (a `d_name`, an `argv` entry).
    public static func string(cString: UnsafePointer<CChar>) -> String {
        let count = strlen(cString)
        return cString.withMemoryRebound(to: UInt8.self, capacity: count) {
            string(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// The bytes a path stands for.
    public static func bytes(_ path: String) -> [UInt8] {
        guard mayHoldBytes(path) else { return Array(path.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for s in path.unicodeScalars {
            if isByteScalar(s) {
                out.append(UInt8(s.value - base))
            } else {
                out.append(contentsOf: UTF8.encode(s)!)
            }
        }
        return out
    }

    /// Calls `body` with the path as a C string of its real bytes, for system calls.
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard mayHoldBytes(path) else { return try path.withCString(body) }
        var raw = bytes(path)
        raw.append(0)
        return try raw.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The path with each byte that is not UTF-8 shown as `�` (U+FFFD): for JSON and
    /// anywhere a name must be valid Unicode. Everything else is kept as it is.
    public static func lossy(_ path: String) -> String {
        guard mayHoldBytes(path), path.unicodeScalars.contains(where: isByteScalar) else { return path }
        var out = String.UnicodeScalarView()
        for s in path.unicodeScalars { out.append(isByteScalar(s) ? "\u{FFFD}" : s) }
        return String(out)
    }

    /// False when the path certainly holds no byte scalar (their UTF-8 starts with F4).
    static func mayHoldBytes(_ path: String) -> Bool {
        path.utf8.contains(0xF4)
    }
}
