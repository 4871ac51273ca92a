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
        assertWholeScreen(s.render(), lines: [
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
        assertWholeScreen(s.render(), lines: [
            "  -                     narrow the list or sidebar              narrower_pane",
            "  backspace esc left    undo a filter, search or mark; back t…  back",
            "",
            "The reading list",
            "  m                     bookmark this article, or remove its …  bookmark",
            "  u                     open the next unread article            next_unread",
            "  U                     list only unread articles, and back     filter_unread",
            "  B                     list only bookmarked articles, and ba…  filter_bookmarks",
            "  o                     sort the list: date, source, title, a…  sort_list",
            "",
            "Library",
            "  S                     search the whole library                library_search",
            "  L                     this entity or speaker in the library   library_related",
            "  F                     list the subscribed feeds (sources), …  feeds",
            "  R                     update every feed, while you read       update_feeds",
            "",
            "Help, themes, quitting",
            "  T                     next theme                              cycle_theme",
            "  h f1                  show this help                          help",
            "  q                     quit                                    quit",
            "",
            "Highlights:  person  organisation  place  nationality or group  date  quotation",
            "  A count before a key repeats it or names a line, as in less: 5j, 10G, 50%.",
            "  In a prompt: enter searches, esc cancels, backspace deletes.",
        ])
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
        // At 100x64 the whole help fits: no more-below line.
        assertWholeScreen(screen, lines: [
            "Byline keys — j k space b scroll, q or esc closes",
            "",
            "Moving",
            "  j down ctrl-e ctrl-n  scroll down a line                                  line_down",
            "  k up ctrl-p ctrl-y    scroll up a line                                    line_up",
            "  f pgdn space ctrl-f   page down                                           page_down",
            "  b pgup ctrl-b         page up                                             page_up",
            "  ctrl-d                half a page down                                    half_page_down",
            "  ctrl-u                half a page up                                      half_page_up",
            "  < g home              go to the top (N g: line N)                         top",
            "  > G end               go to the end (N G: line N)                         bottom",
            "  % p                   go to N percent of the article (50%)                percent",
            "",
            "Search",
            "  /                     search forward in the article                       search_forward",
            "  ?                     search backward (shows this help)                   search_backward",
            "  n                     next search match                                   next_match",
            "  N                     previous search match                               previous_match",
            "",
            "Entities and quotations",
            "  e                     next entity mention                                 next_entity",
            "  E                     previous entity mention                             previous_entity",
            "  *                     next mention of the same entity                     next_same_entity",
            "  ' )                   next quotation                                      next_quote",
            "  \" (                   previous quotation                                  previous_quote",
            "  y                     copy the marked quotation (OSC 52)                  copy_quote",
            "",
            "Panes and the list",
            "  l enter right         open the selected article or item                   open",
            "  J ]                   next article                                        next_article",
            "  K [                   previous article                                    previous_article",
            "  tab                   focus the next pane                                 focus_next",
            "  shift-tab             focus the previous pane                             focus_previous",
            "  s                     show or hide the sidebar                            toggle_sidebar",
            "  t                     switch sidebar tab (Quotes / Entities)              sidebar_tab",
            "  a                     show or hide the article list                       toggle_list",
            "  z                     the article alone on the screen, and back           zoom",
            "  + =                   widen the list or sidebar                           wider_pane",
            "  -                     narrow the list or sidebar                          narrower_pane",
            "  backspace esc left    undo a filter, search or mark; back to the article  back",
            "",
            "The reading list",
            "  m                     bookmark this article, or remove its bookmark       bookmark",
            "  u                     open the next unread article                        next_unread",
            "  U                     list only unread articles, and back                 filter_unread",
            "  B                     list only bookmarked articles, and back             filter_bookmarks",
            "  o                     sort the list: date, source, title, as given        sort_list",
            "",
            "Library",
            "  S                     search the whole library                            library_search",
            "  L                     this entity or speaker in the library               library_related",
            "  F                     list the subscribed feeds (sources), and back       feeds",
            "  R                     update every feed, while you read                   update_feeds",
            "",
            "Help, themes, quitting",
            "  T                     next theme                                          cycle_theme",
            "  h f1                  show this help                                      help",
            "  q                     quit                                                quit",
            "",
            "Highlights:  person  organisation  place  nationality or group  date  quotation",
            "  A count before a key repeats it or names a line, as in less: 5j, 10G, 50%.",
            "  In a prompt: enter searches, esc cancels, backspace deletes.",
            "",
            "",
        ])
    }

    @Test("space shows the next page, which still says how much is below; b goes back")
    func secondPage() {
        var s = helpShown()
        let first = s.render()
        s.handle(.character(" "))
        assertWholeScreen(s.render(), lines: [
            "  *                     next mention of the same entity         next_same_entity",
            "  ' )                   next quotation                          next_quote",
            "  \" (                   previous quotation                      previous_quote",
            "  y                     copy the marked quotation (OSC 52)      copy_quote",
            "",
            "Panes and the list",
            "  l enter right         open the selected article or item       open",
            "  J ]                   next article                            next_article",
            "  K [                   previous article                        previous_article",
            "  tab                   focus the next pane                     focus_next",
            "  shift-tab             focus the previous pane                 focus_previous",
            "  s                     show or hide the sidebar                toggle_sidebar",
            "  t                     switch sidebar tab (Quotes / Entities)  sidebar_tab",
            "  a                     show or hide the article list           toggle_list",
            "  z                     the article alone on the screen, and …  zoom",
            "  + =                   widen the list or sidebar               wider_pane",
            "  -                     narrow the list or sidebar              narrower_pane",
            "  backspace esc left    undo a filter, search or mark; back t…  back",
            "",
            "The reading list",
            "  m                     bookmark this article, or remove its …  bookmark",
            "  u                     open the next unread article            next_unread",
            "  U                     list only unread articles, and back     filter_unread",
            "── more below: 17 lines (space) ──",
        ])
        s.handle(.character("b"))
        #expect(s.render() == first)
    }

    @Test("q and esc close the help and never quit; j scrolls it by a row")
    func closing() {
        var reader = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        let before = reader.render()
        var s = reader
        s.handle(.character("h"))
        _ = s.render()
        s.handle(.character("j"))
        #expect(s.helpVisible)
        assertScreen(s.render(), lines: [
            "",
            "Moving",
            "  j down ctrl-e ctrl-n  scroll down a line                      line_down",
        ])
        s.handle(.character("q"))
        #expect(!s.helpVisible && !s.shouldQuit)
        // The reader as it was, to the cell.
        let closed = s.render()
        assertWholeScreen(closed, lines: [
            " Kim renews call",
            "",
            " 2024-11-18",
            "",
            " North Korean leader Kim Jong-un has renewed his call for a “limitless”",
            " expansion.",
            "",
            " Mr Kim said the United Nations was “escalating tensions” in Seoul.",
            "",
            " Joe Biden answered from Washington.",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " Kim renews call                                             L1/10 100%  ? help",
        ])
        #expect(closed == before)
        s.handle(.character("h"))
        _ = s.render()
        s.handle(.escape)
        #expect(!s.helpVisible && !s.shouldQuit)
        #expect(s.render() == before)
        var fresh = s.drawingAfresh()
        #expect(fresh.render() == before)
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
