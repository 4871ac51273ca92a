import BylineKit
import BylineTestSupport
import Foundation
import GRDB
import Testing
@testable import BylineStore

@Suite("Feeds and their items in the library")
struct FeedStoreTests {
    static func item(_ key: String, _ title: String, body: String, hash: String? = nil, date: String? = "2026-12-01") -> WebItem {
        let text = "---\ntitle: \(title)\n---\n\n\(body)\n"
        return WebItem(key: key, itemHash: hash ?? String(body.hashValue), link: "https://coast.example/\(key)", title: title,
                       date: date, data: Data(text.utf8), fileExtension: "md", fullText: true)
    }

    @Test func itemsAreStoredIndexedAndCounted() throws {
        let t = try TempLibrary()
        let (feed, added) = try t.library.addFeed(url: "https://coast.example/feed.xml")
        #expect(added)
        #expect(try t.library.addFeed(url: "https://coast.example/feed.xml").added == false)
        let stored = try t.library.storeItems([Self.item("a", "Harbour storm", body: "Waves broke the harbour wall."),
                                               Self.item("b", "Ferry late", body: "The ferry was late again.")], feed: feed.id)
        #expect(stored.report.added == 2)
        #expect(stored.paths.allSatisfy { $0.hasPrefix(t.library.webFolder + "/feed-\(feed.id)/2026-12-01-") })
        #expect(try t.library.search("harbour").map(\.path) == [stored.paths[0]])
        try t.library.setRead(true, for: stored.paths[1])
        let listed = try #require(try t.library.feeds().first)
        #expect(listed.items == 2)
        #expect(listed.unread == 1)
    }

    @Test("a store stopped before its write (the reader quitting during an update) writes no file, no row, no validator")
    func aStoppedStoreWritesNothing() throws {
        let t = try TempLibrary()
        let feed = try t.library.addFeed(url: "https://coast.example/feed.xml").feed
        try t.library.storeItems([Self.item("a", "Harbour storm", body: "First version.", hash: "h1")], feed: feed.id)
        let before = try FileManager.default.contentsOfDirectory(atPath: t.library.folder(feed: feed.id)).sorted()
        let asked = CallCounter()
        // Stop asked for after the first item was analysed: nothing at all is written.
        let stopped = try t.library.storeItems(
            [Self.item("a", "Harbour storm", body: "Second version.", hash: "h2"), Self.item("b", "Ferry late", body: "Late.")],
            feed: feed.id, answer: Library.FetchAnswer(title: "Coast", etag: "\"v2\"", lastModified: nil),
            shouldStop: { asked.record(""); return asked.count > 1 })
        #expect(stopped.report.stopped)
        #expect(stopped.paths.isEmpty && stopped.report.added == 0 && stopped.report.updated == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: t.library.folder(feed: feed.id)).sorted() == before)
        #expect(try t.library.count() == 1)
        #expect(try t.library.search("first").count == 1)
        let listed = try #require(try t.library.feeds().first)
        #expect(listed.items == 1 && listed.etag == nil && listed.title == nil)
        #expect(try t.library.itemsToStore(feed: feed.id, [("a", "h2"), ("b", "x")]) == ["a", "b"])
    }

    @Test func anItemSeenAgainIsNotAddedTwiceAndAChangedOneIsUpdatedInPlace() throws {
        let t = try TempLibrary()
        let feed = try t.library.addFeed(url: "https://coast.example/feed.xml").feed
        let first = try t.library.storeItems([Self.item("a", "Harbour storm", body: "First version.", hash: "h1")], feed: feed.id)
        #expect(try t.library.itemsToStore(feed: feed.id, [("a", "h1"), ("b", "h2")]) == ["b"])
        #expect(try t.library.itemsToStore(feed: feed.id, [("a", "h1-changed")]) == ["a"])
        let second = try t.library.storeItems([Self.item("a", "Harbour storm", body: "Second version, rewritten.", hash: "h1-changed",
                                                         date: "2026-12-03")], feed: feed.id)
        #expect(second.report.updated == 1 && second.report.added == 0)
        #expect(second.paths == first.paths)   // the same file, not a duplicate
        #expect(try t.library.count() == 1)
        #expect(try t.library.search("rewritten").count == 1)
        #expect(try t.library.search("first").isEmpty)
    }

    @Test func aFailedFetchKeepsTheItemsAndShowsTheError() throws {
        let t = try TempLibrary()
        let feed = try t.library.addFeed(url: "https://coast.example/feed.xml").feed
        try t.library.storeItems([Self.item("a", "Harbour storm", body: "Waves.")], feed: feed.id)
        try t.library.recordFetch(feed: feed.id, title: "Coast", etag: "\"v1\"", lastModified: nil, changed: true)
        try t.library.recordFetch(feed: feed.id, error: "https://coast.example/feed.xml: HTTP 500 (server error)")
        var listed = try #require(try t.library.feeds().first)
        #expect(listed.items == 1)
        #expect(listed.etag == "\"v1\"")
        #expect(listed.title == "Coast")
        #expect(listed.lastError == "https://coast.example/feed.xml: HTTP 500 (server error)")
        try t.library.recordFetch(feed: feed.id)
        listed = try #require(try t.library.feeds().first)
        #expect(listed.lastError == nil)
        #expect(listed.checkedAt != nil)
    }

    @Test func removingAFeedRemovesItsItemsAndFiles() throws {
        let t = try TempLibrary()
        let feed = try t.library.addFeed(url: "https://coast.example/feed.xml").feed
        let other = try t.library.addFeed(url: "https://other.example/feed.xml").feed
        let paths = try t.library.storeItems([Self.item("a", "Harbour storm", body: "Waves.")], feed: feed.id).paths
        try t.library.storeItems([Self.item("z", "Other", body: "Elsewhere.")], feed: other.id)
        #expect(try t.library.removeFeed(id: feed.id))
        #expect(!FileManager.default.fileExists(atPath: paths[0]))
        #expect(try t.library.feeds().map(\.url) == ["https://other.example/feed.xml"])
        #expect(try t.library.count() == 1)
        #expect(try t.library.removeFeed(id: feed.id) == false)
    }

    @Test func anUnparsableItemIsReportedAndTheOthersStored() throws {
        let t = try TempLibrary()
        let feed = try t.library.addFeed(url: "https://coast.example/feed.xml").feed
        var empty = Self.item("e", "Empty", body: "")
        empty.data = Data()
        let stored = try t.library.storeItems([empty, Self.item("a", "Harbour storm", body: "Waves.")], feed: feed.id)
        #expect(stored.report.added == 1)
        #expect(stored.report.failures.count == 1)
        #expect(stored.report.failures[0].hasPrefix("https://coast.example/e: "))
    }
}
