import BylineTestSupport
import Foundation
import Testing

/// What a read leaves in the home folder: a private library, or nothing at all.
@Suite("What the reader writes", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ReaderPrivacyTests {
    let seeds = Fixtures.root.appendingPathComponent("seeds").path

    /// Every file and folder under `root`, relative, with its permissions.
    func tree(_ root: String) -> [String: Int] {
        var result: [String: Int] = [:]
        let walker = FileManager.default.enumerator(atPath: root)
        while let relative = walker?.nextObject() as? String {
            var info = stat()
            if lstat(root + "/" + relative, &info) == 0 { result[relative] = Int(info.st_mode & 0o777) }
        }
        return result
    }

    /// Reads, scrolls, opens the next article, bookmarks, searches the library and quits,
    /// with HOME in `home` and no other place to write to.
    func read(home: String, _ options: [String] = [], whileOpen: () -> Void = {}) throws -> String {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmux = try TmuxSession(command: [Binary.byline] + options + [seeds], width: 100, height: 24,
                                   environment: ["HOME": home, "BYLINE_LIBRARY": ""])
        defer { tmux.close() }
        // A second read of the same library opens the article read last.
        #expect(tmux.waitFor { $0.range(of: #"▶ Article [0-9]+/13"#, options: .regularExpression) != nil }.ok)
        tmux.send("NPage", "J", "m", "S")
        tmux.type("Kim")
        tmux.send("Enter")
        let screen = tmux.waitFor { $0.contains("Library look-ups are unavailable") || $0.contains("match") }
        whileOpen()
        tmux.send("Escape", "q")
        #expect(tmux.exitStatus() == 0)
        return screen.screen
    }

    @Test("a read keeps its library private: 0700 folders, 0600 files (-wal and -shm too)")
    func privateLibrary() throws {
        let home = try TempFolder()
        let folder = ".local/share/byline"
        _ = try read(home: home.path) {
            // While the reader runs, its -wal and -shm files exist.
            let deadline = Date().addingTimeInterval(5)
            while tree(home.path)["\(folder)/library.sqlite-wal"] == nil && Date() < deadline { usleep(50_000) }
            let open = tree(home.path)
            for file in ["library.sqlite", "library.sqlite-wal", "library.sqlite-shm"] {
                #expect(open["\(folder)/\(file)"] == 0o600, "\(file): \(open)")
            }
        }
        let after = tree(home.path)
        #expect(after[".local"] == 0o700 && after[".local/share"] == 0o700 && after[folder] == 0o700, "\(after)")
        #expect(after["\(folder)/library.sqlite"] == 0o600, "\(after)")
        // An older byline made them readable by everyone: the next run fixes that.
        chmod(home.path + "/" + folder, 0o755)
        chmod(home.path + "/\(folder)/library.sqlite", 0o644)
        _ = try read(home: home.path)
        let fixed = tree(home.path)
        #expect(fixed[folder] == 0o700 && fixed["\(folder)/library.sqlite"] == 0o600, "\(fixed)")
    }

    @Test("--no-history: nothing is written to the home folder")
    func noHistoryOption() throws {
        let home = try TempFolder()
        let screen = try read(home: home.path, ["--no-history"])
        #expect(screen.contains("history is off"), "\(screen)")
        #expect(tree(home.path).isEmpty, "\(tree(home.path))")
    }

    @Test("history = false in config.toml: nothing is written besides the configuration file")
    func noHistorySetting() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", "history = false\n")
        let before = tree(home.path)
        _ = try read(home: home.path)
        #expect(tree(home.path) == before)
    }
}

extension ReaderPrivacyTests {
    @Test("the theme chosen with T is remembered in the state folder (0600), and never with --no-history")
    func themeRemembered() throws {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        for keep in [true, false] {
            let home = try TempFolder()
            let tmux = try TmuxSession(command: [Binary.byline] + (keep ? [] : ["--no-history"]) + [Fixtures.seed], width: 100, height: 24,
                                       environment: ["HOME": home.path, "BYLINE_LIBRARY": ""])
            #expect(tmux.waitFor { $0.contains("North Korean") }.ok)
            tmux.send("T")
            let switched = tmux.waitFor { $0.contains("Theme: ") }
            let name = try #require(switched.screen.firstMatch(of: /Theme: ([a-z0-9-]+)/)).1
            tmux.send("q")
            #expect(tmux.exitStatus() == 0)
            tmux.close()
            let file = home.path + "/.local/state/byline/reader.toml"
            if keep {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                #expect(text.contains("theme = '\(name)'") || text.contains("theme = \"\(name)\""), "\(text)")
                var info = stat()
                #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o600)
            } else {
                #expect(!FileManager.default.fileExists(atPath: file), "--no-history wrote \(file)")
            }
        }
    }
}
