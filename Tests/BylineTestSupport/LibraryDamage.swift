import Foundation

/// Damages a database file as a failing disk or a stray write would: `count` bytes of
/// noise (the same on every run) written over it from page `page` (4,096-byte pages).
///
/// ```swift
/// try LibraryDamage.overwrite(library, page: 20, count: 40 * 1024)
/// ```
package enum LibraryDamage {
    package static func overwrite(_ path: String, page: Int, count: Int) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(page * 4096))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var noise = Data(count: count)
        for i in 0..<count {
            // xorshift64: noise, not a pattern SQLite might read as valid.
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            noise[i] = UInt8(truncatingIfNeeded: state >> 24)
        }
        try handle.write(contentsOf: noise)
    }
}
