#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(CMalloc)
import CMalloc
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

extension MemoryBudget {
    /// The size from which the allocator maps a block of its own, returned to the
    /// system as soon as it is freed (glibc's `M_MMAP_THRESHOLD`).
    public static let mapThreshold = 1 << 20

    /// Sets how the allocator places large blocks, once, at the start of the program.
    ///
    /// glibc maps blocks from 128 KB on, but raises that threshold to the size of each
    /// mapped block freed, up to 32 MB: once a 32 MB article's bytes were freed, every
    /// array and string under 32 MB (the analysis's candidates growing, the mentions,
    /// the store's buffers) came from the heap, where memory freed stays with the
    /// process, between blocks still used, and each thread has a heap of its own. A
    /// fixed threshold keeps large blocks mapped (`byline --no-history` on a 32.4 MB
    /// article: 258 → 238 MiB peak in a debug build). Nothing is done on other systems.
    public static func configureAllocator() {
        #if canImport(CMalloc)
        _ = mallopt(M_MMAP_THRESHOLD, Int32(mapThreshold))
        #endif
    }

    /// Gives memory freed by finished work back to the system (glibc's `malloc_trim`):
    /// the pages of free blocks between blocks still used, in every thread's heap.
    ///
    /// Called after an analysis and before its result is stored, which allocates on
    /// another thread: the analysis's free memory, left resident in its thread's heap,
    /// would otherwise count beside the store's.
    public static func releaseFreedMemory() {
        #if canImport(CMalloc)
        _ = malloc_trim(0)
        #endif
    }
}

