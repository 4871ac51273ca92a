import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Lists of subscriptions to import and export: OPML (what most feed readers export)
/// and newsboat's `urls` file (one URL a line, then its tags in quotes; `#` comments).
///
/// ```swift
/// let list = try FeedList.read(data: bytes, path: "subscriptions.opml")
/// list.entries[0]   // Entry(url: "https://example.org/feed.xml", title: "Example", tags: ["news"])
/// FeedList.opml([Entry(url: "https://example.org/feed.xml", title: "Example", tags: [])])
/// ```
package enum FeedList {
    package struct Entry: Sendable, Equatable {
        package var url: String
        package var title: String?
        package var tags: [String]

        package init(url: String, title: String? = nil, tags: [String] = []) {
            self.url = url
            self.title = title
            self.tags = tags
        }
    }

    /// What a file gave: its entries, and a line for each one left out (with why).
    package struct Parsed: Sendable {
        package var entries: [Entry] = []
        package var skipped: [String] = []
    }

    package struct ReadError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Reads OPML (a file that opens with `<`), else newsboat's `urls` format.
    package static func read(data: Data, path: String) throws -> Parsed {
        let start = data.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if start.first == UInt8(ascii: "<") { return try opml(data: data, path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(description: "\(path): not UTF-8 text; neither OPML nor a newsboat urls file")
        }
        return newsboat(text: text, path: path)
    }

    /// newsboat's `urls`: `URL "tag" "another tag" ~title`, `#` comments; `query:` and
    /// `exec:` / `filter:` lines (newsboat's own feeds, not addresses) are left out.
    static func newsboat(text: String, path: String) -> Parsed {
        var parsed = Parsed()
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if line.isEmpty || line.hasPrefix("#") { continue }
            let url = String(line.prefix { !$0.isWhitespace })
            guard WebFetcher.isWebAddress(url) else {
                parsed.skipped.append("\(path):\(n + 1): not an http(s) address: \(url.prefix(60))")
                continue
            }
            var entry = Entry(url: url)
            var rest = line.dropFirst(url.count)[...]
            while let open = rest.firstIndex(of: "\"") {
                let after = rest.index(after: open)
                guard let close = rest[after...].firstIndex(of: "\"") else { break }
                let tag = String(rest[after..<close])
                if tag.hasPrefix("~") { entry.title = String(tag.dropFirst()) } else if !tag.hasPrefix("!"), !tag.isEmpty { entry.tags.append(tag) }
                rest = rest[rest.index(after: close)...]
            }
            parsed.entries.append(entry)
        }
        return parsed
    }

    static func opml(data: Data, path: String) throws -> Parsed {
        let reader = OPMLReader()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse()
        if !ok && reader.parsed.entries.isEmpty {
            throw ReadError(description: "\(path): not well-formed OPML at line \(parser.lineNumber)")
        }
        if !reader.sawOPML { throw ReadError(description: "\(path): no <opml> element; neither OPML nor a newsboat urls file") }
        return reader.parsed
    }

    /// OPML 2.0 of `entries` (`xmlUrl`, `title`, and tags as `category`).
    package static func opml(_ entries: [Entry], title: String = "Byline subscriptions") -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head><title>\(escape(title))</title></head>\n<body>\n"
        for e in entries {
            let name = escape(e.title ?? e.url)
            out += "  <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escape(e.url))\""
            if !e.tags.isEmpty { out += " category=\"\(escape(e.tags.joined(separator: ",")))\"" }
            out += "/>\n"
        }
        return out + "</body>\n</opml>\n"
    }

    private static func escape(_ s: String) -> String { FeedItemDocument.escape(s) }
}

/// Collects `<outline xmlUrl=…>` elements; a folder outline's title becomes a tag of
/// the feeds inside it.
private final class OPMLReader: NSObject, XMLParserDelegate {
    var parsed = FeedList.Parsed()
    var sawOPML = false
    private var folders: [String?] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name.lowercased() == "opml" { sawOPML = true }
        guard name.lowercased() == "outline" else { return }
        var title = attributes["title"] ?? attributes["text"]
        if let url = attributes["xmlUrl"] ?? attributes["xmlurl"] {
            if title == url || title?.isEmpty == true { title = nil }   // export names untitled feeds by address
            var tags = folders.compactMap { $0 }
            tags += (attributes["category"] ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("/") }
            if WebFetcher.isWebAddress(url) {
                parsed.entries.append(FeedList.Entry(url: url, title: title, tags: tags))
            } else {
                parsed.skipped.append("not an http(s) address: \(url.prefix(60))")
            }
            folders.append(nil)
        } else {
            folders.append(title)
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name.lowercased() == "outline", !folders.isEmpty { folders.removeLast() }
    }
}
