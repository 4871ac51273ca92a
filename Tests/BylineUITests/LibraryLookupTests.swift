import BylineKit
import BylineTestSupport
import BylineUI
import Testing

/// `L` from the sidebar: the reader asks the library (an effect) and shows the answer
/// in the article list, which `esc` turns back into every article.
@Suite("Library look-ups from the sidebar")
struct LibraryLookupTests {
    /// Another article naming Kim Jong-un ("Mr Kim" first) and quoting him.
    static let talks = ScreenSamples.article(
        path: "talks.txt", title: "Talks resume in Panmunjom",
        paragraphs: [
            "Nothing was said at first.",
            "Mr Kim later told reporters that “the door is open” for talks.",
            "Kim Jong-un left at noon.",
        ],
        entities: [(1, "Mr Kim", .person, "Kim Jong-un"), (2, "Kim Jong-un", .person, "Kim Jong-un")],
        quotes: [(1, "the door is open", "Kim Jong-un")])
    /// An article without him.
    static let weather = ScreenSamples.article(
        path: "weather.txt", title: "Rain in Tokyo", paragraphs: ["It rained in Tokyo all day."],
        entities: [(0, "Tokyo", .place, "Tokyo")])

    func reader(width: Int = 120, height: Int = 30) -> ReaderState {
        var s = ReaderState(articles: [ScreenSamples.news, Self.weather, Self.talks], width: width, height: height)
        _ = s.takeEffects()
        return s
    }

    /// Moves the focus to the sidebar with Tab, as a user would.
    func focusSidebar(_ s: inout ReaderState) {
        for _ in 0..<3 where s.focus != .sidebar { s.handle(.tab) }
        #expect(s.focus == .sidebar)
    }

    func chosenText(_ s: inout ReaderState) -> String {
        let screen = s.render()
        var out = ""
        // Row by row, a space where the mark wraps to the next row.
        for y in 0..<screen.height {
            let row = (0..<screen.width).filter { screen[$0, y].element == .chosen }.map { screen[$0, y].grapheme }.joined()
            if !row.isEmpty { out += (out.isEmpty ? "" : " ") + row }
        }
        return out
    }

    @Test("L on an entity asks for the articles that mention it; the list shows them, enter opens one at the mention")
    func entityLookup() {
        var s = reader(height: 8)
        s.handle(.character("t"))
        focusSidebar(&s)
        s.handle(.character("L"))
        #expect(s.takeEffects() == [.articlesMentioning(entity: "Kim Jong-un")])
        assertScreen(s.render(), lines: [" Looking for Kim Jong-un in the library…                                                               L1/9 66%  ? help"], startingAt: 7)

        s.showLibraryResults(.mentioning("Kim Jong-un"), paths: ["talks.txt", "news.txt"],
                             names: ["talks.txt": "Kim Jong-un", "news.txt": "Kim Jong-un"])
        assertWholeScreen(s.render(), lines: [
            "▶ Mentioning Kim Jong-un 1/2 …│  Article 1/3 ──────────────────────────────────────│  Quotes 2 [Entities 6] ────────────",
            " N  Talks resume in Panmunjom │ Kim renews call                                    │ People",
            "•   Kim renews call           │                                                    │ Kim Jong-un                      2",
            "                              │ 2024-11-18                                         │ Joe Biden                        1",
            "                              │                                                    │ Organisations",
            "                              │ North Korean leader Kim Jong-un has renewed his    │ United Nations                   1",
            "                              │ call for a “limitless” expansion.                  │ Places",
            " 2 articles mention Kim Jong-un                                                                       L1/11 54%  ? help",
        ])

        s.handle(.enter)
        #expect(s.article.article.path == "talks.txt")
        #expect(chosenText(&s) == "Mr Kim")
        assertScreen(s.render(), lines: [" Kim Jong-un: 2 mentions here; * for the next                                                        L5/10 100%  ? help"], startingAt: 7)
        // J stays in the answer and marks the mention there too.
        s.handle(.character("J"))
        #expect(s.article.article.path == "news.txt")
        #expect(chosenText(&s) == "Kim Jong-un")

        s.handle(.escape)
        assertWholeScreen(s.render(), lines: [
            "  Articles 1/3 · 1 unread ────│▶ Article 1/3 ──────────────────────────────────────│  Quotes 2 [Entities 6] ────────────",
            "•   Kim renews call           │ Kim renews call                                    │ People",
            " N  Rain in Tokyo             │                                                    │ Kim Jong-un                      2",
            "    Talks resume in Panmunjom │ 2024-11-18                                         │ Joe Biden                        1",
            "                              │                                                    │ Organisations",
            "                              │ North Korean leader Kim Jong-un has renewed his    │ United Nations                   1",
            "                              │ call for a “limitless” expansion.                  │ Places",
            " Kim renews call                                                                                      L1/11 54%  ? help",
        ])
    }

    @Test("S results: the status line shows the selected result's snippet, and nothing of it once the list is left")
    func searchSnippets() {
        var s = reader()
        s.showLibraryResults(.search("door"), paths: ["talks.txt", "weather.txt"],
                             snippets: ["talks.txt": "…told reporters that “the door is open” for talks…",
                                        "weather.txt": "…it rained by the door\u{1B}[2J all day…"])
        #expect(s.render().lines().last!.contains("2 articles match “door”"))
        s.handle(.character("j"))
        var status = s.render().lines().last!
        #expect(status.contains("…it rained by the door␛[2J all day…"), "snippets are sanitised: \(status)")
        s.handle(.character("k"))
        status = s.render().lines().last!
        #expect(status.contains("…told reporters that “the door is open” for talks…"), "\(status)")
        s.handle(.enter)
        status = s.render().lines().last!
        #expect(!status.contains("told reporters"), "the article has the focus: \(status)")
    }

    @Test("L on a quotation asks for more by its speaker; opening an article marks the first of them")
    func speakerLookup() {
        var s = reader(height: 8)
        focusSidebar(&s)
        #expect(s.sidebarTab == .quotes)
        s.handle(.character("L"))
        #expect(s.takeEffects() == [.quotationsBy(speaker: "Kim Jong-un")])

        s.showLibraryResults(.quotesBy("Kim Jong-un"), paths: ["talks.txt"], names: ["talks.txt": "Kim Jong-un"])
        assertWholeScreen(s.render(), lines: [
            "▶ Quotes by Kim Jong-un 1/1 ·…│  Article 1/3 ──────────────────────────────────────│  [Quotes 2] Entities 6 ────────────",
            " N  Talks resume in Panmunjom │ Kim renews call                                    │ Kim Jong-un: “limitless”",
            "                              │                                                    │ Kim Jong-un: “escalating tensions”",
            "                              │ 2024-11-18                                         │",
            "                              │                                                    │",
            "                              │ North Korean leader Kim Jong-un has renewed his    │",
            "                              │ call for a “limitless” expansion.                  │",
            " Quotations by Kim Jong-un in 1 article                                                               L1/11 54%  ? help",
        ])
        s.handle(.enter)
        #expect(s.article.article.path == "talks.txt")
        #expect(chosenText(&s) == "the door is open")
        assertScreen(s.render(), lines: [" Kim Jong-un: 1 quotation here; ' for the next quotation                                             L5/10 100%  ? help"], startingAt: 7)
    }

    @Test("a quotation from the article (marked with ') is looked up too; an entity marked with e as well")
    func fromTheArticle() {
        var s = reader()
        s.handle(.character("'"))
        s.handle(.character("L"))
        #expect(s.takeEffects() == [.quotationsBy(speaker: "Kim Jong-un")])
        s.handle(.character("e"))   // from the quotation to the next mention, "Mr Kim"
        s.handle(.character("L"))
        #expect(s.takeEffects() == [.articlesMentioning(entity: "Kim Jong-un")])
    }

    @Test("with nothing selected, or an unattributed quotation, L says why and asks nothing")
    func nothingToLookUp() {
        var s = reader()
        s.handle(.character("L"))
        #expect(s.takeEffects().isEmpty)
        #expect(s.render().lines().last!.contains("Select an entity or a quotation in the sidebar (s) first"))

        let anonymous = ScreenSamples.article(path: "anon.txt", paragraphs: ["“No comment,” came the reply."],
                                              quotes: [(0, "No comment,", nil)])
        var t = ReaderState(articles: [anonymous], width: 120, height: 30)
        _ = t.takeEffects()
        focusSidebar(&t)
        t.handle(.character("L"))
        #expect(t.takeEffects().isEmpty)
        #expect(t.render().lines().last!.contains("This quotation has no speaker to look up"))
    }

    @Test("an article opened before its analysis is marked when the analysis arrives")
    func markAfterAnalysis() {
        var s = ReaderState(articles: [ScreenSamples.news, AnalyzedArticle(article: Self.talks.article)], width: 120, height: 30)
        s.showLibraryResults(.quotesBy("Kim Jong-un"), paths: ["talks.txt"])
        s.handle(.enter)
        #expect(chosenText(&s) == "")
        s.setAnalysis(Self.talks, at: 1)
        #expect(chosenText(&s) == "the door is open")
    }

    @Test("no answer: an empty list that says so; the look-up key is in the help and can be rebound")
    func emptyAnswerHelpAndRebinding() {
        var s = reader(width: 80, height: 24)
        s.showLibraryResults(.mentioning("Nobody"), paths: [])
        let screen = s.render()
        #expect(screen.lines()[0].contains("Mentioning Nobody 0/0"))
        #expect(screen.plainText.contains("(no articles)"))
        #expect(screen.lines().last!.contains("No article in the library mentions Nobody"))

        #expect(s.helpLines.contains { $0.hasPrefix("  L ") && $0.contains("  " + Action.libraryRelated.summary) && $0.hasSuffix("library_related") })

        var keys = KeyMap.standard
        keys.bind(.libraryRelated, to: [.character("o")])
        var r = ReaderState(articles: [ScreenSamples.news], keyMap: keys, width: 120, height: 30)
        _ = r.takeEffects()
        focusSidebar(&r)
        r.handle(.character("L"))
        #expect(r.takeEffects().isEmpty)
        r.handle(.character("o"))
        #expect(r.takeEffects() == [.quotationsBy(speaker: "Kim Jong-un")])
    }
}

@Suite("Library search results in the reader")
struct LibrarySearchOpeningTests {
    @Test("opening a library search result jumps to the first match, every match highlighted")
    func jumpsToMatch() {
        let far = ScreenSamples.article(path: "far.txt", title: "Far", paragraphs: (1...40).map { "Filler \($0)." } + ["The harbour reopened.", "A second harbour too."],
                                        entities: [], quotes: [])
        var s = ReaderState(articles: [ScreenSamples.news, far], width: 80, height: 24)
        s.showLibraryResults(.search("harbour"), paths: ["far.txt"])
        s.handle(.enter)
        #expect(s.article.article.path == "far.txt")
        #expect(s.search?.query == "harbour" && s.search?.matches.count == 2)
        #expect(s.render().lines().contains { $0.contains("The harbour reopened.") })
        #expect(s.statusMessage == "Match 1 of 2")
    }

    @Test("articles added from the library join the list and can be opened")
    func appended() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 160, height: 24)
        let added = s.appendArticles([ScreenSamples.long(count: 3, path: "/lib/x.txt", title: "From the library")])
        #expect(added == 1..<2 && s.list.entries == [0, 1])
        #expect(s.render().lines().contains { $0.contains("From the library") })
    }
}
