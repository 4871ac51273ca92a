import BylineKit
import Foundation

/// Feeds for BylineKit's loader: a feed file (`.rss`, `.atom`, `.rdf`, a `.xml` file or
/// any other file or standard input whose root element is `rss`, `rdf:RDF` or `feed`
/// (``XMLRoot``), or a JSON Feed). `byline dump`, `analyze`, the reader and the
/// library's index give one article per item (`news.xml#2` is the second,
/// ``parseAll(data:path:)``); ``parse(data:path:)`` reads the feed as one article, its
/// items one after another.
///
/// A folder's `.xml` files are listed only when they are feeds (``recognizesContent(_:)``);
/// a `.xml` file named on the command line that is not a feed, or another file that
/// opens with an XML declaration, is refused with a clear message (its root element)
/// rather than shown as raw XML.
///
/// ```swift
/// ArticleFormatRegistry.register(FeedArticleFormat())
/// try ArticleLoader().loadAll(path: "news.xml").map(\.article.title)   // every item's title
/// ```
package struct FeedArticleFormat: RegisteredArticleFormat {
    package init() {}

    package var extensions: Set<String> { ["rss", "atom", "rdf"] }

    package var sniffedExtensions: Set<String> { ["xml"] }

    package func recognizes(path: String, prefix: Data) -> Bool {
        let ext = path.lastIndex(of: ".").map { path[path.index(after: $0)...].lowercased() } ?? ""
        if extensions.contains(ext) { return true }
        if recognizesContent(prefix) { return true }
        // Other XML: refused with its root element named (parseAll), except XHTML, which
        // is a page, and articles named as such (`.txt`, `.html`) that open with markup.
        guard ext == "xml" || !ArticleFormat.articleExtensions.contains(ext), Self.hasDeclaration(prefix) || ext == "xml",
              let root = XMLRoot.name(of: prefix) else { return false }
        return root.lowercased() != "html"
    }

    /// A feed by its content: a JSON Feed, or XML whose root element is a feed's (when
    /// the bytes are not XML before the root, as in a few broken feeds, the opening tag
    /// as written).
    package func recognizesContent(_ prefix: Data) -> Bool {
        if let root = XMLRoot.name(of: prefix) { return XMLRoot.isFeed(root) }
        return FeedParser.looksLikeFeed(prefix)
    }

    /// Whether the bytes open (after a byte-order mark and white space) with `<?xml`.
    static func hasDeclaration(_ prefix: Data) -> Bool {
        var bytes = prefix.prefix(64)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        return bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }.starts(with: Array("<?xml".utf8))
    }

    package func parseAll(data: Data, path: String) throws(ArticleError) -> [ParsedArticle] {
        let prefix = data.prefix(ArticleFormatRegistry.prefixLength)
        if !recognizesContent(prefix), let root = XMLRoot.name(of: prefix), !XMLRoot.isFeed(root) {
            throw ArticleError(path: path, problem: .notAnArticle(
                "an XML document (root element <\(TextSanitizer.sanitize(String(root.prefix(40))))>), not a feed (RSS, RDF or Atom) or an article"))
        }
        let feed = try FeedParser.parse(data: data, path: path)
        var articles: [ParsedArticle] = []
        for (i, item) in feed.items.enumerated() {
            articles.append(ParsedArticle(article: Self.article(item, feed: feed, path: ArticleItemPath.make(file: path, item: i + 1))))
        }
        if articles.isEmpty {
            throw ArticleError(path: path, problem: .unreadable(feed.problem ?? "feed holds no items"))
        }
        if let problem = feed.problem { articles[0].warnings.append(ParseWarning(path: path, message: problem)) }
        return articles
    }

    /// The whole feed as one article: each item's title as a headline, then its text.
    package func parse(data: Data, path: String) throws(ArticleError) -> ParsedArticle {
        let items = try parseAll(data: data, path: path)
        let feed = try? FeedParser.parse(data: data, path: path)
        var blocks: [Block] = []
        var links: [ArticleLink] = []
        for parsed in items {
            let a = parsed.article
            let offset = blocks.count
            blocks += a.blocks
            links += a.links.map { ArticleLink(text: $0.text, url: $0.url, block: $0.block + offset) }
        }
        let title = TextSanitizer.sanitize(feed?.title ?? (path == "-" ? "Feed" : URL(fileURLWithPath: path).lastPathComponent))
        let article = Article(path: path, title: title, date: items.compactMap(\.article.date).max(), source: feed?.title.map(TextSanitizer.sanitize),
                              blocks: [Block(kind: .headline, text: title)] + blocks, url: feed?.link.map(TextSanitizer.sanitize), links: links)
        return ParsedArticle(article: article, warnings: items.first?.warnings ?? [])
    }

    static func article(_ item: FeedItem, feed: Feed, path: String) -> Article {
        let base = item.link.flatMap(URL.init(string:)) ?? feed.link.flatMap(URL.init(string:))
        var body: (blocks: [Block], links: [ArticleLink]) = ([], [])
        if let html = item.html {
            body = HTMLExtractor.fragment(html: html, baseURL: base)
        }
        if body.blocks.isEmpty, let text = item.text {
            body.blocks = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.map { Block(kind: .paragraph, text: TextSanitizer.sanitize($0)) }
        }
        if body.blocks.isEmpty, let link = item.link {
            body.blocks = [Block(kind: .paragraph, text: TextSanitizer.sanitize("The feed carries no text for this item: " + link))]
        }
        let title = TextSanitizer.sanitize(item.title.map { $0.collapsingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            ?? body.blocks.first.map { String($0.text.prefix(80)) } ?? "Untitled item")
        return Article(path: path, title: title, date: item.date, author: item.author.map(TextSanitizer.sanitize),
                       source: feed.title.map(TextSanitizer.sanitize), blocks: [Block(kind: .headline, text: title)] + body.blocks,
                       url: item.link.map(TextSanitizer.sanitize), links: body.links.map { ArticleLink(text: $0.text, url: $0.url, block: $0.block + 1) })
    }
}
