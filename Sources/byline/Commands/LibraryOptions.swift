import ArgumentParser
import BylineKit
import BylineStore

/// `--library PATH`, shared by the commands that use the library index.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The library database file.", discussion: "Default: \(LibraryLocation.searchDescription)."))
    var library: String?

    /// The database path from the option or the environment.
    func resolvedPath() -> String {
        library ?? LibraryLocation.resolve()
    }

    /// Opens the library, printing any notice (read-only) on standard error.
    func open(readOnly: Bool = false) throws -> Library {
        let path = resolvedPath()
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
