import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("The help screen: sections, action names, legend, paging, closing")
struct HelpScreenTests {
    func helpShown(width: Int = 80, height: Int = 24) -> ReaderState {
        var s = ReaderState(articles: [ScreenSamples.news], width: width, height: height)
        s.handle(.character("h"))
        return s
    }

    @Test("at 80x24 the first page owns the whole screen and says more is below")
    func firstPage() {
        var s = helpShown()
        assertScreen(s.render(), lines: [
            "Byline keys — j k space b scroll, q or esc closes",
            "",
            "Moving",
            "  j down ctrl-e ctrl-n  scroll down a line                      line_down",
            "  k up ctrl-p ctrl-y    scroll up a line                        line_up",
            "  f pgdn space ctrl-f   page down                               page_down",
            "  b pgup ctrl-b         page up                                 page_up",
            "  ctrl-d                half a page down                        half_page_down",
            "  ctrl-u                half a page up                          half_page_up",
            "  < g home              go to the top (N g: line N)             top",
            "  > G end               go to the end (N G: line N)             bottom",
            "  % p                   go to N percent of the article (50%)    percent",
            "",
            "Search",
            "  /                     search forward in the article           search_forward",
            "  ?                     search backward (shows this help)       search_backward",
            "  n                     next search match                       next_match",
            "  N                     previous search match                   previous_match",
            "",
            "Entities and quotations",
            "  e                     next entity mention                     next_entity",
            "  E                     previous entity mention                 previous_entity",
            "  *                     next mention of the same entity         next_same_entity",
            "── more below: 39 lines (space) ──",
        ])
    }

    @Test("paging reaches the last page: the library section, the legend, no more-below line")
    func lastPage() {
        var s = helpShown()
        s.handle(.character(" "))
        s.handle(.character(" "))
        s.handle(.character(" "))
        let lines = s.render().lines().map { $0.trimmingSuffixSpaces() }
        #expect(lines.contains("Library"))
        #expect(lines.contains("Highlights:  person  organisation  place  nationality or group  date  quotation"))
        #expect(lines.last == "  In a prompt: enter searches, esc cancels, backspace deletes.")
        #expect(!lines.contains { $0.contains("more below") })
        s.handle(.character("g"))
        #expect(s.render().lines()[0].hasPrefix("Byline keys"))
    }

    @Test("each legend word is drawn in its own highlight style")
    func legendStyles() {
        var s = helpShown(width: 100, height: 64)
        let screen = s.render()
        let lines = screen.lines()
        let y = try! #require(lines.firstIndex { $0.hasPrefix("Highlights:") })
        for (word, element) in [("person", ThemeElement.person), ("organisation", .org), ("place", .place),
                                ("nationality", .norp), ("date", .dateEntity), ("quotation", .quotation)] {
            let x = try! #require(lines[y].range(of: "  " + word)).upperBound.utf16Offset(in: lines[y]) - word.count
            #expect(screen[x, y].element == element, "\(word)")
        }
        #expect(!lines.contains { $0.contains("more below") })
    }

    @Test("q and esc close the help and never quit; j scrolls it by a row")
    func closing() {
        var s = helpShown()
        s.handle(.character("j"))
        #expect(s.helpVisible)
        #expect(s.render().lines()[0].hasPrefix("Moving") == false && s.render().lines()[1].hasPrefix("Moving"))
        s.handle(.character("q"))
        #expect(!s.helpVisible && !s.shouldQuit)
        s.handle(.character("h"))
        s.handle(.escape)
        #expect(!s.helpVisible && !s.shouldQuit)
    }

    @Test("scrolling past the end stays on the last page, so one key back scrolls at once")
    func clamped() {
        var s = helpShown()
        for _ in 0..<100 { s.handle(.character("j")) }
        let last = s.render().lines()
        s.handle(.character("k"))
        #expect(s.render().lines() != last)
    }
}

extension String {
    func trimmingSuffixSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
