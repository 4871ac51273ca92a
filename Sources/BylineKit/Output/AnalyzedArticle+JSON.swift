/// The JSON shape of `byline analyze --json`, one object per article:
///
/// ```json
/// {"file": "000_seed.txt", "path": "seeds/000_seed.txt", "title": "…", "date": "2024-11-18",
///  "author": null, "source": null, "site": null, "url": null, "credit": "PA",
///  "blocks": [{"kind": "caption", "text": "…", "credit": "KCNA/Korea News Service/AP"}],
///  "entities": [{"text": "Mr Kim", "type": "PERSON", "canonical": "Kim Jong-un",
///                "block": 2, "start": 10, "end": 16}],
///  "quotes": [{"text": "…", "speaker": "Patrick Thompson", "partial": false,
///              "block": 30, "start": 0, "end": 120}]}
/// ```
///
/// `start`/`end` are Unicode-scalar offsets in the block's text, end exclusive.
/// `author`, `site` (the publication: front matter's `source:`, a page's site name; `source`
/// holds the same, kept for older readers), `url` (a page's canonical address) and
/// `links` (`[{"text", "url", "block"}]`, web pages) are null or empty when unknown.
/// The full schema: docs/json.md.
extension AnalyzedArticle {
    /// The article as one line of JSON.
    public func jsonLine() -> String {
        var w = JSONWriter()
        write(to: &w)
        return w.text
    }

    /// The article as one line of JSON (with a line end if `lineEnd`), handed to `sink`
    /// in pieces of about 64 KB as they are made, so a large article's JSON is never held
    /// whole in memory; an article under 64 KB comes in one piece.
    ///
    /// ```swift
    /// analyzed.writeJSON(lineEnd: true) { bytes in
    ///     bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
    /// }
    /// ```
    public func writeJSON(lineEnd: Bool = false, to sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var w = JSONWriter(sink: sink)
            write(to: &w)
            if lineEnd { w.raw("\n") }
            w.flush()
        }
    }

    private func write(to w: inout JSONWriter) {
        let a = article
        w.raw("{")
        // The real name, escaped as JSON; a byte that is not UTF-8 (which JSON cannot
        // hold) as U+FFFD.
        w.key("file"); w.string(PathBytes.lossy(a.fileName)); w.raw(", ")
        w.key("path"); w.string(PathBytes.lossy(a.path)); w.raw(", ")
        w.key("title"); w.string(a.title); w.raw(", ")
        w.key("date"); w.optional(a.date?.description); w.raw(", ")
        w.key("author"); w.optional(a.author); w.raw(", ")
        w.key("source"); w.optional(a.source); w.raw(", ")
        w.key("site"); w.optional(a.source); w.raw(", ")
        w.key("url"); w.optional(a.url); w.raw(", ")
        w.key("credit"); w.optional(a.credit); w.raw(", ")
        w.key("blocks"); w.raw("[")
        for (i, b) in a.blocks.enumerated() {
            if i > 0 { w.raw(", ") }
            w.raw("{"); w.key("kind"); w.string(b.kind.rawValue); w.raw(", ")
            w.key("text"); w.string(b.text); w.raw(", ")
            w.key("credit"); w.optional(b.credit); w.raw("}")
        }
        w.raw("], ")
        w.key("links"); w.raw("[")
        for (i, l) in a.links.enumerated() {
            if i > 0 { w.raw(", ") }
            w.raw("{"); w.key("text"); w.string(l.text); w.raw(", ")
            w.key("url"); w.string(l.url); w.raw(", ")
            w.key("block"); w.integer(l.block); w.raw("}")
        }
        w.raw("], ")
        w.key("entities"); w.raw("[")
        for (i, e) in entities.enumerated() {
            if i > 0 { w.raw(", ") }
            w.raw("{"); w.key("text"); w.string(e.text); w.raw(", ")
            w.key("type"); w.string(e.type.rawValue); w.raw(", ")
            w.key("canonical"); w.string(e.canonical); w.raw(", ")
            w.key("block"); w.integer(e.location.block); w.raw(", ")
            w.key("start"); w.integer(e.location.start); w.raw(", ")
            w.key("end"); w.integer(e.location.end); w.raw("}")
        }
        w.raw("], ")
        w.key("quotes"); w.raw("[")
        for (i, q) in quotes.enumerated() {
            if i > 0 { w.raw(", ") }
            w.raw("{"); w.key("text"); w.string(q.text); w.raw(", ")
            w.key("speaker"); w.optional(q.speaker); w.raw(", ")
            w.key("partial"); w.bool(q.partial); w.raw(", ")
            w.key("block"); w.integer(q.location.block); w.raw(", ")
            w.key("start"); w.integer(q.location.start); w.raw(", ")
            w.key("end"); w.integer(q.location.end); w.raw("}")
        }
        w.raw("]}")
    }
}
