/// A news article parsed into blocks, independent of the file format it came from.
///
/// ```swift
/// let article = try ArticleLoader().load(path: "seeds/000_7d5d3ea8b2b77ef2.txt").article
/// article.date        // 2024-11-18
/// article.blocks[0]   // .caption "Kim Jong Un has criticised …", credit "Korean Central News Agency/…"
/// ```
public struct Article: Sendable, Hashable {
    /// Where the article was read from: a file path, or `-` for standard input.
    public var path: String
    /// The headline, or a title derived from the first lines when the article has none.
    public var title: String
    /// The publication date, when the article states a valid one.
    public var date: ArticleDate?
    /// Author from Markdown front matter (`author:`), if any.
    public var author: String?
    /// Publication or outlet: Markdown front matter's `source:`, a web page's site name.
    public var source: String?
    /// The address the article was published at (a page's canonical URL), if known.
    public var url: String?
    /// The links in the article's text, in order (web pages).
    public var links: [ArticleLink]
    /// The wire credit of the article (`PA` for a closing "– PA"), if any.
    public var credit: String?
    /// The article's text, in reading order.
    public var blocks: [Block]

    /// An article from its parts: `Article(path: "a.txt", title: "Headline", blocks: [Block(kind: .paragraph, text: "Body.")])`.
    public init(
        path: String, title: String, date: ArticleDate? = nil, author: String? = nil,
        source: String? = nil, credit: String? = nil, blocks: [Block],
        url: String? = nil, links: [ArticleLink] = []
    ) {
        self.path = path
        self.title = title
        self.date = date
        self.author = author
        self.source = source
        self.credit = credit
        self.blocks = blocks
        self.url = url
        self.links = links
    }

    /// The base name of `path` (`NNN_slug.txt`), or `stdin` for `-`.
    public var fileName: String {
        if path == "-" { return "stdin" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}

/// A link in an article's text: the words linked and where they point.
///
/// ```swift
/// ArticleLink(text: "the report", url: "https://example.org/report.pdf", block: 3)
/// ```
public struct ArticleLink: Sendable, Hashable {
    /// The linked words, as the text shows them (`the report`).
    public var text: String
    /// Where the link points, as the page gives it.
    public var url: String
    /// The index of the block holding the link's text.
    public var block: Int

    /// A link: `ArticleLink(text: "the report", url: "https://example.org/report.pdf", block: 3)`.
    public init(text: String, url: String, block: Int) {
        self.text = text
        self.url = url
        self.block = block
    }
}
