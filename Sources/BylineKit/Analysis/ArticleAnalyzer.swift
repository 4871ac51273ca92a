/// Runs the whole analysis of an article: entities first, then quotations (whose
/// speakers are canonical entity names).
///
/// ```swift
/// let analyzed = ArticleAnalyzer().analyze(article)
/// analyzed.entities.first?.canonical  // "Kim Jong-un"
/// ```
public struct ArticleAnalyzer: Sendable {
    /// An analyser over the shared gazetteers (loaded on first use).
    public init() {}

    /// The article's entity mentions and quotations, both in text order: `ArticleAnalyzer().analyze(article).quotes`.
    public func analyze(_ article: Article) -> AnalyzedArticle {
        // The blocks' scalars, decoded once for both passes.
        let scalars = article.blocks.map { ScalarClass.scalars(of: $0.text) }
        let entities = EntityRecognizer.shared.mentions(in: article, scalars: scalars)
        let quotes = QuotationExtractor().quotations(in: article, entities: entities, scalars: scalars)
        return AnalyzedArticle(article: article, entities: entities, quotes: quotes)
    }
}
