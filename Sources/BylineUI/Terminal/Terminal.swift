/// The screen and keyboard the reader's event loop talks to: curses in the program
/// (`CursesScreen`), ``MemoryTerminal`` in tests. Nothing in it is curses-specific.
///
/// ```swift
/// terminal.draw(state.render())
/// switch terminal.read(timeoutMilliseconds: -1) { … }
/// terminal.sendRaw(Clipboard.osc52(text))
/// ```
@MainActor
package protocol Terminal: AnyObject {
    /// The size in cells, as of the last ``read(timeoutMilliseconds:)`` (a resize
    /// event brings the new one).
    var width: Int { get }
    var height: Int { get }
    /// How many colours the terminal shows: themes are brought down to it.
    var colorDepth: ColorDepth { get }
    /// Shows a frame (a terminal may copy only what changed since the last one).
    func draw(_ buffer: ScreenBuffer)
    /// Waits for a key or a resize; ``InputEvent/timeout`` after `timeoutMilliseconds`
    /// (negative: wait for ever).
    func read(timeoutMilliseconds: Int) -> InputEvent
    /// Bytes for the terminal itself, outside the screen model (an OSC 52 sequence).
    func sendRaw(_ text: String)
    /// Asks for mouse wheel events, once the settings say so.
    func enableMouseWheel()
}
