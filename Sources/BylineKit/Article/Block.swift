/// One unit of article text: a headline, a paragraph, a photo caption or a wire credit.
///
/// `text` is the block exactly as the article gives it (control characters made
/// visible, see ``TextSanitizer``); analysis offsets count Unicode scalars in `text`.
/// A caption keeps its `Photograph: …` tail in `text` and names the credit apart:
///
/// ```swift
/// Block(kind: .caption,
///       text: "Kim Jong Un in Pyongyang. Photograph: KCNA/Korea News Service/AP",
///       credit: "KCNA/Korea News Service/AP")
/// ```
public struct Block: Sendable, Hashable {
    /// What a block is: `.headline`, `.paragraph`, `.caption` or `.credit` (JSON: `"caption"`).
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case headline
        case paragraph
        /// A photo caption, usually ending in `Photograph: CREDIT`.
        case caption
        /// A wire credit such as `– PA` closing the article.
        case credit
    }

    /// What the block is.
    public var kind: Kind
    /// The block's text, as the article gives it (`Photograph: …` tail included for a caption).
    public var text: String
    /// The photo credit of a caption, or the agency of a wire credit.
    public var credit: String?

    /// A block: `Block(kind: .paragraph, text: "North Korean leader …")`.
    public init(kind: Kind, text: String, credit: String? = nil) {
        self.kind = kind
        self.text = text
        self.credit = credit
    }

    /// The range of `credit` inside `text`, as Unicode-scalar offsets, when the credit
    /// is a suffix of the text (as it is for captions and wire credits).
    public var creditRange: Range<Int>? {
        guard let credit, !credit.isEmpty, text.hasSuffix(credit) else { return nil }
        let end = text.unicodeScalars.count
        return (end - credit.unicodeScalars.count)..<end
    }
}
