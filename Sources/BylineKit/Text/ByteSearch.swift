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

    /// Whether `byte` occurs in the UTF-8 of `text`.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { contains(byte, in: $0) }
    }
}
