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

    /// Whether the screen shows the help (the summary of line down) and not the article.
    func showsHelp(_ s: inout ReaderState) -> Bool {
        let lines = s.render().lines()
        return lines.contains { $0.contains(Action.lineDown.summary) } && !lines.contains { $0.contains("Paragraph 7") }
    }

    @Test("? alone shows the help from the live key map, with ? on the status line")
    func questionMarkShowsHelp() {
        var map = KeyMap.standard
        map.bind(.lineDown, to: [.character("x")])
        var s = reader(keyMap: map)
        s.handle(.character("?"))
        #expect(showsHelp(&s))
        let lines = s.render().lines()
        #expect(lines.last!.hasPrefix("?"))
        #expect(lines.contains { $0.hasPrefix("  x ") && $0.contains(Action.lineDown.summary) })
        #expect(lines[0].contains("search backward") && lines[0].contains("esc"))
        #expect(screenInvariantViolations(s.render()).isEmpty)
    }

    @Test("?pattern enter closes the help and searches backward, as in less")
    func patternSearchesBackward() {
        var s = reader()
        s.handle(.character("?"))
        typing(&s, "Paragraph 2")
        #expect(s.render().lines().last!.hasPrefix("?Paragraph 2"))
        #expect(showsHelp(&s))
        s.handle(.enter)
        #expect(!s.helpVisible && s.prompt == nil)
        let m = s.search!.matches[s.search!.current!]
        #expect(s.layout.items[m.item].text.hasPrefix("Paragraph 29 "))
        #expect(s.render().lines().contains { $0.contains("Paragraph 29 ") })
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
            let title = s.render().lines()[0]
            #expect(title.contains("x or esc closes"), "\(title)")
            #expect(!title.contains("q or esc"))
            s.handle(.escape)
            #expect(s.helpVisible == false)
        }
    }
}
