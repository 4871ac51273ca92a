import BylineKit

/// An in-memory grid of cells: what the reader draws, before any terminal sees it.
///
/// Everything drawn goes through ``put(_:x:y:style:element:maxWidth:)``, which lays the
/// text out by display width and makes it safe: a control character or escape
/// sequence (from an article, a file name or search input) becomes a visible glyph
/// (`␛`, `�`), never raw bytes. A wide grapheme never ends up half on screen.
///
/// ```swift
/// var screen = ScreenBuffer(width: 6, height: 1)
/// screen.put("東京x", x: 0, y: 0, style: .plain, element: .text)  // returns 5
/// screen.lines()   // ["東京x "]
/// ```
package struct ScreenBuffer: Sendable, Hashable {
    package let width: Int
    package let height: Int
    /// Row-major cells, `width * height` of them.
    package private(set) var cells: [Cell]
    /// A number for this frame (0: none), and, when some rectangles were copied whole
    /// from an earlier frame, that frame's number and the rectangles: a backend that
    /// drew that frame last need not compare their cells. Not part of equality.
    package var serial = 0
    package var reused: (serial: Int, rects: [Rect])?
    /// When the article's rows moved since an earlier frame (a line scrolled): that
    /// frame's number, the rectangle, and how many rows its content moved up (negative:
    /// down). Every row of `rect` but the `abs(by)` rows the move exposes holds the
    /// earlier frame's row `by` below it, so a backend that drew that frame last can
    /// move the rows it shows and compare only the exposed ones. Not part of equality.
    package var scrolled: (serial: Int, rect: Rect, by: Int)?

    package static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }

    /// Copies the cells of `rect` from `other` (a frame of the same size), from the
    /// same place or, with `fromY`, from the rows starting at `fromY`.
    package mutating func copy(_ rect: Rect, from other: ScreenBuffer, fromY: Int? = nil) {
        guard other.width == width, other.height == height else { return }
        let x0 = max(0, rect.x), x1 = min(width, rect.x + rect.width)
        guard x0 < x1 else { return }
        let shift = (fromY ?? rect.y) - rect.y
        let y0 = max(0, rect.y, -shift), y1 = min(height, rect.y + rect.height, height - shift)
        guard y0 < y1 else { return }
        for y in y0..<y1 {
            let start = y * width, source = (y + shift) * width
            cells.replaceSubrange((start + x0)..<(start + x1), with: other.cells[(source + x0)..<(source + x1)])
        }
    }

    package init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    package subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// One row of cells.
    package func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }

    /// Fills a rectangle with blanks of one style.
    package mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style, element: ThemeElement) {
        let blank = Cell(" ", style: style, element: element)
        let x0 = max(0, x), x1 = min(width, x + w)
        guard x0 < x1 else { return }
        for row in max(0, y)..<min(height, y + h) {
            // Only the two ends can cut a wide grapheme: those through setCell, which
            // blanks its other half; the cells between are replaced at once.
            setCell(blank, x: x0, y: row)
            if x1 - 1 > x0 { setCell(blank, x: x1 - 1, y: row) }
            if x1 - 2 > x0 {
                let start = row * width
                cells.withUnsafeMutableBufferPointer { $0[(start + x0 + 1)..<(start + x1 - 1)].update(repeating: blank) }
            }
        }
    }

    /// Writes one cell, keeping wide graphemes whole: overwriting either half of a wide
    /// grapheme blanks its other half.
    mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[i - 1] = Cell(" ", style: cells[i - 1].style, element: cells[i - 1].element)
        }
        if !old.isContinuation, x + 1 < width, cells[i + 1].isContinuation, !cell.isContinuation {
            cells[i + 1] = Cell(" ", style: old.style, element: old.element)
        }
        cells[i] = cell
    }

    /// Draws `text` from column `x` on row `y`, at most `maxWidth` columns (default: to
    /// the right edge). Returns the columns used. A wide grapheme that would not fit
    /// whole is replaced by a blank; a zero-width grapheme joins the previous cell.
    @discardableResult
    package mutating func put(
        _ text: some StringProtocol, x: Int, y: Int, style: Style, element: ThemeElement, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in text {
            if col >= limit { break }
            if !put(ch, x: col, y: y, style: style, element: element, limit: limit, advance: &col) { break }
        }
        return col - x
    }

    /// Draws one grapheme; false when it did not fit (the line is full).
    @discardableResult
    package mutating func put(
        _ ch: Character, x: Int, y: Int, style: Style, element: ThemeElement, limit: Int, advance col: inout Int
    ) -> Bool {
        // Printable ASCII, most of what is drawn: one column, safe as it is.
        if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
            if x < 0 { col += 1; return true }
            if x >= limit { col = limit; return false }
            setCell(Cell(ch, style: style, element: element), x: x, y: y)
            col = x + 1
            return true
        }
        let safe = ScreenBuffer.safeGrapheme(ch)
        let w = DisplayWidth.of(safe)
        if w == 0 {
            // A combining mark or zero-width character: attach it to the cell on its left.
            if x > 0, x - 1 < width {
                var prev = x - 1
                if cells[y * width + prev].isContinuation, prev > 0 { prev -= 1 }
                var c = cells[y * width + prev]
                let left = c.grapheme
                let joined = left + String(safe)
                // Only a mark that joins the grapheme on its left: a zero-width space or
                // word joiner after a letter is a grapheme of its own (U+200B, U+2060), and
                // `Character` holds one grapheme; one that would change the width stays out too.
                if !c.isContinuation, left.unicodeScalars.count < 5, joined.count == 1,
                   DisplayWidth.of(Character(joined)) == DisplayWidth.of(Character(left)) {
                    c.grapheme = joined
                    cells[y * width + prev] = c
                }
            }
            return true
        }
        if x < 0 { col += w; return true }
        if x + w > limit {
            if x < limit { setCell(Cell(" ", style: style, element: element), x: x, y: y) }
            col = limit
            return false
        }
        let cell = Cell(safe, style: style, element: element)
        setCell(cell, x: x, y: y)
        if w == 2 { setCell(.continuation(of: cell), x: x + 1, y: y) }
        col = x + w
        return true
    }

    /// The grapheme with every unsafe scalar replaced by its visible stand-in.
    static func safeGrapheme(_ ch: Character) -> Character {
        let scalars = ch.unicodeScalars
        if scalars.count == 1, let s = scalars.first, s.value >= 0x20, s.value < 0x7F { return ch }
        guard scalars.contains(where: TextSanitizer.isUnsafe) else { return ch }
        // A control character is its own grapheme; keep its first scalar's stand-in.
        return Character(TextSanitizer.replacement(for: scalars.first!))
    }
}
