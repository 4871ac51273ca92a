import Synchronization

/// One terminal cell of a ``ScreenBuffer``: a grapheme, its style, and what it shows.
///
/// A wide grapheme (CJK, most emoji) fills two cells: the first holds the grapheme,
/// the second is a *continuation* cell with an empty grapheme, which a backend skips.
///
/// ```swift
/// Cell(grapheme: "東", style: .plain, element: .text)   // and, to its right:
/// Cell.continuation(of: thatCell)                       // grapheme "", isContinuation
/// ```
///
/// A cell is a plain value of 32 bytes with no reference in it, so copying a row of
/// cells is a copy of memory (a frame copies most of its cells from the last one) and
/// comparing two cells compares a few integers: the grapheme is kept as its UTF-8
/// bytes, up to 16 of them inline (every letter, CJK character, flag and combining
/// sequence of ordinary text); a longer cluster (a family emoji, a stack of marks) is
/// kept once in a table for the process and the cell holds its number.
package struct Cell: Sendable, Hashable {
    /// The grapheme's UTF-8 bytes, little-endian from the low byte of `low`; or, when
    /// `count` is ``Cell/interned``, the cluster's number in ``LongGraphemes`` in `low`.
    private var low: UInt64
    private var high: UInt64
    /// How many of those bytes are used (0 in a continuation cell), or ``Cell/interned``.
    private var count: UInt8
    /// How the cell is drawn.
    package var style: Style
    /// What the cell shows, for tests and for monochrome checks (`styleMap()`).
    package var element: ThemeElement
    /// True for the right half of a wide grapheme.
    package var isContinuation: Bool

    private static let interned: UInt8 = 0xFF

    package init(grapheme: String, style: Style, element: ThemeElement, isContinuation: Bool = false) {
        (low, high, count) = Cell.encode(grapheme.utf8)
        self.style = style
        self.element = element
        self.isContinuation = isContinuation
    }

    /// A cell of one character (the fast way: no `String` made for it).
    package init(_ character: Character, style: Style, element: ThemeElement) {
        if let a = character.asciiValue {
            (low, high, count) = (UInt64(a), 0, 1)
        } else {
            (low, high, count) = Cell.encode(character.utf8)
        }
        self.style = style
        self.element = element
        isContinuation = false
    }

    private static func encode(_ bytes: some Collection<UInt8>) -> (UInt64, UInt64, UInt8) {
        guard bytes.count <= 16 else {
            return (UInt64(LongGraphemes.number(of: bytes)), 0, interned)
        }
        var low: UInt64 = 0, high: UInt64 = 0, i: UInt64 = 0
        for b in bytes {
            if i < 8 { low |= UInt64(b) << (8 * i) } else { high |= UInt64(b) << (8 * (i - 8)) }
            i += 1
        }
        return (low, high, UInt8(i))
    }

    /// What the cell shows: one grapheme cluster, already safe for a terminal (never a
    /// control character), or "" in a continuation cell.
    package var grapheme: String {
        get {
            if count == Cell.interned { return LongGraphemes.string(numbered: Int(low)) }
            return withUTF8 { String(decoding: $0, as: UTF8.self) }
        }
        set { (low, high, count) = Cell.encode(newValue.utf8) }
    }

    /// The ASCII byte the cell shows, if it shows one (most cells): a backend's fast path.
    package var asciiByte: UInt8? {
        count == 1 && low < 0x80 ? UInt8(truncatingIfNeeded: low) : nil
    }

    /// Calls `body` with the grapheme's UTF-8 bytes.
    package func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if count == Cell.interned {
            var s = LongGraphemes.string(numbered: Int(low))
            return try s.withUTF8(body)
        }
        var words = (low.littleEndian, high.littleEndian)
        let n = Int(count)
        return try withUnsafeBytes(of: &words) { raw in
            try body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n))
        }
    }

    /// A blank cell.
    package static let blank = Cell(" ", style: .plain, element: .text)

    /// The right half of the wide grapheme in `cell`.
    package static func continuation(of cell: Cell) -> Cell {
        Cell(grapheme: "", style: cell.style, element: cell.element, isContinuation: true)
    }
}

/// Grapheme clusters too long for a ``Cell``'s 16 bytes, each kept once for the life of
/// the process and known by its number. They are rare (a family emoji is 25 bytes); the
/// table grows only with the distinct long clusters ever drawn.
enum LongGraphemes {
    // Keyed by bytes, not by `String`, whose equality is canonical: two spellings of
    // one cluster keep their own bytes.
    private static let table = Mutex<(strings: [String], numbers: [[UInt8]: Int])>(([], [:]))

    static func number(of bytes: some Collection<UInt8>) -> Int {
        let key = Array(bytes)
        return table.withLock { t in
            if let n = t.numbers[key] { return n }
            t.strings.append(String(decoding: key, as: UTF8.self))
            t.numbers[key] = t.strings.count - 1
            return t.strings.count - 1
        }
    }

    static func string(numbered n: Int) -> String {
        table.withLock { $0.strings[n] }
    }
}
