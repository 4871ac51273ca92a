import ArgumentParser
import BylineKit
import BylineStore
import Dispatch
import Foundation

/// `byline-bench library`: generates a library by varying the corpus articles, then
/// measures first indexing, reopening an unchanged library and searching.
struct BenchLibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Library index speed: indexing, reopening, search.",
        discussion: """
        Generates --articles files in a temporary folder by varying the articles of \
        Tests/Fixtures/corpus (paragraphs rotated, a numbered paragraph added, so every \
        file differs), indexes them into a new library, re-scans the unchanged folder and \
        loads the article list (what opening the reader on it costs), then runs a set of \
        searches. Build with -c release for meaningful figures. Targets: indexing >= 500 \
        articles/s, reopening < 100 ms, search < 50 ms.
        """
    )

    @Option(name: .long, help: "How many articles to generate.")
    var articles = 10_000

    @Option(name: .long, help: "The corpus to vary (default: Tests/Fixtures/corpus of the checkout, or $BYLINE_CORPUS).")
    var corpus: String?

    @Option(name: .long, help: "Times each search is repeated.")
    var repeats = 20

    @Option(name: .long, help: "Times the unchanged library is reopened.")
    var reopens = 5

    @Flag(name: .long, help: "Keep the generated folder and library (their path is printed).")
    var keep = false

    func validate() throws {
        if articles < 1 { throw ValidationError("--articles must be at least 1") }
        if repeats < 1 { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        guard let corpus = corpus ?? Checkout.locate("Tests/Fixtures/corpus", environmentVariable: "BYLINE_CORPUS") else {
            throw ValidationError("corpus not found; pass --corpus FOLDER")
        }
        let sources = ArticleLoader().articleFiles(in: [corpus]).files.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        guard !sources.isEmpty else { throw ValidationError("\(corpus): no articles to vary") }

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bench-\(UUID().uuidString)").path
        let folder = root + "/articles"
        let databasePath = root + "/library.sqlite"
        defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }

        var clock = Stopwatch()
        let bytes = try Self.generate(articles, from: sources, into: folder)
        print("generated \(articles) articles (\(ByteCount.describe(bytes))) from \(sources.count) corpus articles in \(clock.lap()) ms")

        // 1. First indexing.
        let library = try open(databasePath)
        clock = Stopwatch()
        let cpuBefore = cpuMilliseconds()
        let first = try report { try library.index(paths: [folder]) }
        let indexCPU = cpuMilliseconds() - cpuBefore
        let seconds = Double(clock.lap()) / 1000
        let rate = Double(first.added) / seconds
        print(String(format: "first index: %d articles in %.2f s = %.0f articles/s (target >= 500)", first.added, seconds, rate))
        print(String(format: "  parse + analysis: %.2f s of thread time on %d cores; the rest (reading, SQLite, FTS) %.2f s",
                     first.analysisSeconds, ProcessInfo.processInfo.activeProcessorCount,
                     max(0, first.totalSeconds - first.analysisSeconds / Double(max(1, ProcessInfo.processInfo.activeProcessorCount)))))
        print(String(format: "  CPU time %.2f s (user + system, all threads)", indexCPU / 1000))
        if !first.failures.isEmpty { print("  \(first.failures.count) failures, first: \(first.failures[0])") }
        let size = [databasePath, databasePath + "-wal"].reduce(0) {
            $0 + (((try? FileManager.default.attributesOfItem(atPath: $1))?[.size] as? Int) ?? 0)
        }
        print("  database: \(ByteCount.describe(size)) with its WAL")

        // 2. Reopening an unchanged library: open, re-scan, load the list.
        var opens: [Double] = [], scans: [Double] = [], lists: [Double] = [], totals: [Double] = []
        var walks: [Double] = [], cpus: [Double] = [], listings: [Double] = []
        for _ in 0..<reopens {
            var walk = Stopwatch()
            _ = ArticleLoader().articleFiles(in: [folder])
            walks.append(walk.lapPrecise())
            let cpu0 = cpuMilliseconds()
            var lap = Stopwatch()
            let reopened = try open(databasePath)
            let o = lap.lapPrecise()
            let rescan = try report { try reopened.index(paths: [folder]) }
            let s = lap.lapPrecise()
            let list = try report { try reopened.articles(in: [folder]) }
            let l = lap.lapPrecise()
            guard rescan.unchanged == first.added, list.count == first.added else {
                throw ValidationError("re-scan saw \(rescan), list \(list.count) articles")
            }
            cpus.append(cpuMilliseconds() - cpu0)
            listings.append(rescan.scanSeconds * 1000)
            opens.append(o); scans.append(s); lists.append(l); totals.append(o + s + l)
        }
        print(String(format: "reopen unchanged: %.1f ms median (open %.1f + re-scan %.1f + list %.1f), max %.1f ms (target < 100)",
                     median(totals), median(opens), median(scans), median(lists), totals.max() ?? 0))
        print(String(format: "  CPU time %.1f ms median; of the re-scan, listing folders and stamps %.1f ms (ArticleLoader.articleFiles alone: %.1f ms)",
                     median(cpus), median(listings), median(walks)))

        // 3. Searches.
        let searches: [(String, () throws -> Int)] = [
            ("common word: police", { try library.search("police").count }),
            ("two words: fire killed", { try library.search("fire killed").count }),
            ("phrase: \"prime minister\"", { try library.search("\"prime minister\"").count }),
            ("prefix: elect", { try library.search("elect").count }),
            ("rare word: \(Self.marker(articles / 2))", { try library.search(Self.marker(articles / 2)).count }),
            ("no match: xylophonist", { try library.search("xylophonist").count }),
            ("entity: Donald Trump", { try library.articles(mentioning: "Donald Trump").count }),
            ("speaker: Trump", { try library.quotations(by: "Trump").count }),
        ]
        var worst = 0.0
        for (name, search) in searches {
            var times: [Double] = []
            var hits = 0
            for _ in 0..<repeats {
                var lap = Stopwatch()
                hits = try report(search)
                times.append(lap.lapPrecise())
            }
            worst = max(worst, times.max() ?? 0)
            let label = name.count < 32 ? name + String(repeating: " ", count: 32 - name.count) : name
            print("search " + label + String(format: " %5d hits  median %6.2f ms  max %6.2f ms", hits, median(times), times.max() ?? 0))
        }
        print(String(format: "slowest search: %.2f ms (target < 50)", worst))
        if keep { print("kept: \(root)") }
    }

    private func open(_ path: String) throws -> Library {
        try report { try Library(path: path) }
    }

    /// Runs a library call, turning a ``StoreError`` into a clean exit.
    private func report<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError {
            FileHandle.standardError.write(Data("byline-bench: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// A word found in exactly one generated article: `zq` and the number in base 36.
    static func marker(_ n: Int) -> String { "zq" + String(n, radix: 36) }

    /// Writes `count` variations of `sources` into `folder/NNN/`, 500 per folder.
    /// Variation `i` of a source rotates its paragraphs by `i / sources.count` and adds
    /// a paragraph with the marker word of `i`. Returns the bytes written.
    static func generate(_ count: Int, from sources: [String], into folder: String) throws -> Int {
        let split = sources.map { text -> (String, [String]) in
            let parts = text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            return (parts.first ?? "", Array(parts.dropFirst()))
        }
        var bytes = 0
        for i in 0..<count {
            let (head, paragraphs) = split[i % split.count]
            let round = i / split.count
            var body = paragraphs
            if !body.isEmpty {
                let k = round % body.count
                body = Array(body[k...] + body[..<k])
            }
            body.append("Library benchmark note \(marker(i)): variation \(round) of this report.")
            let text = ([head + (round > 0 ? " (\(round))" : "")] + body).joined(separator: "\n\n") + "\n"
            let sub = folder + "/" + String(format: "%03d", i / 500)
            if i % 500 == 0 { try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true) }
            // Plain stdio: Data.write(to:) and FileManager.createFile sync every file to disk.
            let path = sub + String(format: "/%05d.txt", i)
            guard let file = fopen(path, "w") else { throw ValidationError("cannot write \(path)") }
            let utf8 = Array(text.utf8)
            let written = fwrite(utf8, 1, utf8.count, file)
            fclose(file)
            if written != utf8.count { throw ValidationError("cannot write \(path) (disk full?)") }
            bytes += utf8.count
        }
        return bytes
    }
}

/// Elapsed wall-clock time.
private struct Stopwatch {
    private var start = DispatchTime.now().uptimeNanoseconds

    /// Milliseconds since the start or the last lap.
    mutating func lap() -> Int { Int(lapPrecise().rounded()) }

    mutating func lapPrecise() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { start = now }
        return Double(now - start) / 1e6
    }
}

/// User + system CPU time of this process so far, in milliseconds: with other
/// programs busy on the machine, wall-clock figures grow but this one does not.
private func cpuMilliseconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
    return ms(usage.ru_utime) + ms(usage.ru_stime)
}

private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}
