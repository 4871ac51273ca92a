/// An article together with what the analysis found in it.
public struct AnalyzedArticle: Sendable, Hashable {
    public var article: Article
    /// Entity mentions in text order (by block, then offset).
    public var entities: [EntityMention]
    /// Quotations in text order.
    public var quotes: [Quotation]

    public init(article: Article, entities: [EntityMention] = [], quotes: [Quotation] = []) {
        self.article = article
        self.entities = entities
        self.quotes = quotes
    }
}
