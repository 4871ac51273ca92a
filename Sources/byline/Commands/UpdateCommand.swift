import ArgumentParser
import BylineKit
import BylineReader
import BylineStore
import BylineWeb
import Foundation

/// `byline update`: fetches every subscribed feed (see ``FeedUpdater``).
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch every subscribed feed; new items go into the library, to read offline.",
        discussion: """
        Four feeds at a time, each with a conditional request (ETag, Last-Modified): a feed \
        that did not change costs one short answer. A new item is stored with its full \
        article: when the feed gives only a summary (under 1,000 characters, or ending in \
        "…" or "Read more"), its page is fetched and kept. Each feed's items are committed \
        together, so an update cut short keeps every feed whole. A feed that fails keeps \
        its items; its error is shown here and in `byline feeds list`. Proxies come from \
        http_proxy, https_proxy, all_proxy and no_proxy (or their capitals), as for curl. \
        Exit status 1 if any feed failed, 2 if the library cannot be written.
        """
    )

    @OptionGroup var options: LibraryOptions

    @Option(name: .long, help: "Seconds without an answer before a feed or page is given up.")
    var timeout: Double = 20

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    func validate() throws {
        if !(timeout > 0 && timeout <= 600) { throw ValidationError("--timeout must be more than 0 and at most 600 seconds") }
    }

    func run() throws {
        let library = try options.open()
        do {
            try library.checkIntegrity()
        } catch {
            Diagnostics.error(error)
            throw ExitCode(2)
        }
        let feeds = try FeedsCommand.storing { try library.feeds() }
        if feeds.isEmpty {
            Console.line("no feeds yet: byline feeds add URL")
            return
        }
        let fetcher = WebFetcher(options: UpdateCommand.fetchOptions(timeout: timeout))
        defer { fetcher.shutdown() }
        let showProgress = !quiet && isatty(STDERR_FILENO) == 1
        var updater = FeedUpdater(library: library, fetcher: fetcher)
        if showProgress {
            updater.progress = { done, total, _ in Diagnostics.progress("updating feeds \(done)/\(total)") }
            Diagnostics.progress("updating feeds 0/\(feeds.count)")
        }
        let outcomes = updater.run(feeds)
        if showProgress { Diagnostics.clearProgress() }
        var failed = 0
        // The titles as this update found them (a new feed's first).
        let titles = Dictionary(((try? library.feeds()) ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        for (feed, outcome) in zip(feeds, outcomes) {
            let name = terminalSafe((titles[feed.id] ?? nil) ?? feed.title ?? feed.url)
            switch outcome {
            case let .stored(a, u, _, problems):
                for p in problems { Diagnostics.error(p) }
                if !quiet, a + u > 0 { Console.line("\(name): \(a) new, \(u) updated") }
            case .notModified, .stopped:
                break
            case .failed(let message):
                failed += 1
                Diagnostics.error(message)
            }
        }
        if !quiet { Console.line(FeedUpdater.summary(of: outcomes)) }
        if failed > 0 { throw ExitCode(1) }
    }

    /// The fetcher's settings: `timeout` for connecting and for each read, six times it
    /// for a whole fetch; the proxies the environment names.
    static func fetchOptions(timeout: Double = 20) -> WebFetcher.Options {
        var options = WebFetcher.Options()
        options.userAgent = "Byline/\(Byline.version) (terminal news reader)"
        options.readTimeout = timeout
        options.connectTimeout = min(timeout, 10)
        options.totalTimeout = timeout * 6
        // http_proxy, https_proxy, no_proxy… as curl reads them.
        options.proxies = ProxySettings(environment: ProcessInfo.processInfo.environment)
        return options
    }
}
