import BylineKit
import BylineTestSupport
import BylineUI
import Testing

@Suite("less counts (5j, 10G, 50%) and what every jump says")
struct CountAndJumpTests {
    func long() -> ReaderState { ReaderState(articles: [ScreenSamples.long(count: 60)], width: 80, height: 24) }

    func position(_ s: inout ReaderState) -> String {
        let status = s.render().lines().last!
        return String(status.split(separator: " ").first { $0.hasPrefix("L") && $0.contains("/") } ?? "")
    }

    func type(_ keys: String, into s: inout ReaderState) {
        for c in keys { s.handle(.character(c)) }
    }

    @Test("5j scrolls five lines, 3k three back, as in less")
    func countedLines() {
        var s = long()
        type("5j", into: &s)
        #expect(position(&s).hasPrefix("L6/"))
        type("3k", into: &s)
        #expect(position(&s).hasPrefix("L3/"))
    }

    @Test("10G and 10g go to line 10; G alone to the end; 50% half way; p alone to the top")
    func countedGoTo() {
        var s = long()
        type("10G", into: &s)
        #expect(position(&s).hasPrefix("L10/"))
        type("G", into: &s)
        let end = position(&s)
        type("10g", into: &s)
        #expect(position(&s).hasPrefix("L10/"))
        type("50%", into: &s)
        let total = Int(end.split(separator: "/")[1])!
        #expect(position(&s) == "L\(total / 2 + 1)/\(total)")
        type("p", into: &s)
        #expect(position(&s).hasPrefix("L1/"))
    }

    @Test("esc drops a count being typed")
    func escapeDropsCount() {
        var s = long()
        type("5", into: &s)
        #expect(s.pendingCount == 5)
        s.handle(.escape)
        type("j", into: &s)
        #expect(position(&s).hasPrefix("L2/"))
    }

    @Test("' and \" say the quotation's number and speaker; 2' goes to the second")
    func quoteLanding() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        type("'", into: &s)
        #expect(s.statusMessage == "Quote 1 of 2 · Kim Jong-un")
        #expect(s.render().lines().last!.hasPrefix(" Quote 1 of 2 · Kim Jong-un"))
        s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        type("2'", into: &s)
        #expect(s.statusMessage == "Quote 2 of 2 · Kim Jong-un")
    }

    @Test("e, E and * say the name, its type and which mention it is")
    func entityLanding() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 24)
        type("e", into: &s)
        #expect(s.statusMessage == "North Korean · nationality or group · mention 1 of 1")
        type("e", into: &s)
        #expect(s.statusMessage == "Kim Jong-un · person · mention 1 of 2")
        type("*", into: &s)
        #expect(s.statusMessage == "Kim Jong-un · person · mention 2 of 2")
        type("*", into: &s)
        #expect(s.statusMessage == "Kim Jong-un · person · mention 1 of 2 (back to the first)")
        type("E", into: &s)
        #expect(s.statusMessage == "North Korean · nationality or group · mention 1 of 1")
    }

    @Test("the Entities tab draws each name in its type's style and each tab counts what it names")
    func entitiesTab() {
        var s = ReaderState(articles: [ScreenSamples.news], options: ReaderOptions(sidebarOpen: true), width: 120, height: 30)
        s.handle(.character("t"))
        let screen = s.render()
        let lines = screen.lines()
        #expect(lines[0].contains("Quotes 2 [Entities 6]"))
        for (name, element) in [("Joe Biden", ThemeElement.person), ("United Nations", .org), ("Seoul", .place)] {
            let y = try! #require(lines.firstIndex { $0.contains(" " + name + " ") && !$0.contains("answered") })
            let x = lines[y].range(of: name)!.lowerBound.utf16Offset(in: lines[y])
            #expect(screen[x, y].element == element, "\(name)")
        }
    }
}
