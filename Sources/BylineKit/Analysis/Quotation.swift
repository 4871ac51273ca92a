/// A span of reported speech inside quotation marks, with who said it.
///
/// `text` excludes the marks. `speaker` is the canonical name of a person or
/// organisation of the article, or nil when the article names no source.
/// `partial` marks a fragment woven into the narrator's sentence (`a "limitless"
/// expansion`).
public struct Quotation: Sendable, Hashable, Codable {
    public var text: String
    public var speaker: String?
    public var partial: Bool
    public var location: TextLocation

    public init(text: String, speaker: String?, partial: Bool, location: TextLocation) {
        self.text = text
        self.speaker = speaker
        self.partial = partial
        self.location = location
    }
}
