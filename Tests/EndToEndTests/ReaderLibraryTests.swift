import BylineTestSupport
import Foundation
import Testing

/// The reader with the library index: positions restored, library search in the list.
@Suite("Reader and library end to end", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ReaderLibraryTests {
    let tmp: TempFolder
    let folder: String
    let library: String

    init() throws {
        tmp = try TempFolder()
        folder = tmp.path + "/news"
        for n in [1, 2, 3] {
            let source = Fixtures.corpus(n)
            try tmp.write("news/" + URL(fileURLWithPath: source).lastPathComponent, try Data(contentsOf: URL(fileURLWithPath: source)))
        }
        library = tmp.path + "/library.sqlite"
    }

    private func start() throws -> TmuxSession {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        return try TmuxSession(command: [Binary.byline, folder], width: 100, height: 24, environment: ["BYLINE_LIBRARY": library])
    }

    /// The top line number the status line shows (`L17/119`).
    private func topLine(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"L[0-9]+/"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst().dropLast())
    }

    @Test("the reading position is restored when the folder is opened again")
    func positionRestored() throws {
        let first = try start()
        #expect(first.waitFor { $0.contains("Magnitogorsk") }.ok)
        first.send("NPage")
        first.send("NPage")
        let scrolled = first.waitFor { (topLine($0) ?? 1) > 20 }
        #expect(scrolled.ok, "\(scrolled.screen)")
        first.send("q")
        #expect(first.exitStatus() == 0)
        first.close()

        let second = try start()
        defer { second.close() }
        let reopened = second.waitFor { (topLine($0) ?? 1) > 1 }
        #expect(reopened.ok, "position not restored:\n\(reopened.screen)")
        #expect((topLine(reopened.screen) ?? 0) <= (topLine(scrolled.screen) ?? 0))
        second.send("q")
        #expect(second.exitStatus() == 0)
    }

    @Test("S searches the library and the list shows the matches")
    func librarySearch() throws {
        let add = try ProcessRunner.run(Binary.byline, ["add", "--library", library, folder])
        #expect(add.status == 0, "\(add.stderr)")
        let tmux = try start()
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("Magnitogorsk") }.ok)
        tmux.send("S")
        tmux.type("escape room")
        tmux.send("Enter")
        let found = tmux.waitFor { $0.contains("1 article match") }
        #expect(found.ok, "\(found.screen)")
        #expect(found.screen.contains("Escape room fire"))
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test("a damaged library leaves the reader working, with a message")
    func damagedLibrary() throws {
        _ = try tmp.write("library.sqlite", String(repeating: "not a database ", count: 400))
        let before = FileManager.default.contents(atPath: library)
        let tmux = try start()
        defer { tmux.close() }
        let screen = tmux.waitFor { $0.contains("Magnitogorsk") && $0.contains("damaged") }
        #expect(screen.ok, "\(screen.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(FileManager.default.contents(atPath: library) == before)
    }
}
