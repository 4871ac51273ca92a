import BylineStore
import BylineTestSupport
import Foundation
import GRDB
import Testing

/// The reader killed by a signal while it indexes its folder in the background: the
/// library stays sound, the reading state saved before the signal is there, and a
/// signal the reader can catch leaves the terminal in the modes it found.
@Suite("Signals during background indexing", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ReaderSignalTests {
    /// 20 copies of the seed articles, each copy made different, so that indexing takes
    /// seconds.
    static let copies = 20

    func makeFolder(_ tmp: TempFolder) throws -> (folder: String, count: Int) {
        let seeds = Fixtures.root.appendingPathComponent("seeds").path
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        var count = 0
        for copy in 0..<Self.copies {
            for name in names {
                var text = try String(contentsOfFile: seeds + "/" + name, encoding: .utf8)
                text += "\n\nCopy \(copy) of this article, kept for a test.\n"
                try tmp.write(String(format: "news/%02d-%@", copy, name), text)
                count += 1
            }
        }
        return (tmp.path + "/news", count)
    }

    /// The reader's process id: the child of the pane's shell.
    func readerPID(_ tmux: TmuxSession) throws -> pid_t {
        let shell = tmux.tmux("display-message", "-p", "-t", "0", "#{pane_pid}").output.trimmingCharacters(in: .whitespacesAndNewlines)
        func children(_ pid: String) -> [String] {
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? "").split(separator: " ").map(String.init)
        }
        let reader = children(shell).flatMap { [$0] + children($0) }.first { pid in
            ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").hasPrefix("byline")
        }
        return try #require(reader.flatMap { Int32($0) }, "reader process not found under \(shell)")
    }

    func articleCount(_ library: String) -> Int {
        (try? DatabaseQueue(path: library, configuration: { var c = Configuration(); c.readonly = true; return c }())
            .read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }) ?? 0
    }

    @Test("SIGKILL, SIGTERM, SIGHUP and SIGINT while indexing: the library is sound, the reading state kept, the terminal restored",
          arguments: [SIGKILL, SIGTERM, SIGHUP, SIGINT])
    func killedWhileIndexing(signal: Int32) throws {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmp = try TempFolder()
        let (folder, total) = try makeFolder(tmp)
        let library = tmp.path + "/library.sqlite"
        let tmux = try TmuxSession(command: ["sh", "-i"], width: 100, height: 30,
                                   environment: ["PS1": "PROMPT$ ", "BYLINE_LIBRARY": library])
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("PROMPT$") }.ok)
        let shellModes = tmux.modes()
        tmux.type("\(Binary.byline) \(folder)")
        tmux.send("Enter")
        #expect(tmux.waitFor(timeout: 20) { $0.contains("Kim Jong Un") }.ok)
        // The second article, a page down: its read mark and position are saved.
        tmux.send("J")
        tmux.send("NPage")
        let opened = try String(format: "%@/00-%@", folder,
                                #require(try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("seeds").path)
                                    .filter { $0.hasSuffix(".txt") }.sorted().dropFirst().first))
        let deadline = Date().addingTimeInterval(20)
        var saved: ReadingState?
        while Date() < deadline {
            // Saved, and the same a moment later (no write still on its way).
            if let state = try? Library(path: library, options: Library.Options(readOnly: true)).readingState(for: opened),
               state.isRead, (state.position?.block ?? 0) > 0 {
                if state == saved { break }
                saved = state
            }
            usleep(300_000)
        }
        let before = try #require(saved, "the reading state was never saved")
        // In the middle of the indexing.
        let indexed = articleCount(library)
        #expect(indexed < total, "indexing was over (\(indexed) of \(total)) before the signal")
        let readerModes = tmux.modes()
        kill(try readerPID(tmux), signal)
        let back = tmux.waitFor(timeout: 10) { $0.contains("PROMPT$") && !$0.contains("Kim Jong Un has criticised") }
        if signal != SIGKILL {
            #expect(back.ok, "\(back.screen)")
            let deadline = Date().addingTimeInterval(3)
            while tmux.modes() != shellModes && Date() < deadline { usleep(30_000) }
            #expect(tmux.modes() == shellModes, "after signal \(signal); in the reader: \(readerModes)")
        }
        // Ctrl-J (a line feed) rather than Enter: after SIGKILL the terminal keeps the
        // reader's tty modes, where Enter's carriage return no longer ends a line.
        tmux.type("echo status=$?")
        tmux.send("C-j")
        // (After SIGKILL the line may start far right and wrap: spaces and breaks dropped.)
        let status = tmux.waitFor { $0.filter { $0 != " " && $0 != "\n" }.contains("status=\(128 + signal)") }
        #expect(status.ok, "\(status.screen)")

        let check = try DatabaseQueue(path: library).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"], "after signal \(signal)")
        let after = try Library(path: library).readingState(for: opened)
        #expect(after.isRead && after.position == before.position, "after signal \(signal): \(after) (saved: \(before))")
        if signal == SIGKILL {
            // The next run finishes the indexing the killed one left half done.
            let added = try ProcessRunner.run(Binary.byline, ["add", "--library", library, folder])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(articleCount(library) == total)
        }
    }
}
