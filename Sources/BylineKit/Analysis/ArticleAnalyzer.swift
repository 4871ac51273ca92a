/// Runs the whole analysis of an article: entities first, then quotations (whose
/// speakers are canonical entity names).
///
/// ```swift
/// let analyzed = ArticleAnalyzer().analyze(article)
/// analyzed.entities.first?.canonical  // "Kim Jong-un"
/// ```
public struct ArticleAnalyzer: Sendable {
    public init() {}

    public func analyze(_ article: Article) -> AnalyzedArticle {
        let entities = EntityRecognizer.shared.mentions(in: article)
        let quotes = QuotationExtractor().quotations(in: article, entities: entities)
        return AnalyzedArticle(article: article, entities: entities, quotes: quotes)
    }
}
