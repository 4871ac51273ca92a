import ArgumentParser
import BylineKit
import Foundation

struct AnalyzeCommand: PathTakingCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Parse and analyse articles: blocks, entities and quotations.",
        discussion: """
        Without --json, prints a summary line per article. With --json, prints one JSON \
        object per article (one per line). With --out DIR, writes DIR/<base name>.json \
        for each article (NNN_slug.txt becomes NNN_slug.json). Folders are searched for \
        .txt and .md files; - reads standard input. Exit status 1 if any input failed.
        """
    )

    @Flag(name: .long, help: "Print one JSON object per article.")
    var json = false

    @Option(name: .long, help: "Write one JSON file per article into this folder.")
    var out: String?

    @Argument(help: "Article files or folders; - for standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article file or folder") }
    }

    func run() throws {
        if let out {
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw ValidationError("cannot create the output folder \(out): \(error.localizedDescription)")
            }
        }
        let analyzer = ArticleAnalyzer()
        var writeFailed = false
        var tooLarge = false
        // The memory at hand, read again every 32 articles or when an article needs more
        // than half of it (reading /proc for every small article cost 4% of the time).
        var available: Int? = nil
        var sinceReading = Int.max
        let inputs = ArticleInputs(paths: paths, tooLarge: { MemoryBudget.problem(analysingBytes: $0) }) { parsed in
            // Too big for the memory at hand: say so and go on with the next file,
            // rather than abort half-way through the output.
            let textBytes = parsed.article.blocks.reduce(0) { $0 + $1.text.utf8.count }
            sinceReading &+= 1
            if sinceReading >= 32 || available.map({ MemoryBudget.need(analysingBytes: textBytes) * 2 > $0 }) ?? true {
                available = MemoryBudget.available()
                sinceReading = 0
            }
            if let problem = MemoryBudget.problem(analysingBytes: textBytes, available: available) {
                Diagnostics.error("\(parsed.article.path): \(problem)")
                tooLarge = true
                return
            }
            let analyzed = analyzer.analyze(parsed.article)
            if let out {
                let name = Self.outputName(for: parsed.article.fileName)
                let target = (out as NSString).appendingPathComponent(name)
                if let problem = JSONOutput.write(analyzed, toFile: target) {
                    Diagnostics.error("\(target): cannot write: \(problem)")
                    writeFailed = true
                }
            }
            if json {
                // Streamed straight to the descriptor: an article's JSON is never held
                // whole in memory, and lines already written are never lost in a buffer.
                Console.flush()
                JSONOutput.write(analyzed, to: STDOUT_FILENO)
            } else if out == nil {
                let a = parsed.article
                Console.line("\(a.path)\t\(a.date?.description ?? "-")\t\(a.blocks.count) blocks\t\(analyzed.entities.count) entities\t\(analyzed.quotes.count) quotes\t\(a.title)")
            }
        }
        if writeFailed || tooLarge { throw ExitCode(1) }
        try inputs.finish()
    }

    /// `NNN_slug.txt` → `NNN_slug.json`; `stdin` → `stdin.json`.
    static func outputName(for fileName: String) -> String {
        // A feed's item `news.xml#3` → `news-3.json`.
        var item = ""
        var fileName = fileName
        if let hash = fileName.lastIndex(of: "#") {
            item = "-" + fileName[fileName.index(after: hash)...]
            fileName = String(fileName[..<hash])
        }
        var base = fileName
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
        return base + item + ".json"
    }
}
