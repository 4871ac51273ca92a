/// Finds the quotations of an article and who said them.
///
/// Placeholder until the quotation analysis lands (issue 4): it finds nothing.
public struct QuotationExtractor: Sendable {
    public init() {}

    public func quotations(in article: Article, entities: [EntityMention]) -> [Quotation] {
        []
    }
}
