import BylineKit
import BylineTestSupport
import BylineUI
import Testing

/// `?` is both less's backward search and the help key: it shows the help screen
/// (made from the live key map) with a `?` search prompt on the status line.
@Suite("? : help with a backward search prompt")
struct HelpSearchPromptTests {
    func reader(keyMap: KeyMap = .standard) -> ReaderState {
        var s = ReaderState(articles: [ScreenSamples.long(count: 80)], keyMap: keyMap, width: 80, height: 24)
        s.handle(.character("G"))
        return s
    }

    func typing(_ s: inout ReaderState, _ text: String) {
        for c in text { s.handle(.character(c)) }
    }

    @Test("? alone shows the help from the live key map, with ? on the status line")
    func questionMarkShowsHelp() {
        var map = KeyMap.standard
        map.bind(.lineDown, to: [.character("x")])
        var s = reader(keyMap: map)
        s.handle(.character("?"))
        // The help, x on line down, and the prompt on the status line.
        assertWholeScreen(s.render(), lines: [
            "Byline keys — type a pattern and enter to search backward; esc closes this help",
            "",
            "Moving",
            "  x                    scroll down a line                       line_down",
            "  k up ctrl-p ctrl-y   scroll up a line                         line_up",
            "  f pgdn space ctrl-f  page down                                page_down",
            "  b pgup ctrl-b        page up                                  page_up",
            "  ctrl-d               half a page down                         half_page_down",
            "  ctrl-u               half a page up                           half_page_up",
            "  < g home             go to the top (N g: line N)              top",
            "  > G end              go to the end (N G: line N)              bottom",
            "  % p                  go to N percent of the article (50%)     percent",
            "",
            "Search",
            "  /                    search forward in the article            search_forward",
            "  ?                    search backward (shows this help)        search_backward",
            "  n                    next search match                        next_match",
            "  N                    previous search match                    previous_match",
            "",
            "Entities and quotations",
            "  e                    next entity mention                      next_entity",
            "  E                    previous entity mention                  previous_entity",
            "── more below: 40 lines (space) ──",
            "?▏",
        ])
        #expect(screenInvariantViolations(s.render()).isEmpty)
    }

    @Test("?pattern enter closes the help and searches backward, as in less")
    func patternSearchesBackward() {
        var s = reader()
        s.handle(.character("?"))
        typing(&s, "Paragraph 2")
        assertWholeScreen(s.render(), lines: [
            "Byline keys — type a pattern and enter to search backward; esc closes this help",
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
            "── more below: 40 lines (space) ──",
            "?Paragraph 2▏",
        ])
        s.handle(.enter)
        #expect(!s.helpVisible && s.prompt == nil)
        let m = s.search!.matches[s.search!.current!]
        #expect(s.layout.items[m.item].text.hasPrefix("Paragraph 29 "))
        assertWholeScreen(s.render(), lines: [
            " word11",
            "",
            " Paragraph 29 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 30 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 31 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 32 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 33 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 34 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 35 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Match 11 of 11                                             L87/243 44%  ? help",
        ])
        s.handle(.character("n"))  // n goes on backward
        #expect(s.layout.items[s.search!.matches[s.search!.current!].item].text.hasPrefix("Paragraph 28 "))
    }

    @Test("esc, q, ? again, enter or backspace on the empty prompt close the help without searching or quitting",
          arguments: [Key.escape, .character("q"), .character("?"), .enter, .backspace])
    func closing(key: Key) {
        var s = reader()
        let before = s.render().lines()
        s.handle(.character("?"))
        #expect(s.helpVisible)
        s.handle(key)
        #expect(!s.helpVisible && s.prompt == nil && s.search == nil && !s.shouldQuit)
        #expect(s.render().lines() == before)
    }

    @Test("esc after typing closes too; letters, even h and q, are part of the pattern once typing began")
    func escapeAfterTyping() {
        var s = reader()
        s.handle(.character("?"))
        typing(&s, "hq")
        #expect(s.helpVisible && s.prompt?.text == "hq")
        s.handle(.escape)
        #expect(!s.helpVisible && s.prompt == nil && s.search == nil)
    }

    @Test("arrows and page keys scroll the help while the prompt stays")
    func scrolling() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 8)
        s.handle(.character("?"))
        let first = s.render().lines()
        s.handle(.pageDown)
        #expect(s.render().lines() != first)
        #expect(s.prompt?.text == "" && s.helpVisible)
        s.handle(.up)
        #expect(s.helpVisible)
    }

    @Test("h and F1 still show the help; its first line names the live quit key as closing it")
    func plainHelp() {
        var map = KeyMap.standard
        map.bind(.quit, to: [.character("x")])
        var s = ReaderState(articles: [ScreenSamples.news], keyMap: map, width: 80, height: 24)
        for key in [Key.character("h"), .function(1)] {
            s.handle(key)
            #expect(s.helpVisible && s.prompt == nil)
            assertScreen(s.render(), lines: ["Byline keys — j k space b scroll, x or esc closes"])
            s.handle(.escape)
            #expect(s.helpVisible == false)
        }
    }
}
