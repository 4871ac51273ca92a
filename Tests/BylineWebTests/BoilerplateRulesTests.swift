import BylineKit
@testable import BylineWeb
import Foundation
import Testing

/// The rules that keep or leave out parts of an article's node, each on a small invented
/// page: what a reader sees in the text of `byline dump`.
@Suite("Extraction: what is kept and what is left out inside the article")
struct BoilerplateRulesTests {
    static let paragraphs = """
    <p>The harbour wall gave way on Monday night, and the water reached the market square before dawn, officials said.</p>
    <p>Engineers from the council, the coastguard and two private firms inspected the damage on Tuesday morning.</p>
    <p>Repairs will take months, the mayor said, and the council will ask the government for emergency funds.</p>
    """

    static func texts(_ body: String) throws -> [String] {
        let page = "<html><head><title>Harbour wall gives way</title></head><body><div class=\"story\">\(body)</div></body></html>"
        return try HTMLExtractor.extract(data: Data(page.utf8), path: "p.html").article.blocks.map(\.text)
    }

    @Test("a list whose every item is one picture with its caption is a gallery: kept, captions included")
    func galleriesAreKept() throws {
        let texts = try Self.texts(Self.paragraphs + """
        <ul>
        <li><figure><img src="a.jpg"><figcaption>The breach seen from the beach</figcaption></figure></li>
        <li><figure><img src="b.jpg"><figcaption>Sandbags along the market square</figcaption></figure></li>
        <li><figure><img src="c.jpg"><figcaption>Engineers at the harbour mouth</figcaption></figure></li>
        </ul>
        """)
        for caption in ["The breach seen from the beach", "Sandbags along the market square", "Engineers at the harbour mouth"] {
            #expect(texts.contains(caption), "\(caption): \(texts)")
        }
    }

    @Test("a paragraph or list item that is all one link, a headline's length, is a teaser for another article")
    func teasersAreLeftOut() throws {
        let texts = try Self.texts(Self.paragraphs + """
        <p><a href="/ferry"><strong>FERRY CANCELLED AS THE STORM REACHES THE ISLANDS</strong></a></p>
        <ul><li><a href="/a">Ten storms that changed the coast</a></li></ul>
        <p>Read the <a href="/report">council's report on the flood defences</a> for the full list of streets.</p>
        """)
        #expect(!texts.contains { $0.contains("FERRY CANCELLED") || $0.contains("Ten storms") }, "\(texts)")
        #expect(texts.contains("Read the council's report on the flood defences for the full list of streets."), "a link inside a sentence stays")
    }

    @Test("\"DON'T MISS\" as a paragraph of its own heads a list of other articles: both left out, the text after stays")
    func promotionHeadingsSetAsParagraphs() throws {
        let texts = try Self.texts(Self.paragraphs + """
        <p><strong>DON'T MISS</strong></p>
        <p><a href="/a">Sea wall plans</a> [INSIGHT]</p>
        <p><a href="/b">Ferry timetable changes</a> [NEWS]</p>
        <p>The council meets on Friday to decide which streets are rebuilt first, and residents may speak at the meeting.</p>
        """)
        #expect(!texts.contains { $0.contains("MISS") || $0.contains("Sea wall") || $0.contains("timetable") }, "\(texts)")
        #expect(texts.last?.hasPrefix("The council meets on Friday") == true)
    }

    @Test("a block that is only a control of the page (Comments, Skip to content, Share) is left out")
    func pageControlsAreLeftOut() throws {
        let texts = try Self.texts(Self.paragraphs + "<p>Comments</p><p>Skip to content</p><p><b>Share</b></p>")
        #expect(texts.count == 4, "\(texts)")
        #expect(texts.last?.hasPrefix("Repairs will take months") == true)
    }
}
