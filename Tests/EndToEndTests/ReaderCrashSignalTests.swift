import BylineTestSupport
import Foundation
import Testing

/// A crash (an allocation that fails aborts; a bad memory access; a bus error) must not
/// leave the shell in the reader's screen: the reader's handler gives the terminal back
/// and the process still dies of the signal.
@Suite("Crash signals", .serialized, .enabled(if: TmuxSession.isAvailable || TmuxSession.required))
struct ReaderCrashSignalTests {
    @Test("SIGABRT, SIGSEGV and SIGBUS: the terminal leaves the alternate screen with the cursor shown, in the modes the shell had",
          arguments: [SIGABRT, SIGSEGV, SIGBUS])
    func crashRestoresTheTerminal(signal: Int32) throws {
        try #require(TmuxSession.isAvailable, "tmux is required under CI")
        let tmp = try TempFolder()
        let seed = Fixtures.root.appendingPathComponent("seeds/000_7d5d3ea8b2b77ef2.txt").path
        let tmux = try TmuxSession(command: ["sh", "-i"], width: 100, height: 30,
                                   environment: ["PS1": "PROMPT$ ", "BYLINE_LIBRARY": tmp.path + "/library.sqlite"])
        defer { tmux.close() }
        #expect(tmux.waitFor { $0.contains("PROMPT$") }.ok)
        // No core file: the signal's default action would write one into the folder.
        tmux.type("ulimit -c 0; cd \(tmp.path)")
        tmux.send("Enter")
        let shellModes = tmux.modes()
        tmux.type("\(Binary.byline) --no-history \(seed)")
        tmux.send("Enter")
        #expect(tmux.waitFor(timeout: 20) { $0.contains("Kim Jong Un has criticised") }.ok)
        let readerModes = tmux.modes()
        #expect(readerModes.hasPrefix("alternate=1") && readerModes.contains("cursor=0"), "\(readerModes)")
        kill(try ReaderSignalTests().readerPID(tmux), signal)
        let back = tmux.waitFor(timeout: 10) { $0.contains("PROMPT$") && !$0.contains("Kim Jong Un has criticised") }
        #expect(back.ok, "\(back.screen)")
        let deadline = Date().addingTimeInterval(3)
        while tmux.modes() != shellModes && Date() < deadline { usleep(30_000) }
        #expect(tmux.modes() == shellModes, "after signal \(signal); in the reader: \(readerModes)")
        #expect(tmux.modes().hasPrefix("alternate=0") && tmux.modes().contains("cursor=1"), "\(tmux.modes())")
        // It died of the signal (the handler raises it again once the terminal is back).
        tmux.type("echo status=$?")
        tmux.send("Enter")
        let status = tmux.waitFor { $0.contains("status=\(128 + signal)") }
        #expect(status.ok, "\(status.screen)")
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/core"))
    }
}
