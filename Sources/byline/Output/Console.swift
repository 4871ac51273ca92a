import BylineKit
import Foundation

/// Standard output for every command: each line goes through ``TextSanitizer`` (line
/// feeds and tabs kept), so untrusted text — a file name, a title, a theme's name or
/// description, a JSON line — cannot put an escape sequence on the terminal. Byline's
/// own colours go through ``TerminalText``, which lets only SGR sequences through.
///
/// ```swift
/// Console.line("\(path)\t\(title)")          // controls shown as ␛, ␇, �
/// var text = TerminalText("match: ")
/// text.appendAllowingSGR("\u{1B}[1m" + TextSanitizer.sanitize(word) + "\u{1B}[22m")
/// Console.line(text)
/// ```
enum Console {
    /// Writes `text` and a line feed, sanitised.
    static func line(_ text: String) {
        print(TextSanitizer.sanitizeLines(text))
    }

    /// Writes `text` as it is, sanitised, with no line feed.
    static func write(_ text: String) {
        print(TextSanitizer.sanitizeLines(text), terminator: "")
    }

    /// Writes terminal text (sanitised as it was built) and a line feed.
    static func line(_ text: TerminalText) {
        print(text.rendered)
    }

    /// Writes out what is buffered, before anything goes to standard error.
    static func flush() {
        fflush(nil)   // every output stream: standard output is the only one written through stdio
    }
}

/// Text for the terminal: untrusted text is sanitised as it is appended; Byline's own
/// colour changes pass only as SGR sequences (`ESC [ digits ; … m`), and nothing else
/// reaches the terminal raw.
///
/// ```swift
/// var text = TerminalText(title)                      // controls shown as ␛, ␇, �
/// text.appendAllowingSGR("\u{1B}[1mbold\u{1B}[22m")    // the SGR sequences kept
/// text.appendAllowingSGR("\u{1B}]52;c;eA==\u{7}")      // ␛]52;c;eA==␇
/// ```
struct TerminalText {
    private(set) var rendered = ""

    init(_ untrusted: String = "") {
        append(untrusted)
    }

    mutating func append(_ untrusted: String) {
        rendered += TextSanitizer.sanitizeLines(untrusted)
    }

    /// Appends text made by Byline around already sanitised text (a theme's sample
    /// line, a snippet with its matches in bold): SGR sequences are kept, every other
    /// control is sanitised.
    mutating func appendAllowingSGR(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1B}", let end = Self.sgrEnd(scalars, from: i) {
                out.append(contentsOf: scalars[i...end])
                i = end + 1
                continue
            }
            out.append(scalars[i] == "\n" || scalars[i] == "\t" ? scalars[i] : TextSanitizer.replacement(for: scalars[i]))
            i += 1
        }
        rendered += String(out)
    }

    /// The index of the `m` ending an SGR sequence starting at `start` (an ESC), if it is one.
    static func sgrEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var i = start + 2
        while i < scalars.count {
            let c = scalars[i]
            if c == "m" { return i }
            guard ("0"..."9").contains(c) || c == ";" || c == ":" else { return nil }
            i += 1
        }
        return nil
    }
}
