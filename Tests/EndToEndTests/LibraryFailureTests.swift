import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import Synchronization
import Testing

/// The library shared or held by another process, and a library from a newer byline:
/// each says so, the reader keeps reading the files, and no reading state is lost.
@Suite("Library failures across processes", .serialized)
struct LibraryFailureTests {
    let tmp: TempFolder
    let folder: String
    let library: String
    /// The news files, in the reader's list order.
    let files: [String]

    init() throws {
        tmp = try TempFolder()
        folder = tmp.path + "/news"
        var files: [String] = []
        for n in [1, 3, 5] {
            let source = Fixtures.corpus(n)
            files.append(try tmp.write("news/" + URL(fileURLWithPath: source).lastPathComponent,
                                       try Data(contentsOf: URL(fileURLWithPath: source))))
        }
        self.files = files
        library = tmp.path + "/library.sqlite"
    }

    private func add(_ paths: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(Binary.byline, ["add", "--library", library] + paths)
    }

    /// The reader on the news folder, wide enough for a message naming the library file.
    private func reader() throws -> TmuxSession {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        return try TmuxSession(command: [Binary.byline, folder], width: 200, height: 24, environment: ["BYLINE_LIBRARY": library])
    }

    /// Takes the library's write lock from this process, as a second byline writing
    /// would, and holds it for `seconds` on another thread; returns once it is taken
    /// (waiting up to 10 s for the reader's own writes), and a semaphore signalled when
    /// it is released.
    private func holdWriteLock(seconds: Double) throws -> DispatchSemaphore {
        var config = Configuration()
        config.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: library, configuration: config)
        let taken = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)
        Thread.detachNewThread {
            do {
                try queue.inDatabase { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    taken.signal()
                    Thread.sleep(forTimeInterval: seconds)
                    try db.execute(sql: "COMMIT")
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
                taken.signal()
            }
            released.signal()
        }
        taken.wait()
        if let failure = failure.withLock({ $0 }) {
            released.wait()
            throw LockFailure(description: "could not take the library's write lock: \(failure)")
        }
        return released
    }

    @Test("while another process holds the library the reader keeps reading, says so, and saves once it is free")
    func lockedLibrary() throws {
        #expect(try add([folder]).status == 0)
        let tmux = try reader()
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("Magnitogorsk") && !$0.contains("analysing") }.ok)

        let released = try holdWriteLock(seconds: 7)
        tmux.send("J")   // opens the second article: a read mark and a position to save
        let moved = tmux.waitFor(timeout: 2) { $0.contains("Article 2/3") }
        #expect(moved.ok, "the reader waited for the library:\n\(moved.screen)")
        let busy = tmux.waitFor(timeout: 8) { $0.contains("is busy: another byline is writing to it") }
        #expect(busy.ok, "\(busy.screen)")
        tmux.send("j")
        #expect(tmux.waitFor { $0.contains("L2/") }.ok)
        released.wait()
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)

        let state = try Library(path: library).readingState(for: files[1])
        #expect(state.isRead, "the read mark held back by the lock was lost")
        #expect(state.position != nil)
    }

    @Test("quitting while another process holds the library is quick and names what was not saved")
    func quitWhileLocked() throws {
        #expect(try add([folder]).status == 0)
        let tmux = try reader()
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("Magnitogorsk") && !$0.contains("analysing") }.ok)
        let released = try holdWriteLock(seconds: 8)
        tmux.send("J")
        #expect(tmux.waitFor(timeout: 2) { $0.contains("Article 2/3") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus(timeout: 6) == 0)
        let stillHeld = released.wait(timeout: .now()) == .timedOut
        #expect(stillHeld, "quitting waited for the other process to let go")
        let told = tmux.waitFor { $0.contains("is busy") && $0.contains("not saved") }
        #expect(told.ok, "\(told.screen)")
        if stillHeld { released.wait() }
    }

    @Test("two byline add at once on one library both finish, and the library holds both folders")
    func twoProcessesIndexing() throws {
        let corpus = Fixtures.corpusArticles
        let half = corpus.count / 2
        for (i, source) in corpus.enumerated() {
            let name = (i < half ? "first/" : "second/") + URL(fileURLWithPath: source).lastPathComponent
            _ = try tmp.write(name, try Data(contentsOf: URL(fileURLWithPath: source)))
        }
        let first = tmp.path + "/first", second = tmp.path + "/second"
        #expect(try add([folder]).status == 0)   // the library exists before the race
        let results = Mutex<[ProcessRunner.Result]>([])
        let library = library
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let r = try? ProcessRunner.run(Binary.byline, ["add", "--library", library, i == 0 ? first : second])
            if let r { results.withLock { $0.append(r) } }
        }
        let both = results.withLock { $0 }
        #expect(both.count == 2)
        // Status 1 names a bad corpus file; 2 would be the library failing.
        for r in both { #expect(r.status != 2 && !r.stderr.contains("busy"), "\(r.stderr)") }

        // Nothing is left to index: both runs committed everything they read.
        let again = try add([first, second])
        #expect(again.stdout.contains("0 added, 0 updated"), "\(again.stdout)")
        let count = try Library(path: library).count()
        let indexable = try #require(Int(again.stdout.firstMatch(of: /([0-9]+) unchanged/)?.1 ?? ""))
        #expect(count == indexable + files.count)
    }

    @Test("a library from a newer byline: the reader reads and searches it, and writes nothing to it")
    func newerLibrary() throws {
        #expect(try add([folder]).status == 0)
        // (The connection closes at once, which folds its WAL into the file.)
        try DatabaseQueue(path: library).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-future')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: library))
        let tmux = try reader()
        defer { tmux.close() }
        let notice = tmux.waitFor { $0.contains("Magnitogorsk") && $0.contains("newer version of byline") }
        #expect(notice.ok, "\(notice.screen)")
        tmux.send("S")
        tmux.type("fundraising event")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("1 article matches") }.ok)
        tmux.send("Enter")
        tmux.send("J")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: library)) == before)
        #expect(try Library(path: library, options: Library.Options(readOnly: true)).readingState(for: files[2]).isRead == false)
    }

    @Test("a damaged library: the reader says so and writes nothing to it; byline add fails with the same message")
    func damagedLibrary() throws {
        let seeds = Fixtures.root.appendingPathComponent("seeds").path
        #expect(try add([seeds]).status == 0)
        // Noise over pages that neither opening the library nor listing it reads (the
        // full-text index): only the integrity check finds it before a write would.
        try LibraryDamage.overwrite(library, page: 28, count: 40 * 1024)   // the schema ends at page 28
        let before = try Data(contentsOf: URL(fileURLWithPath: library))
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmux = try TmuxSession(command: [Binary.byline, seeds], width: 200, height: 24, environment: ["BYLINE_LIBRARY": library])
        defer { tmux.close() }
        let notice = tmux.waitFor { $0.contains("North Korean") && $0.contains("is damaged") }
        #expect(notice.ok, "\(notice.screen)")
        #expect(notice.screen.contains("byline writes nothing"), "\(notice.screen)")
        // Reading, moving and opening other articles would save positions and read marks.
        tmux.send("NPage", "NPage", "J", "NPage", "J", "m")
        #expect(tmux.waitFor { $0.contains("Article 3/13") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: library)) == before, "the reader wrote into the damaged library")
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: library + "-wal"))) ?? Data()
        #expect(wal.isEmpty, "the reader wrote \(wal.count) bytes of WAL for the damaged library")

        let again = try add([seeds])
        #expect(again.status == 2)
        #expect(!again.stdout.contains("unchanged"), "\(again.stdout)")
        #expect(again.stderr.contains("library \(library) is damaged ("), "\(again.stderr)")
        #expect(again.stderr.contains("byline writes nothing to it: move it away to start a new library"), "\(again.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: library)) == before)
    }

    @Test("a library that cannot be created: the reader reads the files, says why, and quits cleanly")
    func libraryCannotBeCreated() throws {
        let blocker = try tmp.write("blocker", "a file where the library's folder should be")
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmux = try TmuxSession(command: [Binary.byline, folder], width: 200, height: 24,
                                   environment: ["BYLINE_LIBRARY": blocker + "/byline/library.sqlite"])
        defer { tmux.close() }
        // (The message names the library file, so it runs past the status line here.)
        let screen = tmux.waitFor { $0.contains("Magnitogorsk") && $0.contains("/byline/library.sqlite cannot be opened") }
        #expect(screen.ok, "\(screen.screen)")
        tmux.send("J")
        #expect(tmux.waitFor { $0.contains("Article 2/3") }.ok)
        tmux.send("S")
        tmux.type("fire")
        tmux.send("Enter")
        #expect(tmux.waitFor { $0.contains("Library look-ups are unavailable") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}

/// The test could not take the library's write lock.
struct LockFailure: Error, CustomStringConvertible {
    var description: String
}
