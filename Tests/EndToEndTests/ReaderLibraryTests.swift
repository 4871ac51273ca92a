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
        for n in [1, 3, 5] {
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
        // Each page waited for: the position saved is the one read from the screen.
        first.send("NPage")
        let page = first.waitFor { (topLine($0) ?? 1) > 1 }
        first.send("NPage")
        let scrolled = first.waitFor { (topLine($0) ?? 1) > (topLine(page.screen) ?? 1) }
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

    @Test("a large indexed folder is listed from the library; an article's text is read when it is opened, at its saved position")
    func largeFolderListedFromTheLibrary() throws {
        let big = tmp.path + "/big"
        for n in 0..<240 {
            var text = "date 2020-01-\(String(format: "%02d", n % 28 + 1)) Article number \(n) of the big folder\n\n"
            for p in 1...40 { text += "Paragraph \(p) of article \(n) says the council met in Leeds.\n\n" }
            try tmp.write(String(format: "big/%03d.txt", n), Data(text.utf8))
        }
        #expect(try ProcessRunner.run(Binary.byline, ["add", "--library", library, big]).status == 0)
        let first = try TmuxSession(command: [Binary.byline, "--layout", "stacked", big], width: 100, height: 24, environment: ["BYLINE_LIBRARY": library])
        #expect(first.waitFor { $0.contains("Articles 1/240") && $0.contains("Paragraph 1 of article 0 ") }.ok)
        first.send("J")
        let second = first.waitFor { $0.contains("Paragraph 1 of article 1 ") }
        #expect(second.ok, "the next article's text was not read:\n\(second.screen)")
        // Each page waited for: the position saved is the one read from the screen.
        first.send("NPage")
        let page = first.waitFor { (topLine($0) ?? 1) > 1 }
        first.send("NPage")
        let scrolled = first.waitFor { (topLine($0) ?? 1) > (topLine(page.screen) ?? 1) }
        #expect(scrolled.ok, "\(scrolled.screen)")
        first.send("q")
        #expect(first.exitStatus() == 0)
        first.close()

        let again = try TmuxSession(command: [Binary.byline, big], width: 100, height: 24, environment: ["BYLINE_LIBRARY": library])
        defer { again.close() }
        // The article read last opens again, its text read from the file, at its saved position.
        let restored = again.waitFor { $0.contains("article 1 ") && (topLine($0) ?? 1) > 1 }
        #expect(restored.ok, "article 2 did not open at its saved position:\n\(restored.screen)")
        again.send("K")
        #expect(again.waitFor { $0.contains("Paragraph 1 of article 0 ") }.ok)
        again.send("q")
        #expect(again.exitStatus() == 0)
    }

    @Test("S searches the library and the list shows the matches")
    func librarySearch() throws {
        let add = try ProcessRunner.run(Binary.byline, ["add", "--library", library, folder])
        #expect(add.status == 0, "\(add.stderr)")
        let tmux = try start()
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("Magnitogorsk") }.ok)
        tmux.send("S")
        tmux.type("fundraising event")
        tmux.send("Enter")
        let found = tmux.waitFor { $0.contains("1 article match") }
        #expect(found.ok, "\(found.screen)")
        #expect(found.screen.contains("Arrest made"), "\(found.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// Opens the sidebar on `tab` ("Quotes" or "Entities"), focuses it and waits for
    /// the open article's analysis, one key at a time, each waited for.
    private func focusSidebar(_ tmux: TmuxSession, tab: String) -> (screen: String, ok: Bool) {
        func shownTab(_ screen: String) -> String? {
            screen.contains("[Quotes") ? "Quotes" : screen.contains("[Entities") ? "Entities" : nil
        }
        func sidebarFocused(_ screen: String) -> Bool { screen.contains("▶ [Quotes") || screen.contains("▶ Quotes") }
        for _ in 0..<6 {
            let screen = tmux.capture()
            if shownTab(screen) == nil {
                tmux.send("s")   // closed below 120 columns
                _ = tmux.waitFor { shownTab($0) != nil }
            } else if shownTab(screen) != tab {
                tmux.send("t")
                _ = tmux.waitFor { shownTab($0) == tab }
            } else if !sidebarFocused(screen) {
                let before = screen.split(separator: "\n").filter { $0.contains("▶") }
                tmux.send("Tab")
                _ = tmux.waitFor { $0.split(separator: "\n").filter { $0.contains("▶") } != before }
            } else {
                break
            }
        }
        return tmux.waitFor { shownTab($0) == tab && sidebarFocused($0) && !$0.contains("analysing…") }
    }

    /// The distinct article files `byline search ARGS` lists (each result names its file
    /// on an indented line).
    private func searchedFiles(_ arguments: [String], under folder: String) throws -> Set<String> {
        let r = try ProcessRunner.run(Binary.byline, ["search", "--library", library] + arguments)
        #expect(r.status == 0, "\(r.stderr)")
        return Set(r.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("   "), let at = line.range(of: folder) else { return nil }
            return String(line[at.lowerBound...])
        })
    }

    @Test("L on an entity, then on a quotation, lists the library's articles that name them, as byline search does")
    func entityAndSpeakerLookUps() throws {
        let folder = tmp.path + "/lookup"
        // Four articles about one presidency; the list opens on the one named "a.txt",
        // whose most mentioned person is named in others too.
        for (n, name) in [(43, "a"), (70, "b"), (39, "c"), (50, "d")] {
            try tmp.write("lookup/\(name).txt", try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus(n))))
        }
        let add = try ProcessRunner.run(Binary.byline, ["add", "--library", library, folder])
        #expect(add.status == 0, "\(add.stderr)")
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmux = try TmuxSession(command: [Binary.byline, "--layout", "stacked", folder], width: 120, height: 30, environment: ["BYLINE_LIBRARY": library])
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("Articles 1/4") }.ok)

        // Entities tab: the first person of the open article.
        let entities = focusSidebar(tmux, tab: "Entities")
        #expect(entities.ok, "\(entities.screen)")
        tmux.send("L")
        // The header and the status line (a capture may fall between their updates).
        let mentioning = tmux.waitFor {
            $0.range(of: #"▶ Mentioning .+ 1/[0-9]+ · esc all articles"#, options: .regularExpression) != nil
                && $0.range(of: #" [0-9]+ articles? mentions? "#, options: .regularExpression) != nil
        }
        #expect(mentioning.ok, "\(mentioning.screen)")
        let header = try #require(mentioning.screen.firstMatch(of: /▶ Mentioning (.+) 1\/([0-9]+) ·/))
        let entity = String(header.1)
        let expected = try searchedFiles(["--entity", entity], under: folder)
        #expect(Int(header.2) == expected.count && expected.count >= 2, "\(entity): \(expected)")
        #expect(mentioning.screen.contains("\(expected.count) article\(expected.count == 1 ? " mentions" : "s mention") \(entity)"))
        tmux.send("Enter")
        let opened = tmux.waitFor { $0.contains("\(entity): ") && $0.contains(" here; * for the next") }
        #expect(opened.ok, "\(opened.screen)")
        tmux.send("Escape")
        #expect(tmux.waitFor { $0.contains("Articles ") && $0.contains("/4") && !$0.contains("Mentioning") }.ok)

        // Quotes tab: the open article's first quotation's speaker.
        let quotes = focusSidebar(tmux, tab: "Quotes")
        #expect(quotes.ok, "\(quotes.screen)")
        tmux.send("L")
        let quoted = tmux.waitFor { $0.range(of: #"▶ Quotes by .+ 1/[0-9]+ ·"#, options: .regularExpression) != nil && $0.contains(" Quotations by ") }
        #expect(quoted.ok, "\(quoted.screen)")
        let quotedHeader = try #require(quoted.screen.firstMatch(of: /▶ Quotes by (.+) 1\/([0-9]+) ·/))
        let speaker = String(quotedHeader.1)
        let saidIn = try searchedFiles(["--speaker", speaker], under: folder)
        #expect(Int(quotedHeader.2) == saidIn.count && !saidIn.isEmpty, "\(speaker): \(saidIn)")
        tmux.send("Enter")
        let quote = tmux.waitFor { $0.contains("\(speaker): ") && $0.contains(" here; ' for the next quotation") }
        #expect(quote.ok, "\(quote.screen)")
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
        // Library look-ups say why they cannot run; the files are still read.
        #expect(focusSidebar(tmux, tab: "Entities").ok)
        tmux.send("L")
        let refused = tmux.waitFor { $0.contains("Library look-ups are unavailable") }
        #expect(refused.ok, "\(refused.screen)")
        tmux.send("J")
        #expect(tmux.waitFor { $0.contains("Article 2/3") }.ok)
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
        #expect(FileManager.default.contents(atPath: library) == before)
    }
}

extension ReaderLibraryTests {
    @Test("the list marks what was read and bookmarked; reopening the folder opens the article read last")
    func readingListRemembered() throws {
        let first = try TmuxSession(command: [Binary.byline, folder], width: 160, height: 24, environment: ["BYLINE_LIBRARY": library])
        #expect(first.waitFor { $0.contains("Articles 1/3 · 2 unread") }.ok)
        first.send("J")
        #expect(first.waitFor { $0.contains("Articles 2/3 · 1 unread") }.ok)
        first.send("m")
        #expect(first.waitFor { $0.contains("Bookmarked") }.ok)
        first.send("q")
        #expect(first.exitStatus() == 0)
        first.close()

        let second = try TmuxSession(command: [Binary.byline, folder], width: 160, height: 24, environment: ["BYLINE_LIBRARY": library])
        defer { second.close() }
        let reopened = second.waitFor { $0.contains("Articles 2/3 · 1 unread · 1 bookmarked") }
        #expect(reopened.ok, "\(reopened.screen)")
        let rows = reopened.screen.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("•!") || $0.hasPrefix("• !") }, "the open article is the bookmarked one:\n\(reopened.screen)")
        second.send("u")
        #expect(second.waitFor { $0.contains("Articles 3/3 · 1 bookmarked") }.ok)
        second.send("q")
        #expect(second.exitStatus() == 0)
    }
}

extension ReaderLibraryTests {
    @Test("L lists every library article naming the entity, open in the reader or not; a deleted file is never a result")
    func lookUpsOpenLibraryArticles() throws {
        let open = try tmp.write("open/a.txt", "Harbour opens\n\nJane Roe opened the new harbour in Portsmouth on Tuesday.\n")
        _ = try tmp.write("elsewhere/b.txt", "Ferry plans\n\nJane Roe said the ferry would sail from the harbour in May.\n")
        let gone = try tmp.write("elsewhere/c.txt", "Old news\n\nJane Roe spoke in Leeds about the harbour.\n")
        let add = try ProcessRunner.run(Binary.byline, ["add", "--library", library, tmp.path + "/open", tmp.path + "/elsewhere"])
        #expect(add.status == 0, "\(add.stderr)")
        try FileManager.default.removeItem(atPath: gone)
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmux = try TmuxSession(command: [Binary.byline, open], width: 160, height: 24, environment: ["BYLINE_LIBRARY": library])
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("Jane Roe opened") && !$0.contains("analysing") }.ok)
        tmux.send("e")
        #expect(tmux.waitFor { $0.contains("Jane Roe · person · mention 1 of 1") }.ok)
        tmux.send("L")
        let listed = tmux.waitFor { $0.contains("2 articles mention Jane Roe") }
        #expect(listed.ok, "\(listed.screen)")
        #expect(listed.screen.contains("Ferry plans") && !listed.screen.contains("Old news"))
        // The list holds both, in the library's order: go to the ferry article and open it.
        let ferryFirst = listed.screen.range(of: "Ferry plans")!.lowerBound < listed.screen.range(of: "Harbour opens")!.lowerBound
        if !ferryFirst { tmux.send("j") }
        tmux.send("Enter")
        let opened = tmux.waitFor { $0.contains("Jane Roe said the ferry would sail") }
        #expect(opened.ok, "the library article was not read when opened:\n\(opened.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus() == 0)
    }
}
