/// Text views of a ``ScreenBuffer`` for tests, logs and plain output.
extension ScreenBuffer {
    /// One string per row, continuation cells skipped (so a row of `東京` reads "東京").
    ///
    /// ```swift
    /// screen.lines()  // ["Title     ", "text here ", …]
    /// ```
    package func lines() -> [String] {
        (0..<height).map { y in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(width)
            for c in row(y) where !c.isContinuation { c.withUTF8 { bytes.append(contentsOf: $0) } }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// One letter per cell naming what it shows: `.` plain text, `T` headline, `d`
    /// date, `c` caption, `r` credit, `q` quotation, `p` person, `o` organisation,
    /// `l` place, `n` NORP, `D` date entity, `*` chosen, `/` search match, `b` border,
    /// `B` focused border, `i` list item, `L` list selection, `s` sidebar,
    /// `h` sidebar heading, `S` status line, `>` prompt, `?` help, `k` a key name on the help screen. Continuation cells repeat the
    /// letter of their grapheme.
    package func styleMap() -> [String] {
        (0..<height).map { y in String(row(y).map { ScreenBuffer.letter(for: $0.element) }) }
    }

    /// The letter of an element in ``styleMap()``.
    package static func letter(for element: ThemeElement) -> Character {
        switch element {
        case .text: return "."
        case .headline: return "T"
        case .date: return "d"
        case .caption: return "c"
        case .credit: return "r"
        case .quotation: return "q"
        case .person: return "p"
        case .org: return "o"
        case .place: return "l"
        case .norp: return "n"
        case .dateEntity: return "D"
        case .chosen: return "*"
        case .searchMatch: return "/"
        case .border: return "b"
        case .focusedBorder: return "B"
        case .listItem: return "i"
        case .listSelection: return "L"
        case .sidebar: return "s"
        case .sidebarHeading: return "h"
        case .statusLine, .statusPosition: return "S"
        case .prompt: return ">"
        case .help: return "?"
        case .helpKey: return "k"
        }
    }

    /// The screen as plain text, trailing blanks trimmed, one line per row.
    package var plainText: String {
        lines().map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }
}
