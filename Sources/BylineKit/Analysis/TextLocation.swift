/// Where a span of text lies: a block index and Unicode-scalar offsets within that
/// block's `text`, end exclusive.
///
/// ```swift
/// // "Mr Kim said" → "Mr Kim" is block 2, 0..<6
/// TextLocation(block: 2, start: 0, end: 6)
/// ```
///
/// Stored as three 32-bit numbers (12 bytes, not 24): an article has a mention every
/// 50 bytes or so, and an article is at most 32 MiB (``ArticleLoader/maximumBytes``),
/// so no offset or block index comes near 2³¹ (a larger value is clamped).
public struct TextLocation: Sendable, Hashable, Comparable, Codable {
    private var storedBlock: Int32
    private var storedStart: Int32
    private var storedEnd: Int32

    /// The index of the block in ``Article/blocks``.
    public var block: Int {
        get { Int(storedBlock) }
        set { storedBlock = Int32(clamping: newValue) }
    }
    /// The first Unicode scalar of the span in the block's `text`.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    /// The scalar just after the span (exclusive).
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    /// A span: `TextLocation(block: 2, start: 0, end: 6)`.
    public init(block: Int, start: Int, end: Int) {
        storedBlock = Int32(clamping: block)
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
    }

    /// Text order: by block, then start, then end.
    public static func < (a: TextLocation, b: TextLocation) -> Bool {
        (a.storedBlock, a.storedStart, a.storedEnd) < (b.storedBlock, b.storedStart, b.storedEnd)
    }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextLocation) -> Bool {
        storedBlock == other.storedBlock && storedStart < other.storedEnd && other.storedStart < storedEnd
    }

    private enum CodingKeys: String, CodingKey { case block, start, end }

    /// Decodes `{"block": 2, "start": 0, "end": 6}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(block: try c.decode(Int.self, forKey: .block), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end))
    }

    /// Encodes as `{"block": 2, "start": 0, "end": 6}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(block, forKey: .block)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}
