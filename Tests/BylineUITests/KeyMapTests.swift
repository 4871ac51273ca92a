import BylineUI
import Testing

@Suite("Key names and the standard key map")
struct KeyMapTests {
    @Test(arguments: ["j", "G", "space", "enter", "tab", "shift-tab", "esc", "pgdn", "pgup", "ctrl-d", "f1", "/"])
    func keyNamesRoundTrip(name: String) {
        let key = Key(name: name)
        #expect(key != nil)
        #expect(key?.name == name)
    }

    @Test func unknownKeyNamesAreRejected() {
        #expect(Key(name: "ctrl-") == nil)
        #expect(Key(name: "hyper-x") == nil)
        #expect(Key(name: "f13") == nil)
    }

    @Test func lessAndVimHabits() {
        let map = KeyMap.standard
        #expect(map.action(for: .character("j")) == .lineDown)
        #expect(map.action(for: .down) == .lineDown)
        #expect(map.action(for: .character(" ")) == .pageDown)
        #expect(map.action(for: .ctrl("d")) == .halfPageDown)
        #expect(map.action(for: .character("G")) == .bottom)
        #expect(map.action(for: .character("q")) == .quit)
    }

    @Test func rebindingReplacesTheActionsKeys() {
        var map = KeyMap.standard
        map.bind(.quit, to: [.character("x")])
        #expect(map.action(for: .character("x")) == .quit)
        #expect(map.action(for: .character("q")) == nil)
        #expect(map.keys(for: .quit) == [.character("x")])
    }
}
