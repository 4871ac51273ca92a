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

    @Test("each paragraph counts for its container as in Readability (one point, one more per comma-separated part): short paragraphs are not lost beside one long one")
    func shortParagraphsCountAsMuchAsReadabilityCountsThem() throws {
        let page = """
        <html><head><title>Harbour wall gives way</title></head><body>
        <div><p>The harbour wall gave way on Monday night.</p><p>The water reached the market square before dawn.</p>
        <p>Engineers inspected the damage on Tuesday morning.</p><p>Repairs will take months to finish in the old town.</p></div>
        <div><p>\(String(repeating: "The storm that broke the wall had been forecast for days and boats were tied up early ", count: 3))and the coastguard, the council and the port all warned residents to stay away from the sea front.</p></div>
        </body></html>
        """
        let texts = try HTMLExtractor.extract(data: Data(page.utf8), path: "p.html").article.blocks.map(\.text)
        #expect(texts.count == 6, "\(texts)")
        #expect(texts.contains("Repairs will take months to finish in the old town."))
        #expect(texts.last?.hasPrefix("The storm that broke the wall") == true)
    }

    @Test("a <div> of text named a caption is the picture's caption and stays, although 'media' in its name weighs against it")
    func captionDivsStay() throws {
        let texts = try Self.texts(Self.paragraphs + """
        <p>The council meets on Friday to decide which streets are rebuilt first, and residents may speak at the meeting.</p>
        <p>Shops on the sea front will stay closed until the water board has checked the drains and the power lines.</p>
        <div class="media-container"><img src="wall.jpg"></div>
        <div class="media-caption">The breach in the harbour wall - Image: Coast Council</div>
        <div class="media-links"><a href="/a">Gallery</a> <a href="/b">Video</a></div>
        """)
        #expect(texts.contains("The breach in the harbour wall - Image: Coast Council"), "\(texts)")
        #expect(!texts.contains { $0.contains("Gallery") }, "\(texts)")
    }

    @Test("a list of other stories' headlines, each a heading inside a link, is left out, although its name also says 'article'")
    func relatedHeadlineListsAreLeftOut() throws {
        let texts = try Self.texts(Self.paragraphs + """
        <div class="story-article-related-links">
        <h3>More from the coast</h3>
        <ul>
        <li><a href="/a"><h4>Lifeboat crew rescue three fishermen off the point</h4></a></li>
        <li><a href="/b"><h4>Council votes to rebuild the old pier next spring</h4></a></li>
        <li><a href="/c">Readers' photos of the storm night</a> <span>(2 hours ago, 14 comments)</span></li>
        </ul></div>
        <p>The council meets on Friday to decide which streets are rebuilt first, and residents may speak at the meeting.</p>
        """)
        #expect(!texts.contains { $0.contains("Lifeboat") || $0.contains("pier") || $0.contains("More from") || $0.contains("Readers' photos") }, "\(texts)")
        #expect(texts.last?.hasPrefix("The council meets on Friday") == true, "\(texts)")
    }

    @Test("a headline inside a list item is a teaser when all of it is a link, and stays when it is not")
    func linkedHeadingsInListsAreTeasers() throws {
        let texts = try Self.texts(Self.paragraphs + """
        <ul><li><a href="/a"><h4>Lifeboat crew rescue three fishermen off the point</h4></a></li></ul>
        <ol><li><h4>Which streets are rebuilt first</h4><p>The council decides on Friday, after hearing the residents of each street.</p></li></ol>
        """)
        #expect(!texts.contains { $0.contains("Lifeboat") }, "\(texts)")
        #expect(texts.contains("Which streets are rebuilt first"), "\(texts)")
    }

    @Test("a gallery's caption shown whole, then cut with a '… more' toggle, and its credit under each view: shown once")
    func galleryCaptionCopiesAreLeftOut() throws {
        let caption = "Sandbags along the market square on Tuesday morning, as the council prepared for the next high tide."
        let texts = try Self.texts(Self.paragraphs + """
        <ul class="gallery"><li><img src="a.jpg">
        <div class="caption"><div class="caption-full">\(caption)<a class="toggle"> less</a></div>
        <div class="caption-short">Sandbags along the market square on Tuesday morning, as the council<a class="toggle"> ... more</a></div>
        <span class="credit">Photo: Ann Poe, Coast News</span></div></li>
        <li><img src="b.jpg"><div class="caption"><div class="caption-full">Engineers at the harbour mouth on Wednesday, checking the stones.</div>
        <div class="caption-short">Engineers at the harbour mouth on Wednesday, checking the stones.</div></div></li></ul>
        <div class="gallery-bar"><span class="credit">Photo: Ann Poe, Coast News</span></div>
        """)
        #expect(texts.filter { $0.contains("Sandbags") } == ["• " + caption], "\(texts)")
        #expect(texts.filter { $0.contains("Engineers at the harbour mouth") }.count == 1, "\(texts)")
        #expect(texts.filter { $0.contains("Photo: Ann Poe") }.count == 1, "\(texts)")
        #expect(!texts.contains { $0.hasSuffix("less") || $0.hasSuffix("more") }, "\(texts)")
    }

    @Test("a paragraph repeated whole stays: only a list item repeating the one before, or a cut copy, is left out")
    func repeatedParagraphsStay() throws {
        let line = "The water reached the market square before dawn, and it stayed there until noon."
        let texts = try Self.texts(Self.paragraphs + "<p>\(line)</p><p>\(line)</p>")
        #expect(texts.filter { $0 == line }.count == 2, "\(texts)")
    }

    @Test("'Like this story? Share it with a friend!' and 'Tell us what you think' point away from the article: left out")
    func invitationsToShareAreLeftOut() throws {
        let texts = try Self.texts(Self.paragraphs + "<p>Like this story? Share it with a friend!</p><p>Tell us what YOU think...</p>")
        #expect(texts.count == 4, "\(texts)")
    }

    @Test("a <p> named a caption beside a picture is the picture's caption: shown once however often the page repeats it")
    func captionParagraphsAreCaptions() throws {
        let caption = "The breach in the harbour wall, seen from the beach on Tuesday morning"
        let figure = #"<div class="wp-caption"><img src="wall.jpg"><p class="wp-caption-text">\#(caption)</p></div>"#
        let page = "<html><head><title>Harbour wall gives way</title></head><body><div class=\"story\">"
            + Self.paragraphs + figure + "<p>The council meets on Friday to decide which streets are rebuilt first.</p>" + figure + "</div></body></html>"
        let blocks = try HTMLExtractor.extract(data: Data(page.utf8), path: "p.html").article.blocks
        #expect(blocks.filter { $0.text == caption }.map(\.kind) == [.caption], "\(blocks)")
        #expect(blocks.last?.text.hasPrefix("The council meets") == true)
    }

    @Test("breadcrumbs and the author's biography box are never the article, even when the page is read again with fewer filters")
    func breadcrumbsAndAuthorBoxesAreLeftOut() throws {
        let texts = try Self.texts("""
            <ul class="site-breadcrumb-items"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
            """ + Self.paragraphs + """
            <div class="author-bio-container"><h2>About the Author</h2><p>Sam Reed has covered the coast and its harbours for the paper since 2009, and lives on the island.</p></div>
            """)
        #expect(!texts.contains { $0.contains("Home") || $0.contains("About the Author") || $0.contains("Sam Reed") }, "\(texts)")
        #expect(texts.count == 4, "\(texts)")
    }

    @Test("the desk's credit lines ('… contributed to this report.', '(Reporting by …; editing by …)'), reading times and long appeals are left out")
    func creditLinesAndAppealsAreLeftOut() throws {
        let texts = try Self.texts(Self.paragraphs + """
            <p>5 min read</p>
            <p>If you enjoyed this article, we have a proposition for you: join our members' club, where every story, the weekly magazine and the archive come without adverts, for less than a coffee a month.</p>
            <p>Coast News writers Ann Poe and Lee Moss contributed to this report.</p>
            <p>(Reporting by Ann Poe; additional reporting by Lee Moss; editing by Sam Reed)</p>
            <p><a href="/club">LEARN MORE</a></p>
            """)
        #expect(texts.count == 4, "\(texts)")
        #expect(texts.last?.hasPrefix("Repairs will take months") == true)
    }

    @Test("a sentence that names who contributed, inside the story, stays")
    func contributorsInASentenceStay() throws {
        let line = "Volunteers from the lifeboat station contributed to this report's photographs, the editor said, and to the clean-up."
        let texts = try Self.texts(Self.paragraphs + "<p>\(line)</p>")
        #expect(texts.last == line)
    }
}
