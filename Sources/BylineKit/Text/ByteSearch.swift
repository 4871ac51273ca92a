import Foundation

/// Byte searches over UTF-8 text, with the C library's vectorised `memchr`.
///
/// ```swift
/// var text = "Kim said: yes"
/// text.withUTF8 { ByteSearch.contains(0x3A, in: $0) }  // true (a colon)
/// ByteSearch.contains(13, in: "no carriage return")      // false
/// ```
enum ByteSearch {
    /// Whether `byte` occurs in `bytes`.
    @inline(__always)
    static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// Whether the bytes of `needle` occur in `bytes`, one after the other.
    static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        let last = bytes.count - needle.count
        var i = firstIndex(of: first, in: bytes, from: 0)
        while i <= last {
            var j = 1
            while j < needle.count && bytes[i + j] == needle[j] { j += 1 }
            if j == needle.count { return true }
            i = firstIndex(of: first, in: bytes, from: i + 1)
        }
        return false
    }

    /// The offset of the first `byte` in `bytes[from...]`, or `bytes.count`.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = bytes.baseAddress, from < bytes.count,
              let found = memchr(base + from, Int32(byte), bytes.count - from) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether `byte` occurs in the UTF-8 of `text`.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { contains(byte, in: $0) }
    }
}
