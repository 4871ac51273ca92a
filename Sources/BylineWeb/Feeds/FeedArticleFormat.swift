import BylineKit
import Foundation

/// Feeds for BylineKit's loader: a feed file (`.rss`, `.atom`, `.rdf`, or any file or
/// standard input that opens with `<rss`, `<rdf:RDF`, `<feed` or is a JSON Feed).
/// `byline dump`, `analyze` and the reader give one article per item (`news.xml#2` is the
/// second, ``parseAll(data:path:)``); the library's index reads the feed as one article,
/// its items one after another (``parse(data:path:)``).
///
/// ```swift
/// ArticleFormatRegistry.register(FeedArticleFormat())
/// try ArticleLoader().loadAll(path: "news.xml").map(\.article.title)   // every item's title
/// ```
package struct FeedArticleFormat: RegisteredArticleFormat {
    package init() {}

    package var extensions: Set<String> { ["rss", "atom", "rdf"] }

    package func recognizes(path: String, prefix: Data) -> Bool {
        if let dot = path.lastIndex(of: "."), extensions.contains(path[path.index(after: dot)...].lowercased()) { return true }
        return FeedParser.looksLikeFeed(prefix)
    }

    package func parseAll(data: Data, path: String) throws(ArticleError) -> [ParsedArticle] {
        let feed = try FeedParser.parse(data: data, path: path)
        var articles: [ParsedArticle] = []
        for (i, item) in feed.items.enumerated() {
            articles.append(ParsedArticle(article: Self.article(item, feed: feed, path: "\(path)#\(i + 1)")))
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
