import BylineTestSupport
import BylineUI
import Testing

/// quit and help can never be left without a key: the reader could then only be ended
/// with Ctrl-C, or its keys not be looked up.
@Suite("Keys a configuration cannot take away")
struct ConfigEssentialKeysTests {
    @Test("unbinding every action leaves quit and help their default keys, with a problem naming file and line")
    func everyActionUnbound() {
        let text = "[keys]\n" + Action.allCases.map { "\($0.rawValue) = []" }.joined(separator: "\n") + "\n"
        let loaded = ConfigLoader.parse(text, file: "/home/ann/.config/byline/config.toml")
        let map = loaded.value.keyMap
        #expect(map.keys(for: .quit) == KeyMap.standard.keys(for: .quit))
        #expect(map.keys(for: .help) == KeyMap.standard.keys(for: .help))
        #expect(map.keys(for: .lineDown).isEmpty)
        let quitLine = 1 + 1 + Action.allCases.firstIndex(of: .quit)!
        let quit = loaded.problems.first { $0.message.hasPrefix("quit must keep a key") }
        #expect(quit?.file == "/home/ann/.config/byline/config.toml")
        #expect(quit?.line == quitLine)
        #expect(quit?.message.contains("it keeps q") == true, "\(String(describing: quit))")
        #expect(loaded.problems.contains { $0.message.hasPrefix("help must keep a key") && $0.message.contains("h and f1") })
        #expect(loaded.problems.count == 2, "\(loaded.problems)")
    }

    @Test("quit's only key given to another action goes back to quit; the problem is at the line that took it")
    func keyTakenAway() {
        let loaded = ConfigLoader.parse("theme = \"light\"\n[keys]\nline_down = [\"j\", \"q\"]\n", file: "config.toml")
        let map = loaded.value.keyMap
        #expect(map.action(for: .character("q")) == .quit)
        #expect(map.action(for: .character("j")) == .lineDown)
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems.first?.line == 3)
        #expect(loaded.problems.first?.message.contains("its keys are given to line_down (q); q stays on quit") == true,
                "\(loaded.problems)")
    }

    @Test("quit and help moved to other keys, or keeping one of theirs, are no problem")
    func rebound() {
        for text in ["[keys]\nquit = \"Q\"\nhelp = \"f2\"\n", "[keys]\nline_down = [\"h\"]\n"] {
            let loaded = ConfigLoader.parse(text, file: "config.toml")
            #expect(loaded.problems.isEmpty, "\(text): \(loaded.problems)")
            #expect(!loaded.value.keyMap.keys(for: .quit).isEmpty && !loaded.value.keyMap.keys(for: .help).isEmpty)
        }
    }
}
