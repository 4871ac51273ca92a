import BylineKit
import BylineStore
import Foundation

/// What bare `byline` opens: the folders of the user's library when it holds articles,
/// else the bundled sample articles with a hint on adding a folder.
///
/// ```swift
/// let start = FirstRun.start()!
/// start.paths   // ["/home/ann/news"] from the library, or ["/usr/local/share/byline/seeds"]
/// start.hint    // nil, or "Sample articles. Yours: byline FOLDER, or byline add FOLDER to keep them in the library"
/// ```
enum FirstRun {
    /// The one-line hint shown with the sample articles.
    static let sampleHint = "Sample articles. Yours: byline FOLDER, or byline add FOLDER to keep them in the library"

    /// Where the sample articles are looked for, for help texts.
    static let seedsSearchDescription = ResourceLocator.searchDescription(folder: "seeds", environmentVariable: "BYLINE_SEEDS")

    /// The bundled sample articles, if found.
    static func seeds(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        ResourceLocator.locate(folder: "seeds", environmentVariable: "BYLINE_SEEDS", environment: environment)
    }

    struct Start {
        var paths: [String]
        var hint: String?
    }

    /// What to open with no path given; nil when there is nothing at all (say
    /// ``nothingToRead``).
    static func start(environment: [String: String] = ProcessInfo.processInfo.environment) -> Start? {
        let folders = libraryFolders(environment: environment)
        if !folders.isEmpty { return Start(paths: folders, hint: nil) }
        if let seeds = seeds(environment: environment) { return Start(paths: [seeds], hint: sampleHint) }
        return nil
    }

    /// The folders holding the library's articles (each once, none inside another; only
    /// those that still exist). Empty without a library file, or when it cannot be read.
    static func libraryFolders(environment: [String: String]) -> [String] {
        let path = LibraryLocation.resolve(environment: environment)
        guard access(path, R_OK) == 0,
              let library = try? Library(path: path, options: Library.Options(readOnly: true)),
              let articles = try? library.articles() else { return [] }
        var folders: [String] = []
        for article in articles {   // sorted by path: a folder comes before its subfolders
            let folder = (article.path as NSString).deletingLastPathComponent
            if let last = folders.last, folder == last || folder.hasPrefix(last + "/") { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue {
                folders.append(folder)
            }
        }
        return folders
    }

    /// No path, an empty library and no sample articles (an uninstalled, copied binary).
    static let nothingToRead =
        "nothing to read yet: open a folder with `byline FOLDER`, or add one to your library with `byline add FOLDER`"
}
