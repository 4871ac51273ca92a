import BylineKit
import Foundation

/// Writes an article's JSON line (`byline analyze --json`, `--out`) straight to a file
/// descriptor, one `write` per article (its line end included) for an article under
/// 64 KB, in 64 KB blocks for a larger one, so a large line is never held whole; no
/// buffer is left to flush: once `write` returns, the line is out.
///
/// ```swift
/// JSONOutput.write(analyzed, to: STDOUT_FILENO)           // true when written
/// JSONOutput.write(analyzed, toFile: "out/000_seed.json")  // nil, or why it failed
/// ```
enum JSONOutput {
    /// Writes the line and a line end to `fd`; false if a write failed.
    @discardableResult
    static func write(_ analyzed: AnalyzedArticle, to fd: Int32) -> Bool {
        var ok = true
        analyzed.writeJSON(lineEnd: true) { bytes in
            if ok { ok = writeAll(bytes, to: fd) }
        }
        return ok
    }

    /// Writes the line to `path` through a temporary file renamed into place, so the
    /// file is either whole or absent. Returns why it failed, or nil.
    static func write(_ analyzed: AnalyzedArticle, toFile path: String) -> String? {
        let temporary = path + ".partial"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        let written = write(analyzed, to: fd)
        let reason = String(cString: strerror(errno))
        if close(fd) != 0 || !written {
            unlink(temporary)
            return reason
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return reason
        }
        return nil
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }
}
