/// One mention of a named entity in an article.
///
/// Mentions of the same entity share a `canonical` name, the fullest form the article
/// uses: "Kim Jong Un", "Kim Jong-un" and "Mr Kim" all have canonical "Kim Jong-un".
public struct EntityMention: Sendable, Hashable, Codable {
    // In this order, the one-byte type last, a mention is 48 bytes, not 64 (an article
    // has one every 50 bytes or so).
    /// The text as it appears (`Mr Kim`).
    public var text: String
    /// The canonical name of the entity this mention belongs to (`Kim Jong-un`).
    public var canonical: String
    /// Where the mention is in the article.
    public var location: TextLocation
    /// What the entity is (`PERSON`, `ORG`, `PLACE`, `NORP`, `DATE`).
    public var type: EntityType

    /// A mention: `EntityMention(text: "Mr Kim", type: .person, canonical: "Kim Jong-un", location: TextLocation(block: 3, start: 47, end: 53))`.
    public init(text: String, type: EntityType, canonical: String, location: TextLocation) {
        self.text = text
        self.type = type
        self.canonical = canonical
        self.location = location
    }
}
