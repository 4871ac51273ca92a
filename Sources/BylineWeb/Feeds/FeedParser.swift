import BylineKit
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads feeds with Foundation's `XMLParser` (RSS, RDF, Atom) and `JSONSerialization`
/// (JSON Feed); nothing is tokenized by hand. A feed that breaks off keeps the items
/// read before the break and says why in ``Feed/problem``.
///
/// ```swift
/// FeedParser.looksLikeFeed(Data("<rss version=\"2.0\">".utf8))   // true
/// let feed = try FeedParser.parse(data: bytes, path: "news.xml")
/// ```
package enum FeedParser {
    /// Parses a feed fetched with an HTTP `charset`: the header's character set wins
    /// over the XML declaration (RFC 3023), except that a byte-order mark wins over both
    /// and bytes that are valid UTF-8 are read as UTF-8 (labels lie more often than
    /// UTF-8 happens by chance, as for pages).
    package static func parse(data: Data, path: String, charset: String?) throws(ArticleError) -> Feed {
        guard let charset, let converted = reencoded(data, charset: charset) else { return try parse(data: data, path: path) }
        return try parse(data: converted, path: path)
    }

    /// The feed's bytes as UTF-8 with its declaration saying so, when an HTTP charset
    /// must override it; nil to read the bytes as they are.
    static func reencoded(_ data: Data, charset: String) -> Data? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        guard data.first(where: { $0 > 0x20 }) != UInt8(ascii: "{") else { return nil }   // JSON Feed: always UTF-8
        let decoded = HTMLCharset.decode(data, declared: charset)
        guard decoded.charset != "utf-8" || String(validating: data, as: UTF8.self) != nil else { return nil }
        var text = decoded.text
        // The declaration must now say UTF-8 (libxml2 would decode the bytes again).
        if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
            text.replaceSubrange(text.startIndex..<end.upperBound, with: "<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        }
        return Data(text.utf8)
    }

    package static func parse(data: Data, path: String) throws(ArticleError) -> Feed {
        if let first = data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }),
           first == UInt8(ascii: "{") {
            return try JSONFeedReader.parse(data: data, path: path)
        }
        let bytes = utf8FromUTF32(data) ?? data
        var (feed, error) = parseXML(bytes, namespaces: true)
        if let e = error, (200..<300).contains(e.code) {
            // A namespace error (an undeclared prefix): read the names as written.
            let again = parseXML(bytes, namespaces: false)
            if again.error == nil || (again.feed?.items.count ?? 0) > (feed?.items.count ?? 0) { (feed, error) = again }
        }
        if error != nil, let stripped = withoutDoctype(bytes) {
            // feedparser's rule: a doctype (whose entities may be external) is not needed.
            let again = parseXML(stripped, namespaces: true)
            if again.error == nil || (again.feed?.items.count ?? 0) > (feed?.items.count ?? 0) { (feed, error) = again }
        }
        guard var feed else {
            let why = error.map { "line \($0.line): XML error \($0.code)" } ?? "no <rss>, <rdf:RDF> or <feed> element"
            throw ArticleError(path: path, problem: .unreadable("not a feed (\(why))"))
        }
        if let error {
            let n = feed.items.count
            feed.problem = "not well-formed XML at line \(error.line) (XML error \(error.code)); \(n) item\(n == 1 ? "" : "s") read before it kept"
        }
        return feed
    }

    private static func parseXML(_ data: Data, namespaces: Bool) -> (feed: Feed?, error: (line: Int, code: Int)?) {
        let reader = XMLFeedReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = namespaces
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse()
        let failed = !ok || parser.parserError != nil
        // An item cut by the error is incomplete: only finished items are kept.
        if !failed { reader.finishOpenItem() }
        let error = failed ? (line: parser.lineNumber, code: (parser.parserError as NSError?)?.code ?? 0) : nil
        guard let kind = reader.kind else { return (nil, error) }
        return (Feed(kind: kind, title: reader.feedTitle, link: reader.feedLink, items: reader.items), error)
    }

    /// UTF-32 (with or without a byte-order mark), which libxml2 does not read, as UTF-8
    /// with the declaration's encoding made to match.
    private static func utf8FromUTF32(_ data: Data) -> Data? {
        let b = [UInt8](data.prefix(4))
        guard b.count == 4 else { return nil }
        let encoding: String.Encoding
        var body = data
        if b == [0xFF, 0xFE, 0, 0] { encoding = .utf32LittleEndian; body = data.dropFirst(4) }
        else if b == [0, 0, 0xFE, 0xFF] { encoding = .utf32BigEndian; body = data.dropFirst(4) }
        else if b[1] == 0, b[2] == 0, b[3] == 0, b[0] != 0 { encoding = .utf32LittleEndian }
        else if b[0] == 0, b[1] == 0, b[2] == 0, b[3] != 0 { encoding = .utf32BigEndian }
        else { return nil }
        guard var text = String(data: Data(body), encoding: encoding) else { return nil }
        if let r = text.range(of: #"encoding=["'][^"']*["']"#, options: .regularExpression),
           text.distance(from: text.startIndex, to: r.lowerBound) < 100 {
            text.replaceSubrange(r, with: "encoding=\"utf-8\"")
        }
        return Data(text.utf8)
    }

    /// The bytes without their `<!DOCTYPE …>` (internal subset included), if they have one.
    private static func withoutDoctype(_ data: Data) -> Data? {
        let head = [UInt8](data.prefix(4096))
        let marker = Array("<!DOCTYPE".utf8)
        guard let start = (0...(max(0, head.count - marker.count))).first(where: { head.count >= marker.count && Array(head[$0..<($0 + marker.count)]) == marker }) else { return nil }
        var i = start + marker.count
        var depth = 0
        while i < head.count {
            if head[i] == UInt8(ascii: "[") { depth += 1 }
            if head[i] == UInt8(ascii: "]") { depth -= 1 }
            if head[i] == UInt8(ascii: ">") && depth <= 0 { break }
            i += 1
        }
        guard i < head.count else { return nil }
        return data.prefix(start) + data.dropFirst(i + 1)
    }

    /// Whether the first bytes open a feed: `<rss`, `<rdf:RDF`, `<feed`, or a JSON Feed.
    package static func looksLikeFeed(_ prefix: Data) -> Bool {
        let text = String(decoding: prefix.prefix(1024), as: UTF8.self)
        if text.contains("jsonfeed.org/version") { return true }
        var rest = Substring(text)
        // Skip the XML declaration, comments, processing instructions and a doctype.
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if rest.hasPrefix("<?") || rest.hasPrefix("<!") {
                guard let end = rest.firstIndex(of: ">") else { return false }
                rest = rest[rest.index(after: end)...]
            } else {
                break
            }
        }
        let lower = rest.prefix(40).lowercased()
        return lower.hasPrefix("<rss") || lower.hasPrefix("<rdf:rdf") || lower.hasPrefix("<feed") || lower.hasPrefix("<rdf ")
    }
}

/// The `XMLParser` delegate: RSS 0.9x/2.0 `channel/item`, RSS 1.0 `item` beside
/// `channel`, Atom `feed/entry`, by local name and namespace.
final class XMLFeedReader: NSObject, XMLParserDelegate {

    var kind: Feed.Kind?
    var feedTitle: String?
    var feedLink: String?
    var items: [FeedItem] = []
    private var item: FeedItem?
    private var stack: [String] = []
    private var buffer = ""
    private var inAuthor = false
    private var atomContentType: String?

    func finishOpenItem() {
        if let item { items.append(item) }
        item = nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let local = Self.localName(name)
        if kind == nil {
            switch local {
            case "rss": kind = .rss
            case "rdf": kind = .rdf
            case "feed": kind = .atom
            case "channel": kind = .rss  // CDF and bare RSS 0.9x channels
            default: break
            }
        }
        stack.append(local)
        buffer = ""
        switch local {
        case "item", "entry":
            finishOpenItem()
            item = FeedItem()
        case "author" where item != nil:
            inAuthor = true
        case "link":
            // Atom: <link rel="alternate" href="…"/> (rel defaults to alternate).
            if let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate" {
                if item != nil { if item?.link == nil { item?.link = href } } else if feedLink == nil { feedLink = href }
            }
        case "content", "summary", "description", "encoded":
            atomContentType = attributes["type"]
        default: break
        }
        if local == "item", let about = attributes["about"], item?.link == nil { item?.link = about }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { buffer += String(decoding: block, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let local = Self.localName(name)
        let value = buffer.trimmingCharacters(in: .whitespacesAndNewlines)
        let parent = stack.count >= 2 ? stack[stack.count - 2] : ""
        defer {
            if !stack.isEmpty { stack.removeLast() }
            buffer = ""
        }
        guard item != nil else {
            if local == "title", ["channel", "feed"].contains(parent), feedTitle == nil, !value.isEmpty { feedTitle = value }
            if local == "link", parent == "channel", feedLink == nil, !value.isEmpty { feedLink = value }
            return
        }
        switch local {
        case "item", "entry":
            finishOpenItem()
        case "title" where ["item", "entry"].contains(parent):
            item?.title = atomContentType == "html" || atomContentType == "xhtml" ? HTMLExtractor.plainText(ofFragment: value) : value
        case "link" where ["item", "entry"].contains(parent) && !value.isEmpty:
            if item?.link == nil { item?.link = value }
        case "guid", "id":
            if item?.id == nil { item?.id = value }
            if local == "guid", item?.link == nil, value.hasPrefix("http") { item?.link = value }
        case "pubdate", "published", "date", "issued", "created", "updated", "modified":
            if item?.date == nil || local == "published" || local == "pubdate" {
                if let d = DateText.parse(value) { item?.date = d }
            }
        case "name" where inAuthor:
            if item?.author == nil, !value.isEmpty { item?.author = value }
        case "author":
            inAuthor = false
            if item?.author == nil, !value.isEmpty { item?.author = Self.rssAuthor(value) }
        case "creator":
            if item?.author == nil, !value.isEmpty { item?.author = value }
        case "encoded":
            if !value.isEmpty { item?.html = value }
        case "content" where ["entry", "item"].contains(parent):
            if atomContentType == "text" { item?.text = value } else if !value.isEmpty { item?.html = value }
        case "description", "summary":
            if item?.html == nil, !value.isEmpty { item?.html = value }
        default: break
        }
    }

    /// `dc:creator` → `creator` (without namespace processing the prefix stays in the name).
    static func localName(_ name: String) -> String {
        let lower = name.lowercased()
        guard let colon = lower.lastIndex(of: ":") else { return lower }
        return String(lower[lower.index(after: colon)...])
    }

    /// RSS's `author` is an e-mail address, often with the name in brackets.
    static func rssAuthor(_ value: String) -> String {
        if let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close {
            return String(value[value.index(after: open)..<close])
        }
        return value
    }
}

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedReader {
    static func parse(data: Data, path: String) throws(ArticleError) -> Feed {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ArticleError(path: path, problem: .unreadable("not a feed (not valid JSON)"))
        }
        guard (object["version"] as? String)?.contains("jsonfeed.org") == true || object["items"] is [Any] else {
            throw ArticleError(path: path, problem: .unreadable("not a feed (JSON without \"version\" or \"items\")"))
        }
        var feed = Feed(kind: .json, title: object["title"] as? String, link: object["home_page_url"] as? String)
        for case let entry as [String: Any] in object["items"] as? [Any] ?? [] {
            var item = FeedItem()
            item.title = entry["title"] as? String
            item.link = (entry["url"] as? String) ?? (entry["external_url"] as? String)
            item.id = (entry["id"] as? String) ?? (entry["id"] as? NSNumber)?.stringValue
            item.date = ((entry["date_published"] as? String) ?? (entry["date_modified"] as? String)).flatMap(DateText.parse)
            let authors = (entry["authors"] as? [[String: Any]]) ?? (entry["author"] as? [String: Any]).map { [$0] } ?? []
            item.author = authors.compactMap { $0["name"] as? String }.first
            item.html = (entry["content_html"] as? String) ?? (entry["summary"] as? String)
            item.text = entry["content_text"] as? String
            if item.title != nil || item.html != nil || item.text != nil { feed.items.append(item) }
        }
        return feed
    }
}
