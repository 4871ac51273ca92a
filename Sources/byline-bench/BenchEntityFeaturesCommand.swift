import ArgumentParser
import BylineKit
import Foundation

/// `byline-bench entity-features`: the candidate names of articles with the features the
/// learned entity layer sees, one JSON object a line, for
/// `scripts/entities/train_model.py`.
///
/// ```
/// $ byline-bench entity-features --jsonl docs.jsonl
/// {"id":"wikigold-3","block":0,"start":0,"end":7,"text":"Burnley","rule":"PLACE","f":[2779…]}
/// ```
struct BenchEntityFeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity-features",
        abstract: "Candidate names and their model features, as JSON lines (training data).",
        discussion: """
        Reads .txt articles (parsed as `byline analyze` parses them; the id is the file \
        name) and, with --jsonl, documents of one JSON object a line: \
        {"id": "…", "blocks": [{"kind": "headline"|"paragraph"|"caption", "text": "…"}]}.
        """
    )

    @Option(name: .long, help: "A file of JSON documents, one a line.")
    var jsonl: String?

    @Argument(help: "Article files (.txt).")
    var files: [String] = []

    func run() throws {
        let recognizer = EntityRecognizer(useModel: false)
        var out = Data()
        func emit(_ id: String, _ article: Article) throws {
            for r in recognizer.trainingRows(in: article) {
                let row: [String: Any] = ["id": id, "block": r.block, "start": r.start, "end": r.end,
                                          "text": r.text, "rule": r.ruleType.rawValue, "f": r.features.map(Int.init)]
                out.append(try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]))
                out.append(0x0A)
            }
            if out.count > 1 << 20 { FileHandle.standardOutput.write(out); out.removeAll(keepingCapacity: true) }
        }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("\(path): cannot read the file")
            }
            let article = ArticleParser.parse(text: String(decoding: data, as: UTF8.self), path: path).article
            try emit((path as NSString).lastPathComponent, article)
        }
        if let jsonl {
            guard let data = FileManager.default.contents(atPath: jsonl) else {
                throw ValidationError("\(jsonl): cannot read the file")
            }
            for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
                guard let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = doc["id"] as? String, let blocks = doc["blocks"] as? [[String: Any]] else {
                    throw ValidationError("\(jsonl):\(n + 1): not a document object")
                }
                let parsed = blocks.map { b in
                    Block(kind: Block.Kind(rawValue: b["kind"] as? String ?? "") ?? .paragraph, text: b["text"] as? String ?? "")
                }
                try emit(id, Article(path: id, title: parsed.first?.text ?? id, blocks: parsed))
            }
        }
        FileHandle.standardOutput.write(out)
    }
}
