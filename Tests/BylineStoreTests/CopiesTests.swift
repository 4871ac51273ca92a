import BylineKit
import Foundation
import Testing
@testable import BylineStore

/// A story saved twice (a downloads folder and an archive) is one result of every
/// look-up, naming the other file, while both stay in the library.
@Suite("The same text at two paths is listed once")
struct CopiesTests {
    let t: TempLibrary
    let first: String, second: String, other: String

    init() throws {
        t = try TempLibrary()
        let body = "Mayor Ana Lopez said: “The bridge will reopen in May.” Traffic in Riverton has doubled since the closure."
        first = t.write("news/bridge.md", title: "Riverton bridge to reopen", date: "2024-05-02", body: body)
        second = t.write("archive/bridge-copy.md", title: "Riverton bridge to reopen", date: "2024-05-02", body: body)
        other = t.write("news/later.md", title: "Riverton bridge reopens", date: "2024-05-20",
                        body: "Mayor Ana Lopez said: “The bridge is open again.” Traffic in Riverton eased at once.")
        _ = try t.library.index(paths: [t.articles])
    }

    @Test func bothFilesStayInTheLibrary() throws {
        #expect(Set(try t.library.articles().map(\.path)) == [first, second, other])
    }

    @Test func fullTextSearchListsTheTextOnceWithItsCopy() throws {
        let results = try t.library.search("bridge")
        #expect(results.count == 2, "\(results.map(\.path))")
        let copied = try #require(results.first { $0.path == first || $0.path == second })
        #expect(Set([copied.path] + copied.copies) == [first, second])
        #expect(results.first { $0.path == other }?.copies == [])
    }

    @Test func entityLookUpListsTheTextOnce() throws {
        let matches = try t.library.articles(mentioning: "Riverton")
        #expect(matches.count == 2, "\(matches.map(\.path))")
        #expect(matches.contains { Set([$0.path] + $0.copies) == [first, second] })
    }

    @Test func speakerLookUpListsEachQuotationOnce() throws {
        let quotes = try t.library.quotations(by: "Ana Lopez")
        #expect(quotes.map(\.text).sorted() == ["The bridge is open again.", "The bridge will reopen in May."])
        let reopen = try #require(quotes.first { $0.text == "The bridge will reopen in May." })
        #expect(Set([reopen.path] + reopen.copies) == [first, second])
    }
}
