/// What a parser returns: the article, and the oddities it read past.
public struct ParsedArticle: Sendable, Hashable {
    /// The article read.
    public var article: Article
    /// What was odd in it but read anyway, in text order.
    public var warnings: [ParseWarning]

    /// A parse result: `ParsedArticle(article: article)` has no warnings.
    public init(article: Article, warnings: [ParseWarning] = []) {
        self.article = article
        self.warnings = warnings
    }
}
