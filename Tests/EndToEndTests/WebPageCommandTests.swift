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
        #expect(r.stdout.hasPrefix("Council approves new bridge\n===========================\n\nThe city council approved"))
        let meta = try ProcessRunner.run(byline, ["dump", "--metadata", path])
        #expect(meta.stdout.hasPrefix("Council approves new bridge\n===========================\n2025-06-02 · by Sam Rivera · Riverside Post\n\nThe city council approved"))
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

@Suite("byline on feeds")
struct FeedCommandTests {
    let byline = BylineBinary.path

    @Test func eachItemOfAFeedIsAnArticleAndABrokenFeedIsNamed() throws {
        let tmp = try TempFolder()
        let good = try tmp.write("news.rss", """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Riverside Post</title>
        <link>https://riverside.example/</link>
        <item><title>Bridge approved</title><link>https://riverside.example/bridge</link>
        <dc:creator>Sam Rivera</dc:creator><pubDate>Mon, 02 Jun 2025 09:00:00 +0000</pubDate>
        <description>&lt;p&gt;The council approved a &lt;a href="/plans"&gt;footbridge&lt;/a&gt; on Monday.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
        <item><title>Ferry back</title><link>https://riverside.example/ferry</link>
        <pubDate>Tue, 03 Jun 2025 09:00:00 +0000</pubDate><description>The ferry runs again.</description></item>
        </channel></rss>
        """)
        let r = try ProcessRunner.run(byline, ["analyze", "--json", good])
        #expect(r.status == 0)
        let objects = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.map { $0["title"] as? String } == ["Bridge approved", "Ferry back"])
        #expect(objects.first?["author"] as? String == "Sam Rivera")
        #expect(objects.first?["date"] as? String == "2025-06-02")
        #expect(objects.first?["site"] as? String == "Riverside Post")
        #expect(objects.first?["url"] as? String == "https://riverside.example/bridge")
        let links = objects.first?["links"] as? [[String: Any]]
        #expect(links?.first?["url"] as? String == "https://riverside.example/plans")
        #expect(!r.stdout.contains("x()"))

        let broken = try tmp.write("broken.xml", "<rss version=\"2.0\"><channel><title>B</title><item><title>Kept</title><description>Kept text.</description></item><item><title>Lost <b></title></item>")
        let b = try ProcessRunner.run(byline, ["dump", broken])
        #expect(b.status == 0)
        #expect(b.stdout.hasPrefix("Kept\n"))
        #expect(b.stderr.contains("broken.xml: not well-formed XML at line 1"))
        #expect(b.stderr.contains("1 item read before it kept"))
    }

    @Test("byline add: a folder's feed files (.rss, and .xml found by their root element) are one article per item; search finds an item; other XML files are skipped, and refused when named")
    func addIndexesEachItemOfFeedFilesInAFolder() throws {
        let tmp = try TempFolder()
        let environment = ["BYLINE_LIBRARY": tmp.path + "/library.sqlite"]
        let rss = try tmp.write("news/coast.rss", """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>The Coast Times</title>
        <item><title>Harbour wall gives way</title><guid>storm</guid><description>The harbour wall gave way.</description></item>
        <item><title>Ferry cancelled</title><guid>ferry</guid><description>The ferry to Skerra is cancelled.</description></item>
        </channel></rss>
        """)
        // A .xml feed opening with a comment holding ">" and a doctype with an internal subset.
        let atom = try tmp.write("news/hills.xml", """
        <?xml version="1.0"?>
        <!-- saved by a tool -> hills -->
        <!DOCTYPE feed [ <!ENTITY site "Hill News"> ]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>&site;</title>
        <entry><title>Snow on the pass</title><id>snow</id><content type="html">&lt;p&gt;Snow closed the Varden pass.&lt;/p&gt;</content></entry>
        </feed>
        """)
        let svg = try tmp.write("news/map.xml", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Skerra</text></svg>\n")
        _ = try tmp.write("news/config.xml", "<?xml version=\"1.0\"?>\n<project><name>Skerra</name></project>\n")

        let added = try ProcessRunner.run(byline, ["add", tmp.path + "/news"], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("3 added, 0 updated, 0 unchanged, 0 removed"), "\(added.stdout)")
        #expect(added.stderr.isEmpty, "the other XML files are skipped without a word: \(added.stderr)")
        let again = try ProcessRunner.run(byline, ["add", tmp.path + "/news"], environment: environment)
        #expect(again.stdout.hasPrefix("0 added, 0 updated, 3 unchanged, 0 removed"), "\(again.stdout)")

        let found = try ProcessRunner.run(byline, ["search", "Skerra"], environment: environment)
        #expect(found.status == 0)
        #expect(found.stdout.contains("Ferry cancelled") && found.stdout.contains(rss + "#2"), "\(found.stdout)")
        #expect(!found.stdout.contains("map.xml") && !found.stdout.contains("config.xml"))
        let snow = try ProcessRunner.run(byline, ["search", "Varden"], environment: environment)
        #expect(snow.stdout.contains(atom + "#1"), "\(snow.stdout)")

        // Named on the command line: a .xml feed is read, another XML file refused, named with its root element.
        let dumped = try ProcessRunner.run(byline, ["dump", atom])
        #expect(dumped.status == 0)
        #expect(dumped.stdout.hasPrefix("Snow on the pass\n"), "\(dumped.stdout)")
        let refused = try ProcessRunner.run(byline, ["dump", svg])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("map.xml: an XML document (root element <svg>), not a feed (RSS, RDF or Atom) or an article"), "\(refused.stderr)")
        let notAdded = try ProcessRunner.run(byline, ["add", svg], environment: environment)
        #expect(notAdded.status == 1)
        #expect(notAdded.stderr.contains("root element <svg>"))
    }

    @Test("a feed fetched by address is known by its root element, whatever its type and however long its prolog")
    func aFetchedFeedIsKnownByItsRootElement() throws {
        let tmp = try TempFolder()
        let server = try TestHTTPServer()
        defer { server.stop() }
        // A comment holding ">" and longer than the 1 KB the first bytes used to be looked at.
        let prolog = "<?xml version=\"1.0\"?>\n<!-- " + String(repeating: "a > b ", count: 300) + " -->\n"
        server.route("/hills", .ok(prolog + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hill News</title><entry><title>Snow on the pass</title>"
            + "<id>snow</id><content type=\"html\">&lt;p&gt;Snow closed the Varden pass.&lt;/p&gt;</content></entry></feed>", type: "text/xml"))
        let r = try ProcessRunner.run(byline, ["dump", server.url("/hills")], environment: ["BYLINE_LIBRARY": tmp.path + "/library.sqlite"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Snow on the pass\n"), "\(r.stdout)")
        #expect(r.stdout.contains("Snow closed the Varden pass."))
    }
}
