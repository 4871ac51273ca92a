import BylineKit
import BylineReader
import BylineStore
import BylineTestSupport
import BylineUI
import Foundation
import Testing

/// The event loop itself, in-process on a ``MemoryTerminal``: keys, effects, worker
/// results, notices, resize. (The tmux tests keep what needs a real terminal: curses,
/// signals, escape sequences on the wire.)
@MainActor
@Suite("The reader's event loop, in-process")
struct ReaderLoopTests {
    static let rain = """
         date 2024-11-18 Rain in Tokyo

        Rain fell on Tokyo on Monday.

        “It will stop soon,” said Kenji Sato, a forecaster.

        The trains ran late.
        """

    /// Runs the loop on `terminal` with default settings and, unless given, no library.
    func run(_ terminal: MemoryTerminal, paths: [String], library: LibrarySession? = nil) -> ReaderLoop.Outcome {
        let settings = ThreadedValue<ReaderLoop.Settings> { (ReaderSettings(), ReaderOptions()) }
        let session = library ?? LibrarySession(paths: paths, environment: [:], history: false)
        return ReaderLoop.run(on: terminal, paths: paths, settings: settings, worker: BackgroundWorker(held: true),
                              library: ThreadedValue { session }, memoryPath: nil)
    }

    @Test("a key reaches the reader and is drawn; q quits with status 0 and nothing is sent raw")
    func keysAndFrames() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("rain.txt", Self.rain)
        let terminal = MemoryTerminal(width: 40, height: 6, script: [.idle, .key(.character("j")), .idle, .key(.character("q"))])
        let outcome = run(terminal, paths: [path])
        #expect(outcome == ReaderLoop.Outcome(status: 0, problems: []))
        assertWholeScreen(terminal.frames.last!, lines: [
            "",
            " 2024-11-18",
            "",
            " Rain fell on Tokyo on Monday.",
            "",
            " Rain in Tokyo        L2/10 60%  ? help",
        ])
        #expect(terminal.sent.isEmpty)
    }

    @Test("a large file is shown from its beginning, then G lands at the end of the whole file once the worker has read it")
    func largeFileArrivesFromTheWorker() throws {
        let tmp = try TempFolder()
        let paragraphs = (1...30_000).map { "Paragraph \($0) is here." }
        let path = try tmp.write("big.txt", " date 2024-11-18 A long day\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
        let terminal = MemoryTerminal(width: 40, height: 6, script: [.idle, .key(.character("G"))])
        _ = run(terminal, paths: [path])
        // The first frame holds the head only: its last paragraph is far before the end.
        #expect(terminal.frames.first!.plainText.contains("A long day"))
        assertWholeScreen(terminal.frames.last!, lines: [
            " Paragraph 29998 is here.",
            "",
            " Paragraph 29999 is here.",
            "",
            " Paragraph 30000 is here.",
            " A long day ~L59999/~60003 100%  ? help",
        ])
    }

    @Test("a file that cannot be read is said on the first screen and returned for standard error, status 1")
    func problemsAreNoticedAndReturned() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("rain.txt", Self.rain)
        let missing = tmp.path + "/gone.txt"
        let terminal = MemoryTerminal(width: 200, height: 5)
        let outcome = run(terminal, paths: [path, missing])
        #expect(outcome.status == 1)
        #expect(outcome.problems.count == 1 && outcome.problems[0].contains("gone.txt"))
        let screen = terminal.frames.last!
        let text = String(repeating: " ", count: 50)
        assertScreen(screen, lines: [text + "Rain in Tokyo", "", text + "2024-11-18", ""])
        let status = String(screen.lines()[4].reversed().drop { $0 == " " }.reversed())
        #expect(status.hasPrefix(" \(outcome.problems[0])  ") && status.hasSuffix("L1/9 44%  ? help"))
    }

    @Test("nothing to read: nothing is drawn, status 1 and the reason")
    func nothingToRead() throws {
        let tmp = try TempFolder()
        let terminal = MemoryTerminal(width: 40, height: 6)
        let outcome = run(terminal, paths: [tmp.path + "/gone.txt"])
        #expect(outcome.status == 1 && outcome.problems.count == 1 && outcome.problems[0].contains("gone.txt"))
        #expect(terminal.frames.isEmpty)
    }

    @Test("a resize redraws the whole reader at the new size")
    func resize() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("rain.txt", Self.rain)
        let terminal = MemoryTerminal(width: 40, height: 6, script: [.idle, .resize(width: 64, height: 8)])
        _ = run(terminal, paths: [path])
        assertWholeScreen(terminal.frames.last!, lines: [
            " Rain in Tokyo",
            "",
            " 2024-11-18",
            "",
            " Rain fell on Tokyo on Monday.",
            "",
            " “It will stop soon,” said Kenji Sato, a forecaster.",
            " Rain in Tokyo                                 L1/9 77%  ? help",
        ])
    }

    @Test("y after marking a quotation sends one OSC 52 sequence with its words, speaker and title")
    func clipboard() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("rain.txt", Self.rain)
        let terminal = MemoryTerminal(width: 40, height: 6, script: [.idle] + MemoryTerminal.Step.keys("'y"))
        _ = run(terminal, paths: [path])
        #expect(terminal.sent == [Clipboard.osc52("“It will stop soon,” — Kenji Sato, “Rain in Tokyo”")])
        assertWholeScreen(terminal.frames.last!, lines: [
            "",
            " “It will stop soon,” said Kenji Sato,",
            " a forecaster.",
            "",
            " The trains ran late.",
            " Copied quote 1 of … L6/10 100%  ? help",
        ])
    }

    @Test("S without a library says why on the status line")
    func lookUpWithoutLibrary() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("rain.txt", Self.rain)
        let terminal = MemoryTerminal(width: 60, height: 6, script: [.idle] + MemoryTerminal.Step.keys("Strains") + [.key(.enter)])
        _ = run(terminal, paths: [path])
        assertWholeScreen(terminal.frames.last!, lines: [
            " Rain in Tokyo",
            "",
            " 2024-11-18",
            "",
            " Rain fell on Tokyo on Monday.",
            " Library look-ups are unavailable: histor… L1/9 55%  ? help",
        ])
    }

    @Test("S lists the library's answer, articles not open in the reader included, and opening one reads its file")
    func lookUpAddsLibraryArticles() throws {
        let tmp = try TempFolder()
        let rain = try tmp.write("news/rain.txt", Self.rain)
        _ = try tmp.write("news/snow.txt", " date 2024-11-19 Snow in Sapporo\n\nSnow fell. The trains stopped.\n")
        let libraryPath = tmp.path + "/library.sqlite"
        _ = try Library(path: libraryPath).index(paths: [tmp.path + "/news"])
        let session = LibrarySession(paths: [rain], environment: ["BYLINE_LIBRARY": libraryPath])
        let terminal = MemoryTerminal(width: 120, height: 12, script: [.idle] + MemoryTerminal.Step.keys("Strains") + [.key(.enter), .idle])
        _ = run(terminal, paths: [rain], library: session)
        assertWholeScreen(terminal.frames.last!, lines: [
            "▶ Library search “trains” 1/2…│  Article 1/2 ──────────────────────────────────────│  [Quotes 1] Entities 3 ────────────",
            " N  Snow in Sapporo           │ Rain in Tokyo                                      │ Kenji Sato: “It will stop soon,”",
            "•   Rain in Tokyo             │                                                    │",
            "                              │ 2024-11-18                                         │",
            "                              │                                                    │",
            "                              │ Rain fell on Tokyo on Monday.                      │",
            "                              │                                                    │",
            "                              │ “It will stop soon,” said Kenji Sato, a            │",
            "                              │ forecaster.                                        │",
            "                              │                                                    │",
            "                              │ The trains ran late.                               │",
            " 2 articles match “trains”                                                                           L1/10 100%  ? help",
        ])
        // Enter opens the article the library added: its file is read and the search
        // words marked.
        let opened = MemoryTerminal(width: 120, height: 12, script: [.idle] + MemoryTerminal.Step.keys("Strains") + [.key(.enter), .idle, .key(.enter), .idle])
        _ = run(opened, paths: [rain], library: LibrarySession(paths: [rain], environment: ["BYLINE_LIBRARY": libraryPath]))
        assertWholeScreen(opened.frames.last!, lines: [
            "  Library search “trains” 1/2…│▶ Article 2/2 /trains: 1/1 ─────────────────────────│  [Quotes 0] Entities 1 ────────────",
            "•   Snow in Sapporo           │ Snow in Sapporo                                    │ (no quotations found)",
            "    Rain in Tokyo             │                                                    │",
            "                              │ 2024-11-19                                         │",
            "                              │                                                    │",
            "                              │ Snow fell. The trains stopped.                     │",
            "                              │                                                    │",
            "                              │                                                    │",
            "                              │                                                    │",
            "                              │                                                    │",
            "                              │                                                    │",
            " Match 1 of 1                                                                                         L1/5 100%  ? help",
        ])
        // The match marked in the text: "trains" from column 47.
        let styles = opened.frames.last!.styleMap()[5]
        #expect(Array(styles)[47..<53].allSatisfy { $0 == "/" } && Array(styles)[46] != "/" && Array(styles)[53] != "/")
    }

    @Test("keys typed faster than frames are drawn are handled together: one frame for three lines down")
    func typedAheadKeysShareAFrame() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("rain.txt", Self.rain)
        let before = MemoryTerminal(width: 40, height: 6, script: [.idle])
        _ = run(before, paths: [path])
        let terminal = MemoryTerminal(width: 40, height: 6, script: [.idle] + MemoryTerminal.Step.keys("jjj") + [.idle])
        _ = run(terminal, paths: [path])
        #expect(terminal.frames.count == before.frames.count + 1)
        assertWholeScreen(terminal.frames.last!, lines: [
            "",
            " Rain fell on Tokyo on Monday.",
            "",
            " “It will stop soon,” said Kenji Sato,",
            " a forecaster.",
            " Rain in Tokyo        L4/10 80%  ? help",
        ])
    }
}
