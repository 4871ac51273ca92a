import BylineKit
import Foundation

/// Reader-mode extraction: a web page's bytes in, the article out, in the same
/// ``Article`` model as the text formats (so highlighting, quotations, search and the
/// library work unchanged).
///
/// The bytes are decoded to UTF-8 (``HTMLCharset``), parsed by gumbo (``HTMLDocument``),
/// the metadata read (``PageMetadata``: title, author, date, site name, canonical URL),
/// the article's nodes found (``ContentFinder``: navigation, menus, ads, share bars,
/// comments, related lists, cookie banners, scripts and styles left out) and turned into
/// blocks (``BlockBuilder``). Nothing is fetched and no script runs.
///
/// ```swift
/// let parsed = try HTMLExtractor.extract(data: pageBytes, path: "page.html")
/// parsed.article.title    // "Storm hits the coast"
/// parsed.article.author   // "Jane Doe"
/// parsed.article.blocks   // [.headline title, .paragraph lead, …]
/// ```
package enum HTMLExtractor {
    /// Extracts the article of a page. `charset` is an HTTP header's, if the page came
    /// with one; `url` where it was fetched from (links are made absolute against it).
    package static func extract(data: Data, path: String, charset: String? = nil, url: String? = nil) throws(ArticleError) -> ParsedArticle {
        let decoded = HTMLCharset.decode(data, declared: charset)
        var parsed = try extract(html: decoded.text, path: path, url: url)
        if let note = decoded.note { parsed.warnings.insert(ParseWarning(path: path, message: note), at: 0) }
        return parsed
    }

    /// Extracts the article of a page already decoded.
    package static func extract(html: String, path: String, url: String? = nil) throws(ArticleError) -> ParsedArticle {
        var best: (builder: BlockBuilder, finder: ContentFinder, meta: PageMetadata)?
        var bestLength = -1
        let attempts: [ContentFinder.Flags] = [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []]
        let document = HTMLDocument(html: html)
        let meta = PageMetadata(document: document)
        if meta.meta["generator"] == "byline feed item", let content = document.root.first(where: { $0.tag == "article" }) {
            // A feed item Byline stored (FeedItemDocument): all of it is the article.
            var builder = BlockBuilder(baseURL: baseURL(document, meta: meta, url: url))
            Self.addFragment(content, to: &builder)
            best = (builder, ContentFinder(flags: [], title: meta.title), meta)
            bestLength = builder.blocks.reduce(0) { $0 + $1.text.utf8.count }
        }
        let storedItem = best != nil
        for (attempt, flags) in attempts.enumerated() where !storedItem {
            if attempt > 0 { document.root.resetExtraction() }
            var finder = ContentFinder(flags: flags, title: meta.title)
            let nodes = finder.content(of: document, hasAuthor: meta.author != nil)
            var builder = BlockBuilder(baseURL: baseURL(document, meta: meta, url: url))
            for n in nodes { builder.add(n) }
            builder.flush()
            let length = builder.blocks.reduce(0) { $0 + $1.text.utf8.count }
            if length > bestLength { best = (builder, finder, meta); bestLength = length }
            if length >= 500 { break }
        }
        guard let best, bestLength > 0 || best.meta.title != nil else {
            throw ArticleError(path: path, problem: .empty)
        }
        let title = TextSanitizer.sanitize(meta.title ?? best.builder.blocks.first?.text ?? "Untitled page")
        let author = (meta.author ?? best.finder.byline ?? meta.fallbackAuthor).map { TextSanitizer.sanitize(cleanAuthor($0)) }
        var (blocks, links) = HeaderEchoes.dropped(from: best.builder.blocks, links: best.builder.links, title: title, author: author)
        blocks.insert(Block(kind: .headline, text: title), at: 0)
        for i in links.indices { links[i].block += 1 }
        let article = Article(
            path: path, title: title, date: meta.date, author: author?.isEmpty == true ? nil : author,
            source: meta.siteName.map(TextSanitizer.sanitize), blocks: blocks,
            url: (meta.url ?? url).map(TextSanitizer.sanitize), links: links)
        return ParsedArticle(article: article)
    }

    /// Blocks from an HTML fragment that is all article (a feed item's content): no
    /// scoring, only what is never text (scripts, styles, forms, hidden nodes) left out.
    package static func fragment(html: String, baseURL: URL?) -> (blocks: [Block], links: [ArticleLink]) {
        let document = HTMLDocument(html: html)
        guard let body = document.body else { return ([], []) }
        var builder = BlockBuilder(baseURL: baseURL)
        addFragment(body, to: &builder)
        return (builder.blocks, builder.links)
    }

    /// Adds every block of `node` to `builder` (flushed), leaving out only what is never
    /// text: scripts, styles, forms, hidden nodes.
    private static func addFragment(_ node: HTMLNode, to builder: inout BlockBuilder) {
        func drop(_ n: HTMLNode) {
            for c in n.children where !c.isText {
                if ContentFinder.alwaysDropped.contains(c.tag) || c.attribute("hidden") != nil { c.dropped = true } else { drop(c) }
            }
        }
        drop(node)
        builder.add(node)
        builder.flush()
    }

    /// The text of an HTML fragment, whitespace collapsed (`A &amp; <b>B</b>` → `A & B`).
    package static func plainText(ofFragment html: String) -> String {
        HTMLDocument(html: html).body?.textContent.collapsingWhitespace() ?? html
    }

    /// `By Jane Doe` → `Jane Doe`.
    static func cleanAuthor(_ s: String) -> String {
        var a = s.collapsingWhitespace()
        for p in ["By ", "by ", "BY ", "Von ", "Par ", "Por "] where a.hasPrefix(p) { a = String(a.dropFirst(p.count)) }
        return a.trimmingSpaces()
    }

    private static func baseURL(_ document: HTMLDocument, meta: PageMetadata, url: String?) -> URL? {
        let page = (url ?? meta.url).flatMap(URL.init(string:))
        if let base = document.root.first(where: { $0.tag == "base" })?.attribute("href") {
            return URL(string: base, relativeTo: page)?.absoluteURL ?? page
        }
        return page
    }
}
