import BylineKit
import BylineTestSupport
import Foundation
import Testing
@testable import BylineStore

@Suite("Failures: damaged, busy, read-only and full databases")
struct RobustnessTests {
    @Test func aDamagedFileIsReportedAndLeftUntouched() throws {
        let t = try TempLibrary()
        let garbage = Data(repeating: 0x78, count: 8192)
        let damaged = t.root + "/damaged.sqlite"
        _ = FileManager.default.createFile(atPath: damaged, contents: garbage)
        let error = #expect(throws: StoreError.self) { try Library(path: damaged) }
        guard case .corrupt = error?.problem else {
            Issue.record("expected .corrupt, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains(damaged) == true)
        #expect(error?.description.contains("move it away") == true)
        #expect(FileManager.default.contents(atPath: damaged) == garbage)
    }

    @Test("a library damaged in its middle opens, but its integrity check names the damage and changes nothing")
    func damagedPagesAreFoundBeforeWriting() throws {
        let t = try TempLibrary()
        let path = t.root + "/seeds.sqlite"
        do {
            // Its only connection, closed at the end of this block: the WAL is then
            // folded into the file, which the noise below lands in.
            let library = try Library(path: path)
            _ = try library.index(paths: [Fixtures.root.appendingPathComponent("seeds").path])
            try library.checkIntegrity()
        }
        try LibraryDamage.overwrite(path, page: 28, count: 40 * 1024)   // the first pages of articles (the schema ends at page 28)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Opening and listing can still work: the damage is in pages they do not read.
        let damaged = try Library(path: path)
        let error = #expect(throws: StoreError.self) { try damaged.checkIntegrity() }
        guard case .corrupt(let why) = error?.problem else {
            Issue.record("expected .corrupt, got \(String(describing: error))")
            return
        }
        #expect(!why.contains("***") && !why.contains("\n"), "\(why)")
        #expect(error?.description.contains("\(path) is damaged") == true)
        #expect(error?.description.contains("writes nothing to it") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aReadOnlyLibraryStillSearchesButRefusesWrites() throws {
        let t = try TempLibrary()
        let path = t.write("a.md", title: "Flood", body: "The river rose.")
        _ = try t.library.index(paths: [t.articles])
        try t.library.setRead(true, for: path)
        try t.reopen(options: Library.Options(readOnly: true))
        #expect(t.library.isReadOnly)
        #expect(try t.library.search("river").count == 1)
        #expect(try t.library.readingState(for: path).isRead)
        let error = #expect(throws: StoreError.self) { try t.library.setRead(false, for: path) }
        #expect(error?.problem == .readOnly)
        #expect(error?.description.contains("read-only") == true)
        #expect(throws: StoreError.self) { try t.library.index(paths: [t.articles]) }
    }

    @Test(.enabled(if: getuid() != 0, "root can write read-only files"))
    func aFileWithoutWritePermissionOpensReadOnly() throws {
        let t = try TempLibrary()
        _ = try t.library.index(paths: [t.articles])
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: t.databasePath)
        try t.reopen()
        #expect(t.library.isReadOnly)
        #expect(t.library.notice?.problem == .readOnly)
    }

    @Test func aFullDiskKeepsWhatWasSaved() throws {
        let t = try TempLibrary()
        let path = t.articles + "/first.md"
        try t.library.setPosition(ReadingPosition(block: 3, offset: 7), for: path)
        try t.reopen(options: Library.Options(maximumPageCount: 48))
        // The whole corpus (190 KB of text plus its index) does not fit in 48 pages.
        let error = #expect(throws: StoreError.self) { try t.library.index(paths: Fixtures.corpusArticles) }
        #expect(error?.problem == .full)
        #expect(error?.description.contains("disk is full") == true)
        try t.reopen()
        #expect(try t.library.readingState(for: path).position == ReadingPosition(block: 3, offset: 7))
        // Batches committed before the disk filled are intact and searchable.
        let count = try t.library.count()
        #expect(try t.library.articles().count == count)
        _ = try t.library.index(paths: Fixtures.corpusArticles)
        #expect(try t.library.count() == Fixtures.corpusArticles.count)
    }

    /// Holds the write lock of `library` on another thread for `seconds`; returns once
    /// the lock is taken, and a semaphore signalled when it is released.
    private func holdWriteLock(_ library: Library, seconds: Double) -> DispatchSemaphore {
        let taken = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? library.queue.write { db in
                try db.execute(sql: "UPDATE reading_state SET updatedAt = updatedAt")   // take the lock
                taken.signal()
                Thread.sleep(forTimeInterval: seconds)
            }
            released.signal()
        }
        taken.wait()
        return released
    }

    @Test func aSecondWriterWaitsForTheFirst() throws {
        let t = try TempLibrary()
        let path = t.articles + "/a.md"
        let other = try Library(path: t.databasePath)
        let released = holdWriteLock(t.library, seconds: 0.3)
        try other.setRead(true, for: path)   // waits up to 5 s
        released.wait()
        #expect(try t.library.readingState(for: path).isRead)
    }

    @Test func aWriterThatWaitsTooLongGetsAClearMessage() throws {
        let t = try TempLibrary()
        let path = t.articles + "/a.md"
        let impatient = try Library(path: t.databasePath, options: Library.Options(busyTimeout: 0.1))
        let released = holdWriteLock(t.library, seconds: 1)
        let error = #expect(throws: StoreError.self) { try impatient.setRead(true, for: path) }
        #expect(error?.problem == .busy)
        #expect(error?.description.contains("another byline") == true)
        // Reading is never blocked by a writer (WAL).
        #expect(try impatient.readingState(for: path).isRead == false)
        released.wait()
        try impatient.setRead(true, for: path)
        #expect(try t.library.readingState(for: path).isRead)
    }

    @Test func aLibraryFromANewerBylineIsOpenedReadOnly() throws {
        let t = try TempLibrary()
        let path = t.articles + "/a.md"
        try t.library.setRead(true, for: path)
        try t.library.queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-future')") }
        try t.reopen()
        #expect(t.library.isReadOnly)
        #expect(t.library.notice?.problem == .newerSchema)
        #expect(try t.library.readingState(for: path).isRead)
    }

    @Test func anUnwritableLocationIsACleanError() throws {
        let t = try TempLibrary()
        let blocker = t.root + "/file"
        _ = FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8))
        let error = #expect(throws: StoreError.self) { try Library(path: blocker + "/library.sqlite") }
        #expect(error?.description.contains(blocker) == true)
        let nested = #expect(throws: StoreError.self) { try Library(path: blocker + "/byline/library.sqlite") }
        #expect(nested?.description.contains("cannot create the folder \(blocker)/byline: \(blocker) is a file, not a folder") == true,
                "\(String(describing: nested))")
    }

    @Test func locationFollowsXDG() {
        #expect(LibraryLocation.resolve(environment: ["HOME": "/home/ann"]) == "/home/ann/.local/share/byline/library.sqlite")
        #expect(LibraryLocation.resolve(environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "/data"]) == "/data/byline/library.sqlite")
        #expect(LibraryLocation.resolve(environment: ["HOME": "/h", "XDG_DATA_HOME": "relative"]) == "/h/.local/share/byline/library.sqlite")
        #expect(LibraryLocation.resolve(environment: ["BYLINE_LIBRARY": "/tmp/x.sqlite", "HOME": "/h"]) == "/tmp/x.sqlite")
    }
}
