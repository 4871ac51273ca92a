/// Where a span of text lies: a block index and Unicode-scalar offsets within that
/// block's `text`, end exclusive.
///
/// ```swift
/// // "Mr Kim said" → "Mr Kim" is block 2, 0..<6
/// TextLocation(block: 2, start: 0, end: 6)
/// ```
public struct TextLocation: Sendable, Hashable, Comparable, Codable {
    /// The index of the block in ``Article/blocks``.
    public var block: Int
    /// The first Unicode scalar of the span in the block's `text`.
    public var start: Int
    /// The scalar just after the span (exclusive).
    public var end: Int

    /// A span: `TextLocation(block: 2, start: 0, end: 6)`.
    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }

    /// Text order: by block, then start, then end.
    public static func < (a: TextLocation, b: TextLocation) -> Bool {
        (a.block, a.start, a.end) < (b.block, b.start, b.end)
    }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextLocation) -> Bool {
        block == other.block && start < other.end && other.start < end
    }
}
