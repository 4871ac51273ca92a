import ArgumentParser
import BylineKit
import BylineStore
import Foundation

struct AddCommand: PathTakingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Index articles into the library (files or folders, recursively).",
        discussion: """
        New and changed articles are parsed and analysed once and stored; unchanged ones \
        (same size and modification time, or same content) are skipped; indexed files that \
        are gone from the given folders leave the library. Reading state and bookmarks are \
        never touched. Exit status 1 if any file could not be indexed, 2 if the library \
        cannot be opened or written, or is damaged (checked before anything is written).
        """
    )

    @OptionGroup var options: LibraryOptions

    @Flag(name: .long, help: "Analyse every file again, even unchanged ones.")
    var reanalyze = false

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    @Argument(help: "Article files or folders.")
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article file or folder to add") }
    }

    func run() throws {
        let library = try options.open()
        do {
            // A damaged library gets nothing more written to it, even when the files to
            // add are unchanged and no query would touch its bad pages.
            try library.checkIntegrity()
        } catch {
            Diagnostics.error(error)
            throw ExitCode(2)
        }
        let showProgress = !quiet && isatty(STDERR_FILENO) == 1
        let report: IndexReport
        do {
            report = try library.index(paths: paths, reanalyze: reanalyze, progress: { done, total in
                if showProgress, total >= 200 { Diagnostics.progress("indexing \(done)/\(total)") }
            })
        } catch {
            if showProgress { Diagnostics.clearProgress() }
            Diagnostics.error(error)
            throw ExitCode(2)
        }
        if showProgress { Diagnostics.clearProgress() }
        for failure in report.failures { Diagnostics.error(failure) }
        if !quiet { for skipped in report.skipped { Diagnostics.error(skipped) } }
        if !quiet {
            let total = (try? library.count()).map { "\($0) articles" } ?? "?"
            Console.line("\(report) (\(String(format: "%.2f", report.totalSeconds)) s); library \(terminalSafe(library.path)): \(total)")
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
