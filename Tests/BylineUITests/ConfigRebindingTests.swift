import BylineTestSupport
import BylineUI
import Testing

@Suite("Rebinding keys in the configuration file")
struct ConfigRebindingTests {
    @Test func everyActionCanBeReboundByItsName() {
        for action in Action.allCases {
            let loaded = ConfigLoader.parse("[keys]\n\(action.rawValue) = [\"f12\"]\n", file: "config.toml")
            #expect(loaded.problems.isEmpty, "\(action.rawValue)")
            #expect(loaded.value.keyMap.action(for: .function(12)) == action)
            #expect(loaded.value.keyMap.keys(for: action) == [.function(12)])
        }
    }

    /// From config text to the action a key press does, through the loader end to end.
    @Test func aReboundKeyDoesTheAction() throws {
        let home = try TempFolder()
        try home.write(".config/byline/config.toml", """
            [keys]
            line_down = ["j", "down", "ctrl-j"]
            quit = "Q"
            cycle_theme = "f5"
            """)
        let settings = ReaderSettings.load(bundledThemes: BundledThemes.directory, environment: ["HOME": home.path])
        #expect(settings.problems.isEmpty)
        let map = settings.keyMap
        #expect(map.action(for: .ctrl("j")) == .lineDown)
        #expect(map.action(for: .character("Q")) == .quit)
        #expect(map.action(for: .character("q")) == nil)  // replaced
        #expect(map.action(for: .function(5)) == .cycleTheme)
        #expect(map.action(for: .character("T")) == nil)
        #expect(map.action(for: .character("k")) == .lineUp)  // untouched
        // The help screen lists the live bindings.
        #expect(map.keys(for: .quit).map(\.name) == ["Q"])
    }

    @Test func aKeyTakenFromAnotherActionLeavesIt() {
        // n is next_match by default.
        let loaded = ConfigLoader.parse("[keys]\nline_down = [\"n\"]\n", file: "config.toml")
        #expect(loaded.value.keyMap.action(for: .character("n")) == .lineDown)
        #expect(loaded.value.keyMap.keys(for: .nextMatch).isEmpty)
    }

    @Test func anEmptyListUnbinds() {
        let loaded = ConfigLoader.parse("[keys]\nbookmark = []\n", file: "config.toml")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value.keyMap.keys(for: .bookmark).isEmpty)
        #expect(loaded.value.keyMap.action(for: .character("m")) == nil)
    }

    @Test func specialKeyNames() {
        let loaded = ConfigLoader.parse("[keys]\npage_down = [\"space\", \"pgdn\", \"ctrl-f\"]\nback = \"esc\"\n", file: "c")
        #expect(loaded.problems.isEmpty)
        #expect(loaded.value.keyMap.action(for: .character(" ")) == .pageDown)
        #expect(loaded.value.keyMap.action(for: .escape) == .back)
    }
}
