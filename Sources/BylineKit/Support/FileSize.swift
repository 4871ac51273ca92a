#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of a file as `FileManager.default.attributesOfItem(atPath:)[.size]` gives
/// it — `lstat`'s, so a symbolic link's own size — without the rest of those
/// attributes: FileManager also looks up the owner's and group's names, which costs
/// the reader's first screen about half a millisecond.
///
/// ```swift
/// FileSize.of("seeds/000_7d5d3ea8b2b77ef2.txt")  // 4211
/// FileSize.of("missing.txt")                     // nil
/// ```
package enum FileSize {
    package static func of(_ path: String) -> Int? {
        var info = stat()
        guard PathBytes.withCString(path, { lstat($0, &info) }) == 0 else { return nil }
        return Int(info.st_size)
    }
}
