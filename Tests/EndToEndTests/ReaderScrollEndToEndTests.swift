import BylineKit
import BylineTestSupport
import Foundation
import Testing

/// Lines scrolled one at a time reach the terminal as moved rows plus the rows they
/// expose; what the terminal then shows must be what a whole repaint shows.
@Suite("Reader scrolling end to end", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ReaderScrollEndToEndTests {
    @Test("lines scrolled one by one, down and up, show what a repaint of the same position shows",
          arguments: [(120, 40, false), (200, 50, true), (80, 24, false)])
    func scrolledEqualsRepainted(width: Int, height: Int, zoom: Bool) throws {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmux = try TmuxSession(command: [Binary.byline, Fixtures.seed], width: width, height: height)
        defer { tmux.close() }
        // The analysis arrives after the first paint: wait for the people's colour.
        #expect(tmux.waitFor(escapes: true) { $0.contains("38;5;117m") && $0.contains(" L1/") }.ok)
        if zoom {
            tmux.send("z")
            #expect(tmux.waitFor { !$0.contains("│") }.ok, "no zoom")
        }
        var line = 1
        for key in ["j", "j", "j", "Down", "j", "k", "j", "Up", "k", "j", "j"] {
            tmux.send(key)
            line += key == "j" || key == "Down" ? 1 : -1
            #expect(tmux.waitFor { $0.contains(" L\(line)/") }.ok, "line \(line) not reached after \(key)")
        }
        usleep(200_000)
        let scrolled = tmux.capture(escapes: true)
        // The help owns the screen; closing it repaints every pane at the same position.
        tmux.send("?")
        #expect(tmux.waitFor { !$0.contains(" L\(line)/") }.ok)
        tmux.send("q")
        #expect(tmux.waitFor { $0.contains(" L\(line)/") }.ok)
        usleep(200_000)
        let repainted = tmux.capture(escapes: true)
        // Compared cell by cell, as seen: tmux places an attribute reset at the end of
        // a row or at the start of the next depending on how the row was written.
        let a = Self.cells(scrolled, width: width), b = Self.cells(repainted, width: width)
        let differing = (0..<max(a.count, b.count)).filter { $0 >= a.count || $0 >= b.count || a[$0] != b[$0] }
        #expect(differing.isEmpty, """
            rows \(differing) differ; scrolled:
            \(scrolled)
            repainted:
            \(repainted)
            """)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// What a `capture-pane -e` shows, one row of cells each: the character and the
    /// attributes that show on it (on a blank only the background, reverse and
    /// underline show), rows padded with plain blanks to `width`.
    static func cells(_ capture: String, width: Int) -> [[String]] {
        var fg = "", bg = "", flags = Set<Int>()
        var rows: [[String]] = []
        for line in capture.split(separator: "\n", omittingEmptySubsequences: false) {
            var row: [String] = []
            var scalars = line.unicodeScalars[...]
            while let c = scalars.first {
                scalars = scalars.dropFirst()
                if c == "\u{1B}", scalars.first == "[" {
                    let body = scalars.dropFirst().prefix { !("@"..."~").contains($0) }
                    scalars = scalars.dropFirst(body.count + 2)
                    var params = String(String.UnicodeScalarView(body)).split(separator: ";", omittingEmptySubsequences: false)
                        .map { Int($0) ?? 0 }[...]
                    while let p = params.first {
                        params = params.dropFirst()
                        switch p {
                        case 0: fg = ""; bg = ""; flags = []
                        case 22: flags.subtract([1, 2])
                        case 23, 24, 27: flags.remove(p - 20)
                        case 1...9: flags.insert(p)
                        case 38, 48:
                            let value = params.prefix(2).map(String.init).joined(separator: ";")
                            params = params.dropFirst(2)
                            if p == 38 { fg = value } else { bg = value }
                        case 39: fg = ""
                        case 49: bg = ""
                        case 30...37, 90...97: fg = String(p)
                        case 40...47, 100...107: bg = String(p)
                        default: break
                        }
                    }
                    continue
                }
                let shown = c == " " ? "\(bg)|\(flags.intersection([4, 7]).sorted())" : "\(fg)|\(bg)|\(flags.sorted())"
                row.append("\(c)\(shown)")
            }
            while row.count < width { row.append(" ||[]") }
            rows.append(row)
        }
        return rows
    }
}
