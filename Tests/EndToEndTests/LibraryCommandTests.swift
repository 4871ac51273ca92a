import BylineTestSupport
import Foundation
import Testing

@Suite("byline add and byline search, on a temporary library")
struct LibraryCommandTests {
    let byline = BylineBinary.path
    let tmp: TempFolder
    let environment: [String: String]

    init() throws {
        tmp = try TempFolder()
        environment = ["XDG_DATA_HOME": tmp.path + "/data"]
    }

    private func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessRunner.Result {
        try ProcessRunner.run(byline, arguments, environment: environment.merging(extra) { $1 })
    }

    @Test func addThenSearchFullText() throws {
        let added = try run(["add", Fixtures.path("corpus")])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("71 added"))
        #expect(FileManager.default.fileExists(atPath: tmp.path + "/data/byline/library.sqlite"))

        let again = try run(["add", Fixtures.path("corpus")])
        #expect(again.stdout.contains("0 added, 0 updated, 71 unchanged"))

        let found = try run(["search", "fundraising", "event"])
        #expect(found.status == 0)
        let lines = found.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("1. Arrest made as mayor of Gdańsk, Poland stabbed on stage") == true)
        #expect(lines.contains { $0.contains("005_arrest-made-as-mayor-of-gdansk.txt") })
        #expect(lines.contains { $0.contains("[fundraising] [event]") })
        // Output to a file holds no escape sequences.
        #expect(!found.stdout.contains("\u{1B}"))
    }

    @Test func searchWithNoMatchAndAnEmptyLibrary() throws {
        let empty = try run(["search", "anything"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("library is empty"))
        _ = try run(["add", Fixtures.corpus(5)])
        let none = try run(["search", "zyzzyva"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no match"))
        let usage = try run(["search"])
        #expect(usage.status != 0)
        #expect(usage.stderr.contains("--entity"))
    }

    @Test func libraryOptionAndEnvironmentOverride() throws {
        let explicit = tmp.path + "/explicit.sqlite"
        let viaOption = try run(["add", "--library", explicit, Fixtures.corpus(3)])
        #expect(viaOption.status == 0)
        #expect(FileManager.default.fileExists(atPath: explicit))
        let viaEnv = try run(["search", "highway"], environment: ["BYLINE_LIBRARY": explicit])
        #expect(viaEnv.status == 0)
        #expect(viaEnv.stdout.contains("003_florida-highway-pileup"))
    }

    @Test func badFilesAreNamedAndTheRestIsAdded() throws {
        try tmp.write("in/good.md", "# A good article\n\nWith some text about ferries.\n")
        let bad = try tmp.write("in/bad.txt", Data([0x41, 0x00, 0x42]))
        let r = try run(["add", tmp.path + "/in"])
        #expect(r.status == 1)
        #expect(r.stderr.contains(bad))
        #expect(r.stdout.contains("1 added"))
        #expect(try run(["search", "ferries"]).status == 0)
    }

    @Test func aDamagedLibraryIsReportedAndKept() throws {
        let path = try tmp.write("damaged.sqlite", String(repeating: "not a database ", count: 500))
        let before = FileManager.default.contents(atPath: path)
        let r = try run(["search", "--library", path, "anything"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(path))
        #expect(r.stderr.contains("damaged"))
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test("a story saved in two folders is one search result, naming both files")
    func copiesAreListedOnce() throws {
        let story = try String(contentsOfFile: Fixtures.corpus(5), encoding: .utf8)
        let a = try tmp.write("news/gdansk.txt", story)
        let b = try tmp.write("archive/gdansk-saved.txt", story)
        #expect(try run(["add", tmp.path + "/news", tmp.path + "/archive"]).status == 0)
        let found = try run(["search", "fundraising"])
        #expect(found.status == 0, "\(found.stderr)")
        let lines = found.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("1. ") || $0.hasPrefix("2. ") }.count == 1, "\(found.stdout)")
        #expect(lines.contains("   \(a)") && lines.contains("   same text: \(b)")
                || lines.contains("   \(b)") && lines.contains("   same text: \(a)"), "\(found.stdout)")
    }

    @Test func entityAndSpeakerSearchAnswer() throws {
        _ = try run(["add", Fixtures.path("corpus")])
        // What the analysers find is their business; the commands must answer either way.
        for args in [["search", "--entity", "Donald Trump"], ["search", "--speaker", "Trump"]] {
            let r = try run(args)
            #expect(r.status == 0 || (r.status == 1 && r.stderr.contains("no match")), "\(args): \(r.stderr)")
        }
    }
}
