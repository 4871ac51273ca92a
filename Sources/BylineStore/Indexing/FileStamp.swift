import BylineKit
import Foundation

/// What identifies a version of an article file without reading it: its size and
/// modification time. When both match the index, the file is skipped; when either
/// differs the file is read and its content hash decides whether it really changed.
///
/// ```swift
/// FileStamp.of("/home/ann/news/a.txt")   // FileStamp(size: 4211, modified: 1732…)
/// ```
struct FileStamp: Sendable, Hashable {
    var size: Int64
    /// Modification time in nanoseconds since 1970.
    var modified: Int64

    init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of a regular file, or nil when it does not exist or is not a file.
    /// (`stat` directly: FileManager's attributes cost ten times more per file, which
    /// matters when re-scanning ten thousand articles.)
    static func of(_ path: String) -> FileStamp? {
        guard case .success(let status) = FileStatus.of(path) else { return nil }
        return FileStamp(status)
    }

    /// The stamp of a status, or nil when it is not a regular file's.
    init?(_ status: FileStatus) {
        guard status.kind == .regular else { return nil }
        self.init(size: status.size, modified: status.modified)
    }
}

/// A 64-bit FNV-1a hash of a file's bytes, as 16 hex digits: cheap, and enough to tell
/// whether a file's content changed (it is not a security measure).
///
/// ```swift
/// ContentHash.of(Data("hello".utf8))   // "a430d84680aabd0b"
/// ```
enum ContentHash {
    static func of(_ data: Data) -> String {
        data.withUnsafeBytes { hex(of: $0) }
    }

    /// The hash of what an article says (not its path): the key of a feed item in the
    /// index, whose file holds the other items too. The same item parsed again, at the
    /// same or another place in its feed, has the same hash.
    static func of(article a: Article) -> String {
        var text = [a.title, a.date?.description ?? "", a.author ?? "", a.source ?? "", a.credit ?? "", a.url ?? ""]
            .joined(separator: "\u{1}")
        for block in a.blocks { text += "\u{2}\(block.kind)\u{1}\(block.text)\u{1}\(block.credit ?? "")" }
        for link in a.links { text += "\u{3}\(link.text)\u{1}\(link.url)\u{1}\(link.block)" }
        var utf8 = text
        return utf8.withUTF8 { hex(of: UnsafeRawBufferPointer($0)) }
    }

    private static func hex(of bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
