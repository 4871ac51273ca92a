import ArgumentParser
import BylineKit
import BylineStore
import BylineWeb
import Foundation

/// `byline feeds add|list|remove|import|export`: the library's subscriptions.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Subscribe to feeds (RSS, Atom, JSON Feed); `byline update` fetches them.",
        discussion: """
        byline feeds add URL          subscribe (fetched by the next `byline update`)
        byline feeds list             title, address, items, unread, last update, last error
        byline feeds remove URL|N     unsubscribe (N: the number in `feeds list`); its stored items go too
        byline feeds import FILE      subscribe to every feed of an OPML file or a newsboat `urls` file
        byline feeds export           every subscription as OPML, on standard output
        """,
        subcommands: [Add.self, List.self, Remove.self, Import.self, Export.self],
        defaultSubcommand: List.self
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Subscribe to a feed by its address.")
        @OptionGroup var options: LibraryOptions
        @Argument(help: "The feed's http:// or https:// address.") var url: String

        func run() throws {
            guard WebFetcher.isWebAddress(url) else {
                Diagnostics.error("\(url): not an http:// or https:// address")
                throw ExitCode(64)
            }
            let library = try options.open()
            let result = try FeedsCommand.storing { try library.addFeed(url: url) }
            Console.line(result.added
                ? "subscribed to \(terminalSafe(url)); `byline update` fetches it"
                : "already subscribed to \(terminalSafe(url))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "The subscriptions, with their items and unread counts.")
        @OptionGroup var options: LibraryOptions

        func run() throws {
            let path = options.resolvedPath()
            guard access(path, F_OK) == 0 else { Console.line("no feeds yet: byline feeds add URL"); return }
            let library = try options.open(readOnly: true)
            let feeds = try FeedsCommand.storing { try library.feeds() }
            if feeds.isEmpty { Console.line("no feeds yet: byline feeds add URL"); return }
            for (i, feed) in feeds.enumerated() {
                Console.line("\(i + 1). \(terminalSafe(feed.title ?? "(not fetched yet)"))  \(terminalSafe(feed.url))")
                var line = "   \(feed.items) item\(feed.items == 1 ? "" : "s"), \(feed.unread) unread"
                line += "; updated " + (feed.updatedAt.map(FeedsCommand.when) ?? "never")
                if let checked = feed.checkedAt { line += ", checked " + FeedsCommand.when(checked) }
                Console.line(line)
                if let error = feed.lastError { Console.line("   last error: \(terminalSafe(error))") }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Unsubscribe (by address, or by number in `feeds list`).")
        @OptionGroup var options: LibraryOptions
        @Argument(help: "The feed's address, or its number in `byline feeds list`.") var feed: String

        func run() throws {
            let library = try options.open()
            let feeds = try FeedsCommand.storing { try library.feeds() }
            let match = Int(feed).flatMap { n in feeds.indices.contains(n - 1) ? feeds[n - 1] : nil } ?? feeds.first { $0.url == feed }
            guard let match else {
                Diagnostics.error("\(feed): no such feed (see `byline feeds list`)")
                throw ExitCode(1)
            }
            _ = try FeedsCommand.storing { try library.removeFeed(id: match.id) }
            Console.line("unsubscribed from \(terminalSafe(match.url)) (\(match.items) stored item\(match.items == 1 ? "" : "s") removed)")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Subscribe to the feeds of an OPML file or a newsboat `urls` file.",
            discussion: "newsboat: lines `URL \"tag\" \"~Title\"`, # comments; query: lines are left out. Exit status 1 if any line was left out.")
        @OptionGroup var options: LibraryOptions
        @Argument(help: "The OPML or urls file.") var file: String

        func run() throws {
            let data: Data
            do {
                data = try FileReader.read(file, limit: 16 * 1024 * 1024)
            } catch {
                Diagnostics.error("\(error)")
                throw ExitCode(1)
            }
            let list: FeedList.Parsed
            do {
                list = try FeedList.read(data: data, path: file)
            } catch {
                Diagnostics.error("\(error)")
                throw ExitCode(1)
            }
            let library = try options.open()
            var added = 0
            for entry in list.entries {
                let title = entry.title.map(TextSanitizer.sanitize)
                if try FeedsCommand.storing({ try library.addFeed(url: entry.url, title: title, tags: entry.tags.joined(separator: " ")) }).added {
                    added += 1
                }
            }
            for skipped in list.skipped { Diagnostics.error("\(file): skipped: \(skipped)") }
            Console.line("\(added) feed\(added == 1 ? "" : "s") added, \(list.entries.count - added) already subscribed; `byline update` fetches them")
            if !list.skipped.isEmpty { throw ExitCode(1) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Print every subscription as OPML.")
        @OptionGroup var options: LibraryOptions

        func run() throws {
            let path = options.resolvedPath()
            var feeds: [FeedSubscription] = []
            if access(path, F_OK) == 0 {
                let library = try options.open(readOnly: true)
                feeds = try FeedsCommand.storing { try library.feeds() }
            }
            Console.write(FeedList.opml(feeds.map {
                FeedList.Entry(url: $0.url, title: $0.title, tags: $0.tags.split(separator: " ").map(String.init))
            }))
        }
    }

    /// Runs a library call; its failure is said and ends the command with status 2.
    static func storing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// `2026-12-07 18:40` in local time.
    static func when(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }
}
