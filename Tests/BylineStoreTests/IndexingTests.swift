import BylineKit
import BylineTestSupport
import Foundation
import Testing
@testable import BylineStore

@Suite("Indexing articles into the library")
struct IndexingTests {
    @Test func indexesAFolderRecursivelyAndListsIt() throws {
        let t = try TempLibrary()
        t.write("a.md", title: "Bus crash in the Alps", date: "2024-05-01", body: "A bus left the road.")
        t.write("sub/b.md", title: "Election results", date: "2024-06-02", body: "The count ended at dawn.")
        t.writeRaw("README.md", "# Not an article\n\nThis folder holds articles.")
        let report = try t.library.index(paths: [t.articles])
        #expect(report.added == 2)
        #expect(report.failures.isEmpty)
        let list = try t.library.articles()
        #expect(list.map(\.title) == ["Bus crash in the Alps", "Election results"])
        #expect(list[0].date?.description == "2024-05-01")
        #expect(list[1].path.hasSuffix("/articles/sub/b.md"))
        #expect(list[0].isRead == false)
    }

    @Test func unchangedFilesAreNotAnalysedAgain() throws {
        let t = try TempLibrary()
        t.write("a.md", title: "One", body: "First text.")
        t.write("b.md", title: "Two", body: "Second text.")
        let calls = CallCounter()
        let analyze: @Sendable (Article) -> AnalyzedArticle = { calls.record($0.path); return AnalyzedArticle(article: $0) }
        _ = try t.library.index(paths: [t.articles], analyze: analyze)
        #expect(calls.count == 2)
        try t.reopen()
        let again = try t.library.index(paths: [t.articles], analyze: analyze)
        #expect(again.unchanged == 2)
        #expect(again.added == 0 && again.updated == 0)
        #expect(calls.count == 2)
    }

    @Test func aChangedFileIsAnalysedAgainAndATouchedOneIsNot() throws {
        let t = try TempLibrary()
        let a = t.write("a.md", title: "Storm warning", body: "Winds of 100 km/h.")
        let b = t.write("b.md", title: "Quiet day", body: "Nothing happened.")
        try t.setModified(a, secondsAgo: 100)
        try t.setModified(b, secondsAgo: 100)
        let calls = CallCounter()
        let analyze: @Sendable (Article) -> AnalyzedArticle = { calls.record($0.path); return AnalyzedArticle(article: $0) }
        _ = try t.library.index(paths: [t.articles], analyze: analyze)

        t.write("a.md", title: "Storm warning", body: "Winds of 150 km/h, and hail.")
        try t.setModified(b, secondsAgo: 5)   // same content, new time
        let report = try t.library.index(paths: [t.articles], analyze: analyze)
        #expect(report.updated == 1)
        #expect(report.unchanged == 1)
        #expect(calls.count == 3)
        #expect(try t.library.search("hail").map(\.path) == [a])
        // The touched file's new stamp was stored: the next run does not even read it.
        let third = try t.library.index(paths: [t.articles], analyze: analyze)
        #expect(third.unchanged == 2)
        #expect(calls.count == 3)
    }

    @Test func aRemovedFileLeavesTheList() throws {
        let t = try TempLibrary()
        let a = t.write("a.md", title: "Kept", body: "Stays.")
        let b = t.write("b.md", title: "Deleted", body: "Goes away.")
        _ = try t.library.index(paths: [t.articles])
        try FileManager.default.removeItem(atPath: b)
        let report = try t.library.index(paths: [t.articles])
        #expect(report.removed == 1)
        #expect(try t.library.articles().map(\.path) == [a])
        #expect(try t.library.search("away").isEmpty)
    }

    @Test func indexingOneFolderDoesNotRemoveAnotherFoldersArticles() throws {
        let t = try TempLibrary()
        t.write("news/a.md", title: "News", body: "Some news.")
        t.write("blogs/b.md", title: "Blog", body: "Some blog.")
        _ = try t.library.index(paths: [t.articles + "/news", t.articles + "/blogs"])
        let report = try t.library.index(paths: [t.articles + "/news"])
        #expect(report.removed == 0)
        #expect(try t.library.count() == 2)
        #expect(try t.library.articles(in: [t.articles + "/blogs"]).map(\.title) == ["Blog"])
    }

    @Test func badFilesAreReportedAndTheOthersIndexed() throws {
        let t = try TempLibrary()
        t.write("good.md", title: "Good", body: "Readable.")
        let bad = t.articles + "/bad.txt"
        _ = FileManager.default.createFile(atPath: bad, contents: Data([0x41, 0x00, 0x42]))
        let report = try t.library.index(paths: [t.articles, t.root + "/missing", "-"])
        #expect(report.added == 1)
        #expect(report.failures.count == 3)
        #expect(report.failures.contains { $0.path == bad && $0.description.contains("binary") })
        #expect(report.failures.contains { $0.description.contains("missing") && $0.description.contains("no such file") })
        #expect(report.failures.contains { $0.path == "-" && $0.description.contains("standard input") })
    }

    @Test func aFileChangingWhileItIsReadIsLeftForTheNextRun() throws {
        let t = try TempLibrary()
        let path = t.write("growing.md", title: "Growing", body: "Being written.")
        // Every read is followed by a write: never stable.
        var indexer = LibraryIndexer(library: t.library, analyze: { AnalyzedArticle(article: $0) })
        indexer.afterRead = { p in
            if let h = FileHandle(forWritingAtPath: p) { h.seekToEndOfFile(); h.write(Data("more\n".utf8)); h.closeFile() }
        }
        let report = try indexer.run(paths: [t.articles], progress: nil)
        #expect(report.added == 0)
        #expect(report.failures.map(\.path) == [path])
        #expect(report.failures[0].description.contains("changed while being indexed"))

        // Changed once, then stable: indexed with the content that was read last.
        let once = OnceFlag()
        indexer.afterRead = { p in
            if once.first() { _ = FileManager.default.createFile(atPath: p, contents: Data("# Finished\n\nThe final text.\n".utf8)) }
        }
        let second = try indexer.run(paths: [t.articles], progress: nil)
        #expect(second.added == 1)
        #expect(try t.library.search("final").map(\.title) == ["Finished"])
    }

    @Test func storedAnalysisIsReusedOnlyWhileTheFileIsUnchanged() throws {
        let t = try TempLibrary()
        let path = t.write("a.md", title: "Kim speaks", body: "Kim Jong-un spoke in Pyongyang.")
        try t.setModified(path, secondsAgo: 60)
        let analyze: @Sendable (Article) -> AnalyzedArticle = {
            AnalyzedArticle(article: $0, entities: [mention("Kim Jong-un", .person, block: 1, start: 0)])
        }
        _ = try t.library.index(paths: [t.articles], analyze: analyze)
        let loaded = try ArticleLoader().load(path: path).article
        let stored = try t.library.analysis(of: loaded)
        #expect(stored?.entities.map(\.canonical) == ["Kim Jong-un"])
        #expect(stored?.article == loaded)

        t.write("a.md", title: "Kim speaks", body: "Kim Jong-un spoke in Pyongyang again.")
        #expect(try t.library.analysis(of: ArticleLoader().load(path: path).article) == nil)
    }

    @Test func corpusIndexesWithoutFailures() throws {
        let t = try TempLibrary()
        let report = try t.library.index(paths: Fixtures.corpusArticles)
        #expect(report.failures.isEmpty)
        #expect(report.added == Fixtures.corpusArticles.count)
        #expect(try t.library.count() == Fixtures.corpusArticles.count)
    }
}

/// True exactly once, from any thread.
final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var used = false

    func first() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if used { return false }
        used = true
        return true
    }
}
