import BylineKit
import Foundation
import Testing
@testable import BylineStore

@Suite("Reading state: read, position, bookmarks")
struct ReadingStateTests {
    @Test func stateIsKeptAcrossRuns() throws {
        let t = try TempLibrary()
        let path = t.write("a.md", title: "Long read", body: "One.\n\nTwo.\n\nThree.")
        _ = try t.library.index(paths: [t.articles])
        try t.library.setRead(true, for: path)
        try t.library.setPosition(ReadingPosition(block: 2, offset: 3), for: path)
        try t.library.addBookmark(at: ReadingPosition(block: 3, offset: 0), label: "Three.", for: path)
        try t.reopen()
        let state = try t.library.readingState(for: path)
        #expect(state.isRead)
        #expect(state.position == ReadingPosition(block: 2, offset: 3))
        #expect(state.bookmarks.map(\.label) == ["Three."])
        let listed = try #require(try t.library.articles().first)
        #expect(listed.isRead && listed.position == ReadingPosition(block: 2, offset: 3))
    }

    @Test func eachChangeIsCommittedAtOnce() throws {
        let t = try TempLibrary()
        let path = t.write("a.md", title: "A", body: "Text.")
        // A second connection, as another process would have, sees each change at once.
        let other = try Library(path: t.databasePath)
        try t.library.setPosition(ReadingPosition(block: 1, offset: 10), for: path)
        #expect(try other.readingState(for: path).position == ReadingPosition(block: 1, offset: 10))
        try t.library.setRead(true, for: path)
        #expect(try other.readingState(for: path).isRead)
        #expect(try other.readingState(for: path).position == ReadingPosition(block: 1, offset: 10))
    }

    @Test func stateSurvivesReindexingAndRemoval() throws {
        let t = try TempLibrary()
        let path = t.write("a.md", title: "A", body: "Text.")
        _ = try t.library.index(paths: [t.articles])
        try t.library.setRead(true, for: path)
        t.write("a.md", title: "A", body: "Text, edited.")
        _ = try t.library.index(paths: [t.articles])
        #expect(try t.library.readingState(for: path).isRead)
        try t.library.remove(paths: [path])
        #expect(try t.library.articles().isEmpty)
        _ = try t.library.index(paths: [t.articles])
        #expect(try t.library.articles().first?.isRead == true)
    }

    @Test func bookmarksAddRelabelAndRemove() throws {
        let t = try TempLibrary()
        let path = t.articles + "/a.md"
        let first = try t.library.addBookmark(at: ReadingPosition(block: 4, offset: 2), label: "later", for: path)
        try t.library.addBookmark(at: ReadingPosition(block: 1), label: "start", for: path)
        try t.library.addBookmark(at: ReadingPosition(block: 4, offset: 2), label: "renamed", for: path)
        #expect(try t.library.readingState(for: path).bookmarks.map(\.label) == ["start", "renamed"])
        try t.library.removeBookmark(id: first.id)
        #expect(try t.library.readingState(for: path).bookmarks.map(\.label) == ["start"])
        #expect(try t.library.bookmarks().count == 1)
    }

    @Test func relativeAndAbsolutePathsAreOneArticle() throws {
        let t = try TempLibrary()
        let path = t.articles + "/x.md"
        try t.library.setRead(true, for: t.articles + "/sub/../x.md")
        #expect(try t.library.readingState(for: path).isRead)
    }
}
