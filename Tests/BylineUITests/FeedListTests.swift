import BylineKit
import BylineTestSupport
import BylineUI
import Testing

/// Feeds in the reader: `F` lists the subscribed feeds as sources (unread/total items,
/// a failed update marked and its error on the status line), `enter` asks for a feed's
/// items, `R` asks the host for an update whose progress and summary show on the
/// status line while reading goes on.
@Suite("Feeds as sources in the reader: F, enter, R")
struct FeedListTests {
    static let feeds = [
        FeedSource(id: 1, title: "Harbour News", items: ["/lib/feed-1/b.html", "/lib/feed-1/a.html", "/lib/feed-1/c.html"]),
        FeedSource(id: 2, title: "Gone Gazette", items: ["/lib/feed-2/x.html"],
                   error: "http://127.0.0.1:8/feed.xml: HTTP 404 (not found)"),
    ]

    func reader(width: Int = 80, height: Int = 8) -> ReaderState {
        var s = ReaderState(articles: [ScreenSamples.long(count: 3, path: "/lib/feed-1/b.html", title: "Bravo harbour opens"),
                                       ScreenSamples.news], width: width, height: height)
        s.setFeeds(Self.feeds, read: ["/lib/feed-1/a.html"])
        _ = s.takeEffects()
        return s
    }

    @Test("F lists the feeds with unread/total items; a failed one is marked ! and its error is on the status line")
    func listsFeeds() {
        var s = reader()
        s.handle(.character("F"))
        assertWholeScreen(s.render(), lines: [
            "▶ Feeds 1/2 · 2 unread ───────│  Article 1/2 ───────────────────────────────────",
            "   1/3 Harbour News           │ Bravo harbour opens",
            " ! 1/1 Gone Gazette           │",
            "                              │ 2024-11-18",
            "                              │",
            "                              │ Paragraph 1 word1 word2 word3 word4 word5 word6",
            "                              │ word7 word8 word9 word10 word11",
            " 2 feeds, 1 failed: enter lists a feed's items, R updates th… L1/12 50%  ? help",
        ])
        s.handle(.character("j"))
        assertWholeScreen(s.render(), lines: [
            "▶ Feeds 2/2 · 2 unread ───────│  Article 1/2 ───────────────────────────────────",
            "   1/3 Harbour News           │ Bravo harbour opens",
            " ! 1/1 Gone Gazette           │",
            "                              │ 2024-11-18",
            "                              │",
            "                              │ Paragraph 1 word1 word2 word3 word4 word5 word6",
            "                              │ word7 word8 word9 word10 word11",
            " Last update failed: http://127.0.0.1:8/feed.xml: HTTP 404 (… L1/12 50%  ? help",
        ])
        // Esc: the articles again.
        s.handle(.escape)
        #expect(s.feedList == nil && s.statusMessage == "All articles: 2")
    }

    @Test("enter on a feed asks the host for its items, which the list then shows under the feed's title")
    func openFeed() {
        var s = reader()
        s.handle(.character("F"))
        s.handle(.enter)
        #expect(s.takeEffects() == [.openFeed(id: 1)])
        s.showLibraryResults(.feed("Harbour News"), paths: ["/lib/feed-1/b.html"])
        #expect(s.list.filter?.title == "Harbour News" && s.list.entries == [0])
        #expect(s.statusMessage == "Harbour News: 1 item")
    }

    @Test("R asks for an update once; its progress and summary show on the status line while keys still scroll")
    func update() {
        var s = reader()
        s.handle(.character("R"))
        #expect(s.takeEffects() == [.updateFeeds])
        s.showFeedUpdate(done: 1, total: 2)
        s.handle(.character("j"))   // reading goes on
        s.handle(.character("R"))
        #expect(s.takeEffects().isEmpty && s.statusMessage == "Already updating feeds (1/2)")
        s.handle(.character("j"))
        assertWholeScreen(s.render(), lines: [
            " 2024-11-18",
            "",
            " Paragraph 1 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 2 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            " Bravo harbour opens                      updating feeds 1/2… L3/12 75%  ? help",
        ])
        var after = Self.feeds
        after[0].items.insert("/lib/feed-1/d.html", at: 0)
        s.finishFeedUpdate("2 feeds: 1 new item, 0 updated, 1 failed", feeds: after)
        assertWholeScreen(s.render(), lines: [
            " 2024-11-18",
            "",
            " Paragraph 1 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            "",
            " Paragraph 2 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10",
            " word11",
            " 2 feeds: 1 new item, 0 updated, 1 failed; F shows the errors L3/12 75%  ? help",
        ])
        s.handle(.character("F"))
        #expect(s.render().lines()[1].hasPrefix("   2/4 Harbour News"))
    }

    @Test("with no feed, F says how to subscribe; R leaves the answer to the host, which knows whether there is a library")
    func noFeeds() {
        var s = ReaderState(articles: [ScreenSamples.news], width: 80, height: 8)
        s.handle(.character("F"))
        #expect(s.feedList == nil && s.statusMessage == "No feeds: byline feeds add URL subscribes to one")
        _ = s.takeEffects()
        s.handle(.character("R"))
        #expect(s.takeEffects() == [.updateFeeds])
        s.finishFeedUpdate("No feeds to update: byline feeds add URL subscribes to one", feeds: nil)
        #expect(s.updatingFeeds == nil && s.statusMessage == "No feeds to update: byline feeds add URL subscribes to one")
    }

    @Test("a feed's title and error from the network reach the screen without their control characters")
    func untrustedText() {
        var s = reader()
        s.setFeeds([FeedSource(id: 3, title: "Evil\u{1B}]52;c;eA==\u{7}\nNews", items: [], error: "bad\u{1B}[2Jnews")], read: [])
        s.handle(.character("F"))
        s.handle(.character("j"))
        let screen = s.render()
        #expect(screenInvariantViolations(screen).isEmpty)
        #expect(screen.lines()[1].hasPrefix(" ! 0/0 Evil␛]52;c;eA==␇ News"))
        #expect(screen.lines()[7].hasPrefix(" Last update failed: bad␛[2Jnews"))
    }
}
