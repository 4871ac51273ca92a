/// One terminal cell of a ``ScreenBuffer``: a grapheme, its style, and what it shows.
///
/// A wide grapheme (CJK, most emoji) fills two cells: the first holds the grapheme,
/// the second is a *continuation* cell with an empty grapheme, which a backend skips.
///
/// ```swift
/// Cell(grapheme: "東", style: .plain, element: .text)   // and, to its right:
/// Cell.continuation(of: thatCell)                       // grapheme "", isContinuation
/// ```
package struct Cell: Sendable, Hashable {
    /// What the cell shows: one grapheme cluster, already safe for a terminal (never a
    /// control character), or "" in a continuation cell.
    package var grapheme: String
    /// How the cell is drawn.
    package var style: Style
    /// What the cell shows, for tests and for monochrome checks (`styleMap()`).
    package var element: ThemeElement
    /// True for the right half of a wide grapheme.
    package var isContinuation: Bool

    package init(grapheme: String, style: Style, element: ThemeElement, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.element = element
        self.isContinuation = isContinuation
    }

    /// A blank cell.
    package static let blank = Cell(grapheme: " ", style: .plain, element: .text)

    /// The right half of the wide grapheme in `cell`.
    package static func continuation(of cell: Cell) -> Cell {
        Cell(grapheme: "", style: cell.style, element: cell.element, isContinuation: true)
    }
}
