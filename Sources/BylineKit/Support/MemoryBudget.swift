#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether an article fits in the memory at hand before it is analysed: the memory an
/// analysis needs grows with the article's text, and a file too big for it is reported
/// (naming it) instead of aborting the process half-way through its output.
///
/// The memory at hand is the smaller of what the address-space limit (`ulimit -v`,
/// `RLIMIT_AS`) leaves and what the system has available (`MemAvailable`).
///
/// ```swift
/// if let problem = MemoryBudget.problem(analysingBytes: text.utf8.count) { print(problem) }
/// // "needs about 540 MB to analyse; 420 MB of memory available"
/// ```
public enum MemoryBudget {
    /// Peak memory of an analysis per byte of article text, with a margin: measured
    /// with `/usr/bin/time -v byline analyze --json` on articles of 6.5 and 33 MB.
    public static let bytesPerTextByte = 16
    /// Address space the analysis reserves whatever the article's size.
    public static let fixedBytes = 64 << 20

    /// What analysing `bytes` of text needs, in bytes.
    public static func need(analysingBytes bytes: Int) -> Int {
        fixedBytes + bytes * bytesPerTextByte
    }

    /// Bytes the process may still use, or nil when nothing limits it that can be read.
    public static func available() -> Int? {
        var result: Int? = nil
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
           let used = statusField("VmSize:", path: "/proc/self/status") {
            result = max(0, Int(clamping: limit.rlim_cur) - used)
        }
        if let free = statusField("MemAvailable:", path: "/proc/meminfo") {
            result = min(result ?? free, free)
        }
        return result
    }

    /// Why `bytes` of text cannot be analysed in the memory at hand, or nil when they can.
    public static func problem(analysingBytes bytes: Int, available: Int? = MemoryBudget.available()) -> String? {
        let needed = need(analysingBytes: bytes)
        guard let available, needed > available else { return nil }
        return "too large for the memory at hand: needs about \(needed >> 20) MB to analyse, \(available >> 20) MB available"
    }

    /// A `Name:   1234 kB` field of a /proc file, in bytes.
    static func statusField(_ name: String, path: String) -> Int? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix(name) else { continue }
            let digits = text.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
