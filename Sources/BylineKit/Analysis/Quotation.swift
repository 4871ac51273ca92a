/// A span of reported speech inside quotation marks, with who said it.
///
/// `text` excludes the marks. `speaker` is the canonical name of a person or
/// organisation of the article, or nil when the article names no source.
/// `partial` marks a fragment woven into the narrator's sentence (`a "limitless"
/// expansion`).
public struct Quotation: Sendable, Hashable, Codable {
    /// The quoted words, without the marks (`limitless`).
    public var text: String
    /// The speaker's canonical name (`Kim Jong-un`), or nil when the article names no source.
    public var speaker: String?
    /// True for a fragment inside the narrator's sentence (`a "limitless" expansion`).
    public var partial: Bool
    /// Where the quoted words are, marks excluded.
    public var location: TextLocation

    /// A quotation: `Quotation(text: "limitless", speaker: "Kim Jong-un", partial: true, location: TextLocation(block: 1, start: 60, end: 69))`.
    public init(text: String, speaker: String?, partial: Bool, location: TextLocation) {
        self.text = text
        self.speaker = speaker
        self.partial = partial
        self.location = location
    }
}
