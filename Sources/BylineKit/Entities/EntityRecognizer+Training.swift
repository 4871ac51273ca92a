/// One candidate name with the features the learned layer sees, for training it
/// (`byline-bench entity-features`, read by `scripts/entities/train_model.py`).
package struct EntityTrainingRow: Sendable {
    package var block: Int
    /// Unicode-scalar offsets in the block's text, end exclusive.
    package var start: Int
    package var end: Int
    package var text: String
    /// The type the rules settled on (before the model).
    package var ruleType: EntityType
    /// The 32-bit feature hashes: block-level, then article-level.
    package var features: [UInt32]
}

extension EntityRecognizer {
    /// Every non-date candidate of the article as the rules leave it, with the features
    /// the model would score.
    ///
    /// ```swift
    /// EntityRecognizer(useModel: false).trainingRows(in: article).first?.text   // "Burnley Football Club"
    /// ```
    package func trainingRows(in article: Article) -> [EntityTrainingRow] {
        let scalars = BlockScalars(article.blocks)
        var cands = scanAll(article, scalars: scalars, keepFeatures: true)
        EntityLinker(model: nil).settleTypes(&cands)
        let counts = EntityLinker.mentionCounts(cands)
        var rows: [EntityTrainingRow] = []
        for c in cands where c.type != .date {
            var list = FeatureList(hashes: c.features ?? [])
            EntityFeatures.addArticle(c, mentions: counts[c.normKey] ?? 1, into: &list)
            rows.append(EntityTrainingRow(block: c.block, start: c.start, end: c.end, text: ScalarClass.string(scalars[c.block], c.start..<c.end),
                                          ruleType: c.type, features: list.hashes))
        }
        return rows
    }
}
