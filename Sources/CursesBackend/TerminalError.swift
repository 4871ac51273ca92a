/// Why the reader cannot run full-screen on this terminal.
package enum TerminalError: Error, CustomStringConvertible, Sendable {
    /// terminfo does not know `TERM` (or it is unset).
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (`TERM=dumb`).
    case noCursorAddressing(String)
    /// Neither standard input nor /dev/tty is a terminal to read keys from.
    case noKeyboard

    package var description: String {
        switch self {
        case .unknownTerminal(let t):
            return t.isEmpty
                ? "TERM is not set, so the terminal type is unknown; set TERM (for example TERM=xterm-256color), or use `byline dump` for plain text"
                : "unknown terminal type '\(t)' (TERM); set TERM to one terminfo knows (for example xterm-256color), or use `byline dump` for plain text"
        case .noCursorAddressing(let t):
            return "the terminal '\(t)' cannot move the cursor, so the full-screen reader cannot run; use `byline dump` for plain text"
        case .noKeyboard:
            return "no terminal to read keys from (standard input is not a terminal and /dev/tty cannot be opened)"
        }
    }
}
