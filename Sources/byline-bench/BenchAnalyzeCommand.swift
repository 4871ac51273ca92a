import ArgumentParser
import BylineKit
import Foundation

/// `byline-bench analyze`: parses and analyses a ~10 MB text made of the corpus articles
/// repeated, article by article, in this process; then runs the real `byline analyze
/// --json` on the same articles as files (the corpus folder copied once per repeat) and
/// `wc -w` on the same files, each timed by the child's CPU time (`wait4`).
///
/// ```
/// $ swift build -c release && .build/release/byline-bench analyze
/// corpus: 71 articles, 188.4 KB, repeated 54 times: 10.17 MB, 1,633,230 words
/// gazetteers loaded in 41.2 ms
/// entities only:   0.300 s   33.9 MB/s  (parsed articles)
/// entity rules:     0.280 s   36.3 MB/s  (the same without the learned layer)
/// analyse only:    0.500 s   20.3 MB/s  (entities + quotations, parsed articles)
/// parse only:       0.400 s   25.4 MB/s
/// parse + analyse:  0.900 s   11.3 MB/s  1.81 M words/s
/// parse + analyse + JSON: …
/// byline analyze --json (CLI): 0.480 s  21.2 MB/s  (CPU of the child, 3834 files)
/// wc -w (same files):          0.070 s 145.3 MB/s  (CPU of the child)
/// CLI / wc -w: 6.9x
/// peak RSS (VmHWM): 28.0 MB
/// ```
struct BenchAnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analysis speed (MB/s, words/s) on a repeated corpus.",
        discussion: """
        Builds about --megabytes MB of text from the .txt articles of FOLDER (default: \
        Tests/Fixtures/corpus of the Byline checkout) repeated, then parses and analyses it \
        one article at a time (entities and quotations) on one core, timed by the thread's \
        CPU time (best of --runs), also with the JSON written (in process). Then the \
        command-line path: FOLDER's articles copied once per repeat into a temporary \
        folder, `byline analyze --json` run on it (output to /dev/null) and /usr/bin/wc -w \
        on the same files, each timed by the child's CPU time (user + system, best of \
        --runs). Memory stays proportional to the largest article: the peak RSS is printed.
        """
    )

    @Argument(help: "Folder of .txt articles (default: Tests/Fixtures/corpus of the checkout).")
    var folder: String?

    @Option(name: .long, help: "Size of the text to analyse, in MB.")
    var megabytes: Double = 10

    @Option(name: .long, help: "Timed runs; the fastest is reported.")
    var runs: Int = 5

    @Option(name: .long, help: "The byline executable for the command-line figure (default: the one beside byline-bench).")
    var byline: String?

    func validate() throws {
        if megabytes <= 0 || megabytes > 1000 { throw ValidationError("--megabytes must be in (0, 1000]") }
        if runs < 1 || runs > 50 { throw ValidationError("--runs must be between 1 and 50") }
    }

    func run() throws {
        let dir: String
        if let folder {
            dir = folder
        } else if let fixtures = Checkout.locate("Tests/Fixtures", environmentVariable: "BYLINE_FIXTURES") {
            dir = fixtures + "/corpus"
        } else {
            throw ValidationError("no corpus folder found: give one (a folder of .txt articles)")
        }
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: dir) else {
            throw ValidationError("\(dir): cannot read the folder")
        }
        var texts: [(path: String, text: String)] = []
        for name in names.sorted() where name.hasSuffix(".txt") && !["SOURCE.txt", "LICENSE.txt", "README.txt"].contains(name) {
            let path = dir + "/" + name
            guard let data = fm.contents(atPath: path) else {
                throw ValidationError("\(path): cannot read the file")
            }
            texts.append((path, String(decoding: data, as: UTF8.self)))
        }
        guard !texts.isEmpty else { throw ValidationError("\(dir): no .txt articles") }

        let corpusBytes = texts.reduce(0) { $0 + $1.text.utf8.count }
        let target = Int(megabytes * 1_000_000)
        let repeats = max(1, (target + corpusBytes - 1) / corpusBytes)
        let totalBytes = corpusBytes * repeats
        let corpusWords = texts.reduce(0) { $0 + Self.wordCount($1.text) }
        let totalWords = corpusWords * repeats
        print("corpus: \(texts.count) articles, \(Self.kb(corpusBytes)), repeated \(repeats) times: "
              + "\(Self.mb(totalBytes)), \(Self.grouped(totalWords)) words")

        // Gazetteers are loaded once, on first use; time that apart.
        let loadStart = Self.wallNanos()
        _ = EntityRecognizer.shared.mentions(in: ArticleParser.parse(text: "Warm up\n\nKim met Mr Kim.\n", path: "warmup.txt").article)
        print("gazetteers loaded in \(Self.ms(Self.wallNanos() - loadStart))")

        let analyzer = ArticleAnalyzer()
        var parseBest = UInt64.max
        var fullBest = UInt64.max
        var entitiesBest = UInt64.max
        var analyseBest = UInt64.max
        var mentions = 0
        // The corpus articles parsed once (a few hundred KB), to time the analysis apart
        // from the parser.
        let parsed = texts.map { ArticleParser.parse(text: $0.text, path: $0.path).article }
        // The entity rules without the learned layer, to show what the model costs.
        let rulesOnly = EntityRecognizer(useModel: false)
        var rulesBest = UInt64.max
        for _ in 0..<runs {
            var count = 0
            let e0 = Self.cpuNanos()
            for _ in 0..<repeats {
                for article in parsed { count &+= EntityRecognizer.shared.mentions(in: article).count }
            }
            let e1 = Self.cpuNanos()
            for _ in 0..<repeats {
                for article in parsed { count &+= analyzer.analyze(article).quotes.count }
            }
            let e2 = Self.cpuNanos()
            for _ in 0..<repeats {
                for article in parsed { count &+= rulesOnly.mentions(in: article).count }
            }
            let e3 = Self.cpuNanos()
            entitiesBest = min(entitiesBest, e1 - e0)
            analyseBest = min(analyseBest, e2 - e1)
            rulesBest = min(rulesBest, e3 - e2)
            if count == -1 { print(count) }
        }
        for _ in 0..<runs {
            var sink = 0
            let t0 = Self.cpuNanos()
            for _ in 0..<repeats {
                for (path, text) in texts { sink &+= ArticleParser.parse(text: text, path: path).article.blocks.count }
            }
            let t1 = Self.cpuNanos()
            mentions = 0
            for _ in 0..<repeats {
                for (path, text) in texts {
                    let analyzed = analyzer.analyze(ArticleParser.parse(text: text, path: path).article)
                    mentions += analyzed.entities.count + analyzed.quotes.count
                }
            }
            let t2 = Self.cpuNanos()
            parseBest = min(parseBest, t1 - t0)
            fullBest = min(fullBest, t2 - t1)
            if sink == -1 { print(sink) }
        }
        var jsonBest = UInt64.max
        var jsonBytes = 0
        for _ in 0..<runs {
            jsonBytes = 0
            let t0 = Self.cpuNanos()
            for _ in 0..<repeats {
                for (path, text) in texts {
                    let analyzed = analyzer.analyze(ArticleParser.parse(text: text, path: path).article)
                    analyzed.writeJSON(lineEnd: true) { jsonBytes += $0.count }
                }
            }
            jsonBest = min(jsonBest, Self.cpuNanos() - t0)
        }
        print("entities only:    \(Self.rate(totalBytes, entitiesBest))  (parsed articles)")
        print("entity rules:     \(Self.rate(totalBytes, rulesBest))  (the same without the learned layer)")
        print("analyse only:     \(Self.rate(totalBytes, analyseBest))  (entities + quotations, parsed articles)")
        print("parse only:       \(Self.rate(totalBytes, parseBest))")
        print("parse + analyse:  \(Self.rate(totalBytes, fullBest))  "
              + String(format: "%.2f M words/s", Double(totalWords) / (Double(fullBest) / 1e9) / 1e6)
              + "  (\(Self.grouped(mentions / repeats)) entities and quotes per corpus pass)")
        print("parse + analyse + JSON: \(Self.rate(totalBytes, jsonBest))  (in process, \(Self.mb(jsonBytes)) of JSON)")

        try commandLine(texts: texts, repeats: repeats, totalBytes: totalBytes)
        print("peak RSS (VmHWM): \(Self.peakRSS() ?? "unknown")")
    }

    /// `byline analyze --json` and `wc -w` on the articles as files: FOLDER's articles
    /// copied `repeats` times into a temporary folder (one subfolder per copy).
    func commandLine(texts: [(path: String, text: String)], repeats: Int, totalBytes: Int) throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("byline-bench-\(ProcessInfo.processInfo.processIdentifier)").path
        defer { try? fm.removeItem(atPath: root) }
        var files: [String] = []
        for r in 0..<repeats {
            let dir = root + String(format: "/%03d", r)
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            for (path, text) in texts {
                let file = dir + "/" + (path as NSString).lastPathComponent
                guard fm.createFile(atPath: file, contents: Data(text.utf8)) else {
                    throw ValidationError("\(file): cannot write the temporary file")
                }
                files.append(file)
            }
        }
        let program = byline ?? Self.sibling("byline")
        guard fm.isExecutableFile(atPath: program) else {
            print("byline analyze --json (CLI): \(program) not found (build it, or give --byline)")
            return
        }
        // Once untimed, to have the files in the page cache.
        _ = try ChildCPU.run(program, ["analyze", "--json", root])
        var cliBest = UInt64.max
        for _ in 0..<runs { cliBest = min(cliBest, try ChildCPU.run(program, ["analyze", "--json", root])) }
        print("byline analyze --json (CLI): \(Self.rate(totalBytes, cliBest))  "
              + "(CPU of the child, user + system, \(files.count) files, output to /dev/null)")
        guard fm.isExecutableFile(atPath: "/usr/bin/wc") else {
            print("wc -w:            /usr/bin/wc not found")
            return
        }
        var wcBest = UInt64.max
        for _ in 0..<runs { wcBest = min(wcBest, try ChildCPU.run("/usr/bin/wc", ["-w"] + files)) }
        print("wc -w (same files):          \(Self.rate(totalBytes, wcBest))  (CPU of the child)")
        print(String(format: "CLI / wc -w: %.1fx", Double(cliBest) / Double(wcBest)))
    }

    /// A program in the same folder as this executable.
    static func sibling(_ name: String) -> String {
        let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return me.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// CPU time of this thread, in nanoseconds: steadier than wall time on a machine
    /// shared with other work (the analysis runs on this one thread).
    static func cpuNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Wall time in nanoseconds.
    static func wallNanos() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Words as `wc -w` counts them: runs of non-space bytes.
    static func wordCount(_ text: String) -> Int {
        var n = 0
        var inWord = false
        for b in text.utf8 {
            let space = b == 32 || (b >= 9 && b <= 13)
            if !space && !inWord { n += 1 }
            inWord = !space
        }
        return n
    }

    static func rate(_ bytes: Int, _ nanos: UInt64) -> String {
        let s = Double(nanos) / 1e9
        return String(format: "%.3f s  %6.1f MB/s", s, Double(bytes) / s / 1e6)
    }

    static func ms(_ nanos: UInt64) -> String { String(format: "%.1f ms", Double(nanos) / 1e6) }
    static func kb(_ bytes: Int) -> String { String(format: "%.1f KB", Double(bytes) / 1e3) }
    static func mb(_ bytes: Int) -> String { String(format: "%.2f MB", Double(bytes) / 1e6) }

    static func grouped(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// VmHWM from /proc/self/status, as `38.1 MB`.
    static func peakRSS() -> String? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return String(format: "%.1f MB", Double(kb) / 1024)
        }
        return nil
    }
}
