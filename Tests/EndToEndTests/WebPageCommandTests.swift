import BylineTestSupport
import Foundation
import Testing

@Suite("byline on web pages")
struct WebPageCommandTests {
    let byline = BylineBinary.path
    static let page = """
    <!DOCTYPE html><html><head><meta charset="windows-1252">
    <title>Council approves new bridge - Riverside Post</title>
    <meta name="author" content="Sam Rivera"><meta property="og:site_name" content="Riverside Post">
    <meta property="article:published_time" content="2025-06-02">
    <link rel="canonical" href="https://riverside.example/bridge"></head>
    <body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
    <article><h1>Council approves new bridge</h1>
    <p>The city council approved a new footbridge across the river on Monday, after two years of debate about its cost and design.</p>
    <p>&ldquo;It will join the two halves of the town,&rdquo; said the mayor, Ana Costa, who voted for it with seven other councillors.</p>
    </article><script>alert(1)</script></body></html>
    """

    @Test func dumpPrintsTheExtractedArticleNotTheMarkup() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("bridge.html", Self.page)
        let r = try ProcessRunner.run(byline, ["dump", path])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Council approves new bridge\n"))
        #expect(r.stdout.contains("2025-06-02 · by Sam Rivera · Riverside Post"))
        #expect(r.stdout.contains("“It will join the two halves of the town,” said the mayor"))
        for markup in ["<", "&ldquo;", "alert", "Local"] { #expect(!r.stdout.contains(markup), "\(markup)") }
    }

    @Test func foldersOfPagesAndStandardInputAreRead() throws {
        let tmp = try TempFolder()
        try tmp.write("news/a.html", Self.page)
        try tmp.write("news/b.htm", Self.page.replacingOccurrences(of: "new bridge", with: "old tunnel"))
        let folder = try ProcessRunner.run(byline, ["analyze", tmp.path + "/news"])
        #expect(folder.status == 0)
        #expect(folder.stdout.split(separator: "\n").count == 2)
        #expect(folder.stdout.contains("Council approves old tunnel"))
        let input = try tmp.write("stdin.bytes", Self.page)
        let stdin = try ProcessRunner.run(byline, ["dump", "-"], stdinFile: input)
        #expect(stdin.status == 0)
        #expect(stdin.stdout.hasPrefix("Council approves new bridge\n"))
    }

    @Test func analyzeJSONNamesAuthorSiteAndURL() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("bridge.html", Self.page)
        let r = try ProcessRunner.run(byline, ["analyze", "--json", path])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == "Council approves new bridge")
        #expect(object?["author"] as? String == "Sam Rivera")
        #expect(object?["site"] as? String == "Riverside Post")
        #expect(object?["url"] as? String == "https://riverside.example/bridge")
        #expect(object?["date"] as? String == "2025-06-02")
        let quotes = object?["quotes"] as? [[String: Any]]
        #expect(quotes?.contains { ($0["speaker"] as? String)?.contains("Costa") == true } == true)
    }
}
