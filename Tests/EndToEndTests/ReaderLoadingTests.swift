import BylineTestSupport
import Foundation
import Testing

/// A large article is shown from its first 64 KB while the rest is read.
@Suite("Reader on a large article", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ReaderLoadingTests {
    @Test("G pressed while the article loads ends at the end of the whole article")
    func bottomWhileLoading() throws {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmp = try TempFolder()
        // The seed article 300 times: 2 MB, whose rest is read in the background.
        let seed = try Data(contentsOf: URL(fileURLWithPath: Fixtures.seed))
        var big = Data()
        for _ in 0..<300 { big.append(seed) }
        let path = try tmp.write("big.txt", big)
        let tmux = try TmuxSession(command: [Binary.byline, path], width: 80, height: 24)
        defer { tmux.close() }
        let first = tmux.waitFor(timeout: 30) { $0.contains("North Korean") }
        #expect(first.ok, "\(first.screen)")
        let loading = first.screen.contains("loading…")
        tmux.send("G")
        // (The analysis goes on after the load; the position does not wait for it.)
        let end = tmux.waitFor(timeout: 60) { !$0.contains("loading…") }
        #expect(end.ok, "\(end.screen)")
        let status = end.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.contains("100%"), "G \(loading ? "during" : "after") the load: \(status)")
        tmux.send("q")
        #expect(tmux.exitStatus(timeout: 10) == 0)
    }

    @Test("An article too large to analyse in the memory at hand is shown without its analysis")
    func tooLargeForTheMemoryAtHand() throws {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmp = try TempFolder()
        // 24 MB of article text; the address space is limited to 400 MB, less than its
        // analysis would need (it aborted the reader before, in the alternate screen).
        var text = "Kim Jong Un met officials\n\n"
        let paragraph = "North Korean leader Kim Jong-un said “we will build it” in Pyongyang, KCNA reported.\n\n"
        text += String(repeating: paragraph, count: 24_000_000 / paragraph.utf8.count)
        let path = try tmp.write("big.txt", text)
        let command = ["/bin/sh", "-c", "ulimit -v 400000; exec \"$0\" \"$@\"", Binary.byline, path]
        let tmux = try TmuxSession(command: command, width: 220, height: 24)
        defer { tmux.close() }
        let notice = tmux.waitFor(timeout: 120) { $0.contains("too large for the memory at hand") }
        #expect(notice.ok, "\(notice.screen)")
        #expect(notice.screen.contains("North Korean leader"), "\(notice.screen)")
        tmux.send("q")
        #expect(tmux.exitStatus(timeout: 20) == 0)
    }
}
