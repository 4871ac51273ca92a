/// A span between quotation marks found by ``QuoteScanner``, before it is judged to be
/// reported speech.
struct QuoteSpan: Sendable, Hashable {
    /// The block the span lies in.
    var block: Int
    /// Scalar offset of the opening mark.
    var open: Int
    /// Scalar offset of the closing mark, or the block's length when the quotation runs
    /// on into the next paragraph (news convention: the mark is reopened, not closed).
    var close: Int
    /// The quoted text, without the marks and surrounding spaces: `start..<end`.
    var start: Int
    var end: Int
    /// Double marks (`"…"`, `“…”`) rather than single ones (`'…'`, `‘…’`).
    var isDouble: Bool
    /// The paragraph ends inside the quotation and the next one reopens it.
    var runsOn: Bool
    /// The span continues a quotation left open at the end of the previous paragraph.
    var continuesPrevious: Bool = false
}
