/// Finds, types and joins the named entities of an article.
///
/// Placeholder until the entity analysis lands (issue 3): it finds nothing.
public struct EntityRecognizer: Sendable {
    public static let shared = EntityRecognizer()

    public init() {}

    public func mentions(in article: Article) -> [EntityMention] {
        []
    }
}
