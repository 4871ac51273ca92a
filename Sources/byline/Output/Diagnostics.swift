import ArgumentParser
import BylineKit
import Foundation

/// Writes `byline: message` lines to standard error: the one path every diagnostic of
/// every command takes. The whole message goes through ``TextSanitizer``, the
/// sanitiser of article text, so a file name or a configuration value holding escape
/// sequences (ESC, OSC 52, BEL, C1, bidirectional overrides) or bytes that are not
/// UTF-8 is shown with visible glyphs (`␛`, `␇`, `�`) and never acts on the terminal.
///
/// ```swift
/// Diagnostics.error("a\u{1B}[2J.txt: empty file")   // byline: a␛[2J.txt: empty file
/// ```
enum Diagnostics {
    static func error(_ message: some CustomStringConvertible) {
        write(to: FileHandle.standardError, "byline: " + TextSanitizer.sanitizeLines("\(message)") + "\n")
    }

    /// Exits as swift-argument-parser's `exit(withError:)` does (help on standard
    /// output, errors with the usage on standard error, the same status), with the
    /// message sanitised: an error may quote an argument (`Unknown option '--x␛[2J'`).
    static func exit(withError error: Error) -> Never {
        let message = TextSanitizer.sanitizeLines(Byline.fullMessage(for: error))
        let code = Byline.exitCode(for: error)
        if !message.isEmpty {
            if code == .success {
                Console.line(message)
            } else {
                write(to: FileHandle.standardError, message + "\n")
            }
        }
        Console.flush()
        Foundation.exit(code.rawValue)
    }

    /// A progress line on standard error (a terminal), redrawn in place:
    /// `indexing 200/10000`. Only Byline's own words: no name is ever shown in it.
    static func progress(_ text: String) {
        write(to: FileHandle.standardError, "\r" + TextSanitizer.sanitize(text) + "\u{1B}[K")
    }

    /// Clears the progress line.
    static func clearProgress() {
        write(to: FileHandle.standardError, "\r\u{1B}[K")
    }

    private static func write(to handle: FileHandle, _ text: String) {
        Console.flush()   // standard output first, as it was written
        handle.write(Data(text.utf8))
    }
}

/// Exit status 1: at least one input could not be read (the others were processed).
struct SomeInputsFailed: Error, CustomStringConvertible {
    var description: String { "" }
}
