import BylineKit
import BylineUI
import Testing

/// Asserts the screen's rows, trailing blanks ignored on both sides, with a readable
/// diff of the first rows that differ.
///
/// ```swift
/// assertScreen(state.render(), lines: [
///     "▶ Article 1/1 ───",
///     " Rain in Tokyo",
/// ])   // only the rows given are compared, from the top
/// ```
package func assertScreen(
    _ screen: ScreenBuffer, lines expected: [String], startingAt row: Int = 0,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = screen.lines().map(trimmed)
    for (i, want) in expected.enumerated() {
        let y = row + i
        guard y < actual.count else {
            Issue.record("row \(y) expected \"\(want)\" but the screen has \(actual.count) rows", sourceLocation: sourceLocation)
            return
        }
        if actual[y] != trimmed(want) {
            Issue.record("""
            row \(y) differs
              expected: "\(trimmed(want))"
              actual:   "\(actual[y])"
            screen:
            \(screen.plainText)
            """, sourceLocation: sourceLocation)
            return
        }
    }
}

/// Asserts the style letters (see ``ScreenBuffer/styleMap()``) of rows, from `row`.
///
/// ```swift
/// assertStyles(screen, map: ["..pppppp...qqqq"], startingAt: 7)
/// ```
package func assertStyles(
    _ screen: ScreenBuffer, map expected: [String], startingAt row: Int = 0,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = screen.styleMap()
    let text = screen.lines()
    for (i, want) in expected.enumerated() {
        let y = row + i
        guard y < actual.count else {
            Issue.record("row \(y) is off screen", sourceLocation: sourceLocation)
            return
        }
        let got = String(actual[y].prefix(want.count))
        if got != want {
            Issue.record("""
            styles of row \(y) differ
              text:     "\(text[y])"
              expected: "\(want)"
              actual:   "\(got)"
            """, sourceLocation: sourceLocation)
            return
        }
    }
}

/// The row index of the first row containing `text`, if any.
package func row(of text: String, in screen: ScreenBuffer) -> Int? {
    screen.lines().firstIndex { $0.contains(text) }
}

/// Checks what must hold on every screen at every size: the row count, no row wider
/// than the screen, wide graphemes whole (each followed by exactly one continuation
/// cell, no orphan continuation), no control character in any cell. Returns the
/// problems found (empty when the screen is sound).
package func screenInvariantViolations(_ screen: ScreenBuffer) -> [String] {
    var problems: [String] = []
    let lines = screen.lines()
    if lines.count != screen.height { problems.append("\(lines.count) rows, expected \(screen.height)") }
    for y in 0..<screen.height {
        var x = 0
        while x < screen.width {
            let c = screen[x, y]
            if c.isContinuation {
                problems.append("row \(y) col \(x): orphan continuation cell")
                x += 1
                continue
            }
            if c.grapheme.unicodeScalars.contains(where: TextSanitizer.isUnsafe) {
                problems.append("row \(y) col \(x): unsafe scalar in cell")
            }
            let w = DisplayWidth.of(c.grapheme)
            if w == 2 {
                if x + 1 >= screen.width || !screen[x + 1, y].isContinuation {
                    problems.append("row \(y) col \(x): wide grapheme without its continuation cell")
                }
                x += 2
            } else {
                if w != 1 { problems.append("row \(y) col \(x): cell of width \(w)") }
                x += 1
            }
        }
        let rowWidth = DisplayWidth.of(lines[y])
        if rowWidth > screen.width { problems.append("row \(y) is \(rowWidth) columns wide") }
    }
    return problems
}

private func trimmed(_ s: String) -> String {
    var t = Substring(s)
    while t.last == " " { t = t.dropLast() }
    return String(t)
}

/// Asserts every row of the screen (trailing blanks ignored): `lines` must give as
/// many rows as the screen has.
///
/// ```swift
/// assertWholeScreen(terminal.frames.last!, lines: [
///     "Rain in Tokyo",
///     …                       // one string per row, 24 at 80x24
///     "Rain in Tokyo   L1/3 All  ? help",
/// ])
/// ```
package func assertWholeScreen(
    _ screen: ScreenBuffer, lines expected: [String], sourceLocation: SourceLocation = #_sourceLocation
) {
    guard expected.count == screen.height else {
        Issue.record("""
        \(expected.count) rows expected for a screen of \(screen.height); the screen:
        \(screen.lines().map { "    \"\(trimmed($0))\"," }.joined(separator: "\n"))
        """, sourceLocation: sourceLocation)
        return
    }
    assertScreen(screen, lines: expected, sourceLocation: sourceLocation)
}
