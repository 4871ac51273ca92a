import Foundation

/// Writes `byline: message` lines to standard error.
enum Diagnostics {
    static func error(_ message: some CustomStringConvertible) {
        FileHandle.standardError.write(Data("byline: \(message)\n".utf8))
    }
}

/// Exit status 1: at least one input could not be read (the others were processed).
struct SomeInputsFailed: Error, CustomStringConvertible {
    var description: String { "" }
}
