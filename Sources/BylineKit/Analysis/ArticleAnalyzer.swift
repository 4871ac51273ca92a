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
        // Each pass decodes a block's scalars when it reaches it and keeps only a few
        // blocks' at a time (4 bytes per scalar: the whole article's would be 4x its text).
        let entities = EntityRecognizer.shared.mentions(in: article, scalars: BlockScalars(article.blocks))
        let quotes = QuotationExtractor().quotations(in: article, entities: entities, scalars: BlockScalars(article.blocks))
        return AnalyzedArticle(article: article, entities: entities, quotes: quotes)
    }
}
