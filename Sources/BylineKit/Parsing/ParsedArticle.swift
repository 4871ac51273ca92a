/// What a parser returns: the article, and the oddities it read past.
public struct ParsedArticle: Sendable, Hashable {
    public var article: Article
    public var warnings: [ParseWarning]

    public init(article: Article, warnings: [ParseWarning] = []) {
        self.article = article
        self.warnings = warnings
    }
}
