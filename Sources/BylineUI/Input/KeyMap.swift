/// Which key does what. Several keys may share an action; a key has one action.
///
/// ```swift
/// KeyMap.standard.action(for: .character("j"))  // .lineDown
/// KeyMap.standard.keys(for: .quit)              // [.character("q")]
/// ```
package struct KeyMap: Sendable, Hashable {
    package private(set) var bindings: [Key: Action]

    package init(bindings: [Key: Action]) {
        self.bindings = bindings
    }

    package func action(for key: Key) -> Action? { bindings[key] }

    /// The keys bound to an action, in a stable order for the help screen: letters and
    /// symbols first, then named keys, then Ctrl combinations, then function keys.
    ///
    /// ```swift
    /// KeyMap.standard.keys(for: .lineDown).map(\.name)  // ["j", "down", "ctrl-e", "ctrl-n"]
    /// ```
    package func keys(for action: Action) -> [Key] {
        func rank(_ k: Key) -> Int {
            switch k {
            case .character(" "): return 1
            case .character: return 0
            case .ctrl: return 2
            case .function: return 3
            default: return 1
            }
        }
        return bindings.filter { $0.value == action }.map(\.key).sorted { (rank($0), $0.name) < (rank($1), $1.name) }
    }

    /// Binds `keys` to `action`, replacing the action's previous keys.
    package mutating func bind(_ action: Action, to keys: [Key]) {
        bindings = bindings.filter { $0.value != action }
        for k in keys { bindings[k] = action }
    }

    /// less and vim habits.
    package static let standard: KeyMap = {
        var b: [Key: Action] = [:]
        func bind(_ a: Action, _ keys: Key...) { for k in keys { b[k] = a } }
        bind(.lineDown, .character("j"), .down, .ctrl("e"), .ctrl("n"))
        bind(.lineUp, .character("k"), .up, .ctrl("y"), .ctrl("p"))
        bind(.pageDown, .character(" "), .pageDown, .ctrl("f"), .character("f"))
        bind(.pageUp, .character("b"), .pageUp, .ctrl("b"))
        bind(.halfPageDown, .ctrl("d"))
        bind(.halfPageUp, .ctrl("u"))
        bind(.top, .character("g"), .home, .character("<"))
        bind(.bottom, .character("G"), .end, .character(">"))
        bind(.percent, .character("%"), .character("p"))
        bind(.open, .enter, .right, .character("l"))
        bind(.nextArticle, .character("J"), .character("]"))
        bind(.previousArticle, .character("K"), .character("["))
        bind(.searchForward, .character("/"))
        bind(.searchBackward, .character("?"))
        bind(.nextMatch, .character("n"))
        bind(.previousMatch, .character("N"))
        bind(.nextEntity, .character("e"))
        bind(.previousEntity, .character("E"))
        bind(.nextSameEntity, .character("*"))
        bind(.nextQuote, .character("'"), .character(")"))
        bind(.previousQuote, .character("\""), .character("("))
        bind(.focusNext, .tab)
        bind(.focusPrevious, .backTab)
        bind(.toggleSidebar, .character("s"))
        bind(.switchSidebarTab, .character("t"))
        bind(.toggleList, .character("a"))
        bind(.zoom, .character("z"))
        bind(.widerPane, .character("+"), .character("="))
        bind(.narrowerPane, .character("-"))
        bind(.cycleTheme, .character("T"))
        bind(.librarySearch, .character("S"))
        bind(.libraryRelated, .character("L"))
        bind(.bookmark, .character("m"))
        bind(.nextUnread, .character("u"))
        bind(.filterUnread, .character("U"))
        bind(.filterBookmarks, .character("B"))
        bind(.sortList, .character("o"))
        bind(.copyQuote, .character("y"))
        bind(.feeds, .character("F"))
        bind(.updateFeeds, .character("R"))
        bind(.help, .character("h"), .function(1))
        bind(.back, .escape, .left, .backspace)
        bind(.quit, .character("q"))
        return KeyMap(bindings: b)
    }()
}
