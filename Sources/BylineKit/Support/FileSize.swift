#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of a file (through symbolic links), by its bytes (``PathBytes``), without
/// the rest of FileManager's attributes: FileManager also looks up the owner's and
/// group's names, which costs the reader's first screen about half a millisecond.
///
/// ```swift
/// FileSize.of("seeds/000_7d5d3ea8b2b77ef2.txt")  // 4211
/// FileSize.of("missing.txt")                     // nil
/// ```
public enum FileSize {
    public static func of(_ path: String) -> Int? {
        guard case .success(let status) = FileStatus.of(path) else { return nil }
        return Int(status.size)
    }
}
