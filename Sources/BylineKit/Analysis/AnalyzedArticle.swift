/// An article together with what the analysis found in it.
public struct AnalyzedArticle: Sendable, Hashable {
    /// The article analysed.
    public var article: Article
    /// Entity mentions in text order (by block, then offset).
    public var entities: [EntityMention]
    /// Quotations in text order.
    public var quotes: [Quotation]

    /// An analysed article; `AnalyzedArticle(article: article)` has found nothing.
    public init(article: Article, entities: [EntityMention] = [], quotes: [Quotation] = []) {
        self.article = article
        self.entities = entities
        self.quotes = quotes
    }
}
