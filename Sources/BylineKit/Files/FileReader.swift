#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif

/// Reads article files by their bytes, refusing at once what is not a regular file.
///
/// A path is looked at with `stat` before it is opened, and opened with `O_NONBLOCK`,
/// so a FIFO (named pipe) or a device is reported for what it is and never blocks the
/// reader; a name whose bytes are not UTF-8 opens the right file (``PathBytes``).
///
/// ```swift
/// try FileReader.read("seeds/000_7d5d3ea8b2b77ef2.txt", limit: 1 << 25)  // 4211 bytes
/// try FileReader.read("/dev/zero", limit: 1 << 25)   // throws "/dev/zero: is a device, not a file"
/// try FileReader.read("fifo.txt", limit: 1 << 25)    // throws "fifo.txt: is a FIFO (named pipe), not a file"
/// ```
package enum FileReader {
    /// The whole file, or an error when it is missing, not a regular file, unreadable or
    /// larger than `limit` bytes.
    package static func read(_ path: String, limit: Int) throws(ArticleError) -> Data {
        try read(path, limit: limit, prefix: nil)
    }

    /// At most the first `bytes` bytes of the file (for a reader showing the start of a
    /// large article at once); `size` is the whole file's size.
    package static func readPrefix(_ path: String, bytes: Int, limit: Int) throws(ArticleError) -> (data: Data, size: Int) {
        var size = 0
        let data = try read(path, limit: limit, prefix: bytes, size: &size)
        return (data, size)
    }

    private static func read(_ path: String, limit: Int, prefix: Int?) throws(ArticleError) -> Data {
        var size = 0
        return try read(path, limit: limit, prefix: prefix, size: &size)
    }

    private static func read(_ path: String, limit: Int, prefix: Int?, size: inout Int) throws(ArticleError) -> Data {
        let status: FileStatus
        switch FileStatus.of(path) {
        case .success(let s): status = s
        case .failure(let e): throw ArticleError(path: path, problem: e.articleProblem)
        }
        try check(status, path: path)
        if status.size > Int64(limit) {
            throw ArticleError(path: path, problem: .tooLarge(bytes: Int(status.size), limit: limit))
        }
        let fd = PathBytes.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else { throw ArticleError(path: path, problem: Errno(errno).articleProblem) }
        defer { close(fd) }
        // The path may have been replaced between stat and open: check what was opened.
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw ArticleError(path: path, problem: Errno(errno).articleProblem) }
        let opened = FileStatus(info)
        try check(opened, path: path)
        size = Int(opened.size)
        let wanted = min(prefix ?? Int.max, limit + 1)
        // One byte more than the size, so the read that finds the end needs no larger
        // buffer (growing it by 64 KB for every file showed in `analyze`'s profile as page
        // faults under `read` on thousands of small articles).
        var data = Data(count: min(wanted, max(Int(opened.size), 0) + 1))
        var filled = 0
        while true {
            if filled == data.count {
                // The file grew since fstat (or was empty): read on in 64 KB steps.
                if filled >= wanted { break }
                data.count = min(wanted, filled + 65536)
            }
            let n = data.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + filled, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ArticleError(path: path, problem: .unreadable(Errno(errno).description))
            }
            if n == 0 { break }
            filled += n
        }
        data.count = filled
        if prefix == nil, filled > limit {
            throw ArticleError(path: path, problem: .tooLarge(bytes: filled, limit: limit))
        }
        return data
    }

    private static func check(_ status: FileStatus, path: String) throws(ArticleError) {
        switch status.kind {
        case .regular: return
        case .folder: throw ArticleError(path: path, problem: .unreadable("is a folder"))
        default: throw ArticleError(path: path, problem: .notAFile(status.kindDescription))
        }
    }
}
