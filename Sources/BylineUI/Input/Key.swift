/// A key press, decoded by the backend from the terminal.
///
/// Keys have names for configuration files and the help screen: `j`, `G`, `space`,
/// `enter`, `tab`, `shift-tab`, `esc`, `up`, `down`, `pgdn`, `pgup`, `home`, `end`,
/// `backspace`, `f1`, `ctrl-d`.
package enum Key: Sendable, Hashable {
    case character(Character)
    case ctrl(Character)  // lower-case letter: ctrl("d") is Ctrl-D
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    /// The mouse wheel over a cell (only when mouse support is on).
    case wheelUp(x: Int, y: Int), wheelDown(x: Int, y: Int)
    case click(x: Int, y: Int)

    private static let names: [(String, Key)] = [
        ("space", .character(" ")), ("enter", .enter), ("tab", .tab), ("shift-tab", .backTab),
        ("esc", .escape), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("pgup", .pageUp), ("pgdn", .pageDown), ("home", .home), ("end", .end),
        ("backspace", .backspace), ("delete", .delete),
    ]

    /// Parses a key name; nil for a name Byline does not know.
    ///
    /// ```swift
    /// Key(name: "ctrl-d")  // .ctrl("d")
    /// Key(name: "G")       // .character("G")
    /// Key(name: "f1")      // .function(1)
    /// ```
    package init?(name: String) {
        let lower = name.lowercased()
        if let k = Key.names.first(where: { $0.0 == lower })?.1 { self = k; return }
        if name.count == 1, let c = name.first { self = .character(c); return }
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-"), let c = lower.split(separator: "-").last, c.count == 1,
           let ch = c.first, ch.isLetter { self = .ctrl(ch); return }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { self = .function(n); return }
        return nil
    }

    /// The name used in configuration files and on the help screen.
    package var name: String {
        switch self {
        case .character(" "): return "space"
        case .character(let c): return String(c)
        case .ctrl(let c): return "ctrl-\(c)"
        case .function(let n): return "f\(n)"
        case .wheelUp: return "wheel-up"
        case .wheelDown: return "wheel-down"
        case .click: return "click"
        default: return Key.names.first { $0.1 == self }?.0 ?? "?"
        }
    }
}
