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
        let inputs = ArticleInputs(paths: paths) { parsed in
            let analyzed = analyzer.analyze(parsed.article)
            if let out {
                let name = Self.outputName(for: parsed.article.fileName)
                let target = (out as NSString).appendingPathComponent(name)
                do {
                    try Data((analyzed.jsonLine() + "\n").utf8).write(to: URL(fileURLWithPath: target))
                } catch {
                    Diagnostics.error("\(target): cannot write: \(error.localizedDescription)")
                    writeFailed = true
                }
            }
            if json {
                Console.line(analyzed.jsonLine())
            } else if out == nil {
                let a = parsed.article
                Console.line("\(a.path)\t\(a.date?.description ?? "-")\t\(a.blocks.count) blocks\t\(analyzed.entities.count) entities\t\(analyzed.quotes.count) quotes\t\(a.title)")
            }
        }
        if writeFailed { throw ExitCode(1) }
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
