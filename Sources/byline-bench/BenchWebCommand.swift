import ArgumentParser
import BylineKit
import BylineWeb
import Foundation

/// `byline-bench web`: reader-mode extraction speed on the fixture pages, in MB of HTML per
/// CPU second of one thread: gumbo's parse alone, and the whole extraction (charset,
/// parse, metadata, content scoring, blocks).
///
/// ```
/// $ swift run -c release byline-bench web
/// pages: 12, 1.10 MB, repeated 10 times: 11.0 MB
/// gumbo parse only:  0.390 s   28.2 MB/s
/// whole extraction:   0.700 s   15.7 MB/s
/// ```
struct BenchWebCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "web",
        abstract: "Web page extraction speed (MB of HTML per CPU second).",
        discussion: """
        Reads every source.html (or .html file) under FOLDER (default: Tests/Fixtures/web of \
        the checkout), then extracts each page --repeat times on one thread, timed by the \
        thread's CPU time (best of --runs): gumbo's parse alone, then the whole extraction.
        """
    )

    @Argument(help: "Folder of pages (default: Tests/Fixtures/web of the checkout).")
    var folder: String?

    @Option(name: .long, help: "Times each page is extracted per run.")
    var `repeat`: Int = 10

    @Option(name: .long, help: "Timed runs; the fastest is reported.")
    var runs: Int = 3

    func run() throws {
        guard let dir = folder ?? Checkout.locate("Tests/Fixtures/web", environmentVariable: "BYLINE_WEB_FIXTURES") else {
            throw ValidationError("no folder of pages found: give one")
        }
        var pages: [Data] = []
        let walker = FileManager.default.enumerator(atPath: dir)
        while let name = walker?.nextObject() as? String {
            guard name.hasSuffix(".html") || name.hasSuffix(".htm"), !name.hasSuffix("expected.html") else { continue }
            if let data = FileManager.default.contents(atPath: dir + "/" + name) { pages.append(data) }
        }
        guard !pages.isEmpty else { throw ValidationError("\(dir): no .html pages") }
        let bytes = pages.reduce(0) { $0 + $1.count }
        let total = bytes * `repeat`
        print("pages: \(pages.count), \(BenchAnalyzeCommand.mb(bytes)), repeated \(`repeat`) times: \(BenchAnalyzeCommand.mb(total))")
        let texts = pages.map { HTMLCharset.decode($0).text }
        let parse = best {
            for _ in 0..<`repeat` { for t in texts { _ = HTMLDocument(html: t).root.children.count } }
        }
        print("gumbo parse only: \(BenchAnalyzeCommand.rate(total, parse))")
        var failures = 0
        let whole = best {
            for _ in 0..<`repeat` {
                for p in pages {
                    do { _ = try HTMLExtractor.extract(data: p, path: "page.html").article.blocks.count } catch { failures += 1 }
                }
            }
        }
        print("whole extraction: \(BenchAnalyzeCommand.rate(total, whole))")
        if failures > 0 { print("pages without an article: \(failures / runs)") }
        if let rss = BenchAnalyzeCommand.peakRSS() { print("peak RSS (VmHWM): \(rss)") }
    }

    private func best(_ body: () -> Void) -> UInt64 {
        var fastest = UInt64.max
        for _ in 0..<runs {
            let start = BenchAnalyzeCommand.cpuNanos()
            body()
            fastest = min(fastest, BenchAnalyzeCommand.cpuNanos() - start)
        }
        return fastest
    }
}
