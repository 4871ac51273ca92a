import BylineUI
import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal, through ncursesw: copies a ``ScreenBuffer`` to the screen and reads
/// keys. Thin on purpose; everything it draws was decided by the pure UI layer.
///
/// Only cells that differ from the previous frame are handed to curses, and curses
/// itself (with `idlok`) turns a pane whose full-width rows moved into terminal
/// scrolling, so a line down over ssh costs tens of bytes, not a repaint.
///
/// ```swift
/// let screen = try CursesScreen(colors: true, mouse: false)
/// screen.draw(state.render())
/// let event = screen.read(timeoutMilliseconds: -1)
/// screen.close()
/// ```
#if canImport(Glibc)
private let closeDescriptor = Glibc.close
#else
private let closeDescriptor = Darwin.close
#endif

@MainActor
package final class CursesScreen: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let input: UnsafeMutablePointer<FILE>
    private let ownsInput: Bool
    private var palette: ColorPalette
    private var previous: ScreenBuffer?
    /// A curses window on the rectangle last scrolled (the article pane's text), kept
    /// while the rectangle stays the same.
    private var region: (rect: Rect, window: UnsafeMutablePointer<WINDOW>)?
    private var wide: [wchar_t] = Array(repeating: 0, count: 8)
    private var closed = false
    /// The memory file each frame is written into, and a copy of the terminal's
    /// descriptor: a frame then leaves in one write (``draw(_:)``); -1 when unavailable.
    private var capture: Int32 = -1
    private var terminalCopy: Int32 = -1
    private var failures = 0
    /// How many colours the terminal shows (monochrome when colours were refused).
    package let colorDepth: ColorDepth
    /// The terminfo entry used in place of an unknown `TERM`, or nil when `TERM` was known.
    package let fallbackTerm: String?

    package private(set) var width: Int
    package private(set) var height: Int

    /// Sets the locale to UTF-8 if the environment's is not (otherwise every
    /// non-ASCII cell is blank). Call before anything else.
    package static func prepareLocale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// Starts curses on the terminal.
    ///
    /// - Parameters:
    ///   - term: the terminal type (the `TERM` variable).
    ///   - colors: false for attributes only (NO_COLOR).
    ///   - mouse: whether to ask for mouse wheel events.
    /// - Throws: ``TerminalError`` for an unknown terminal or one without cursor
    ///   addressing, before anything is drawn.
    package init(term: String?, colors: Bool, mouse: Bool) throws(TerminalError) {
        let inputFile: UnsafeMutablePointer<FILE>
        if isatty(0) == 1 {
            inputFile = nc_stdin()
            ownsInput = false
        } else if let tty = fopen("/dev/tty", "r") {
            inputFile = tty
            ownsInput = true
        } else {
            throw .noKeyboard
        }
        input = inputFile
        let termName = term ?? ""
        // A terminal this machine has no entry for (kitty, foot or alacritty over ssh)
        // is drawn as the closest common one, as less does, and the reader says so.
        var opened: (screen: OpaquePointer, name: String)?
        for name in CursesScreen.candidates(for: termName) {
            if let scr = newterm(name, nc_stdout(), inputFile) { opened = (scr, name); break }
        }
        guard let (scr, usedName) = opened else {
            if ownsInput { fclose(inputFile) }
            throw .unknownTerminal(termName)
        }
        fallbackTerm = usedName == termName ? nil : usedName
        screen = scr
        set_term(scr)
        guard nc_has_cursor_addressing() else {
            endwin()
            delscreen(scr)
            if ownsInput { fclose(inputFile) }
            throw .noCursorAddressing(termName)
        }
        window = nc_stdscr()
        var depth = ColorDepth.monochrome
        var defaults = false
        if colors && has_colors() {
            start_color()
            defaults = use_default_colors() != ERR
            let n = nc_colors()
            depth = n >= 256 ? .indexed256 : n >= 16 ? .ansi16 : n >= 8 ? .ansi8 : .monochrome
        }
        colorDepth = depth
        palette = ColorPalette(depth: depth, defaultColors: defaults, maxPairs: nc_color_pairs())
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        // No check for typeahead during an update: ncurses flushes its output before
        // each check, so a frame left in pieces; the loop coalesces typed-ahead keys.
        typeahead(-1)
        capture = nc_capture_file()
        terminalCopy = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 10)
        idlok(window, true)
        idcok(window, true)
        scrollok(window, false)
        leaveok(window, true)
        curs_set(0)
        width = Int(nc_cols())
        height = Int(nc_lines())
        if mouse { enableMouseWheel() }
        nc_install_exit_handlers()
        nc_install_suspend_handler()
    }

    /// The terminfo entries tried for `TERM`: its own, then `xterm-256color`, `xterm`
    /// and `vt100`. None for an empty `TERM`.
    package static func candidates(for term: String) -> [String] {
        term.isEmpty ? [] : [term] + ["xterm-256color", "xterm", "vt100"].filter { $0 != term }
    }

    /// Writes bytes straight to the terminal after what curses has sent (an OSC 52
    /// clipboard sequence): they never go through curses' screen model.
    package func sendRaw(_ text: String) {
        fflush(nc_stdout())
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if n <= 0 { if errno == EINTR { continue } else { return } }
            bytes = bytes.dropFirst(n)
        }
    }

    /// Asks for mouse wheel events (``Key/wheelUp(x:y:)``, ``Key/wheelDown(x:y:)``), as
    /// `mouse: true` does; for a caller that learns it wants them after starting curses.
    package func enableMouseWheel() {
        mousemask(nc_wheel_up_mask() | nc_wheel_down_mask(), nil)
        mouseinterval(0)
    }

    /// Copies the cells that changed since the last frame to the terminal.
    package func draw(_ buffer: ScreenBuffer) {
        guard !closed else { return }
        let full = previous == nil || previous!.width != buffer.width || previous!.height != buffer.height
        if full { werase(window) }
        let w = buffer.width
        // Rectangles copied whole from the frame drawn last (a side pane that did not
        // change) are skipped: an unchanged pane costs no comparison and no byte.
        var skipped: [Rect] = []
        if !full, let reused = buffer.reused, reused.serial == previous!.serial, reused.serial != 0 { skipped = reused.rects }
        // Rows moved from the frame drawn last (a line scrolled) are scrolled in curses'
        // window (a copy of memory a row) and skipped; the rows they expose, blank
        // after the scroll, are drawn whole.
        var exposed: Rect?
        if !full, let s = buffer.scrolled, s.serial == previous!.serial, s.serial != 0, s.by != 0, abs(s.by) < s.rect.height,
           scroll(s.rect, by: s.by) {
            let kept = s.by > 0 ? Rect(x: s.rect.x, y: s.rect.y, width: s.rect.width, height: s.rect.height - s.by)
                : Rect(x: s.rect.x, y: s.rect.y - s.by, width: s.rect.width, height: s.rect.height + s.by)
            skipped.append(kept)
            exposed = s.by > 0 ? Rect(x: s.rect.x, y: s.rect.maxY - s.by, width: s.rect.width, height: s.by)
                : Rect(x: s.rect.x, y: s.rect.y, width: s.rect.width, height: -s.by)
        }
        // Neighbouring cells mostly share a style: convert it once per run, not per cell
        // (a 200x50 first paint is 10,000 cells).
        var lastStyle: Style?
        var attributes: (attr_t, Int16) = (0, 0)
        // In order of their left edge, so each row's cuts come out in order.
        skipped.sort { $0.x < $1.x }
        var cuts: [(lo: Int, hi: Int)] = []
        buffer.cells.withUnsafeBufferPointer { cells in
            let old = full ? nil : previous!.cells
            for y in 0..<buffer.height {
                // This row's columns inside the skipped rectangles, in order.
                cuts.removeAll(keepingCapacity: true)
                for r in skipped where r.y <= y && y < r.maxY && r.x < r.maxX { cuts.append((max(0, r.x), min(w, r.maxX))) }
                let force = exposed.map { $0.y <= y && y < $0.maxY } ?? false
                var x = 0, k = 0
                while x < w {
                    if k < cuts.count, cuts[k].lo <= x {
                        x = max(x, cuts[k].hi)
                        k += 1
                        continue
                    }
                    let end = k < cuts.count ? cuts[k].lo : w
                    let row = y * w
                    for i in (row + x)..<(row + end) {
                        let c = cells[i]
                        if c.isContinuation { continue }
                        if let old, old[i] == c, !(force && exposed!.x <= i - row && i - row < exposed!.maxX) { continue }
                        if c.style != lastStyle {
                            attributes = palette.attributes(for: c.style)
                            lastStyle = c.style
                        }
                        put(c, x: i - row, y: y, attributes)
                    }
                    x = end
                }
            }
        }
        previous = buffer
        wnoutrefresh(window)
        // What ncurses writes goes to a memory file, then to the terminal in one write.
        _ = nc_doupdate_captured(capture, terminalCopy, STDOUT_FILENO)
    }

    /// Scrolls the rows of `rect` in curses' window up by `by` rows (down when
    /// negative), as the pane's content moved, through a window on the rectangle kept
    /// from frame to frame (it shares the screen's cells, so curses moves each row with
    /// one copy of memory); the `abs(by)` rows exposed are left blank. False when
    /// curses refused (nothing moved).
    private func scroll(_ rect: Rect, by: Int) -> Bool {
        if let (r, _) = region, r != rect { dropRegion() }
        if region == nil {
            guard let sub = derwin(window, Int32(rect.height), Int32(rect.width), Int32(rect.y), Int32(rect.x)) else { return false }
            scrollok(sub, true)
            region = (rect, sub)
        }
        return nc_scroll_window(region!.window, Int32(by)) != ERR
    }

    /// Deletes the window kept for scrolling (before the screen changes size, or for
    /// another rectangle).
    private func dropRegion() {
        if let (_, sub) = region { delwin(sub) }
        region = nil
    }

    private func put(_ c: Cell, x: Int, y: Int, _ attributes: (attr_t, Int16)) {
        let (attr, pair) = attributes
        if let a = c.asciiByte {
            wide[0] = wchar_t(a)
            wide[1] = 0
            _ = nc_put_cell(window, Int32(y), Int32(x), wide, attr, pair)
            return
        }
        var n = 0
        for s in c.grapheme.unicodeScalars where n < 5 {
            wide[n] = wchar_t(bitPattern: s.value)
            n += 1
        }
        if n == 0 { wide[0] = 0x20; n = 1 }
        wide[n] = 0
        if nc_put_cell(window, Int32(y), Int32(x), wide, attr, pair) == ERR, n > 1 {
            // A sequence curses refuses (e.g. an emoji ZWJ sequence): its first scalar.
            wide[1] = 0
            _ = nc_put_cell(window, Int32(y), Int32(x), wide, attr, pair)
        }
    }

    /// Forgets the last frame so the next ``draw(_:)`` repaints everything (after a
    /// resize or when the screen may be garbled).
    package func invalidate() {
        previous = nil
        dropRegion()
        clearok(window, true)
    }

    /// Waits for input: a key, a resize, or nothing after `timeoutMilliseconds`
    /// (negative waits forever).
    package func read(timeoutMilliseconds: Int) -> InputEvent {
        wtimeout(window, Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == ERR {
            // A blocking read fails at end of input, but also once when a signal
            // interrupts it (Ctrl-Z then fg): only a run of failures means closed.
            if timeoutMilliseconds < 0 {
                failures += 1
                return failures > 20 ? .closed : .timeout
            }
            return .timeout
        }
        failures = 0
        if status == KEY_CODE_YES {
            switch Int32(value) {
            case KEY_RESIZE:
                dropRegion()
                width = Int(nc_cols())
                height = Int(nc_lines())
                previous = nil
                return .resize(width: width, height: height)
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return .timeout }
                if event.bstate & nc_wheel_up_mask() != 0 { return .key(.wheelUp(x: Int(event.x), y: Int(event.y))) }
                if event.bstate & nc_wheel_down_mask() != 0 { return .key(.wheelDown(x: Int(event.x), y: Int(event.y))) }
                return .timeout
            default: break
            }
        }
        guard let key = KeyDecoder.decode(status: status, value: UInt32(value)) else { return .timeout }
        return .key(key)
    }

    /// Restores the terminal. Safe to call twice.
    package func close() {
        guard !closed else { return }
        closed = true
        dropRegion()
        nc_remove_suspend_handler()
        endwin()
        nc_remove_exit_handlers()
        delscreen(screen)
        if ownsInput { _ = fclose(input) }
        if capture >= 0 { _ = closeDescriptor(capture) }
        if terminalCopy >= 0 { _ = closeDescriptor(terminalCopy) }
    }
}
