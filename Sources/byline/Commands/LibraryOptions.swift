import ArgumentParser
import BylineKit
import BylineStore

/// `--library PATH`, shared by the commands that use the library index.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library database file.", discussion: "Default: \(LibraryLocation.searchDescription)."))
    var library: String?

    /// The database path from the option or the environment.
    func resolvedPath() throws -> String {
        if let library { return library }
        guard let path = LibraryLocation.resolve() else {
            throw ValidationError("cannot locate the library: set HOME, XDG_DATA_HOME or BYLINE_LIBRARY, or pass --library PATH")
        }
        return path
    }

    /// Opens the library, printing any notice (read-only) on standard error.
    func open(readOnly: Bool = false) throws -> Library {
        let path = try resolvedPath()
        do {
            let library = try Library(path: path, options: Library.Options(readOnly: readOnly))
            if let notice = library.notice, !readOnly { Diagnostics.error(notice) }
            return library
        } catch {
            Diagnostics.error(error)
            throw ExitCode(2)
        }
    }
}

/// Text from the library made safe for a terminal (file names may hold anything).
func terminalSafe(_ text: String) -> String {
    TextSanitizer.sanitize(text)
}
