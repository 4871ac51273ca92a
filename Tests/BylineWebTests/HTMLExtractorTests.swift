import BylineKit
@testable import BylineWeb
import Foundation
import Testing

@Suite("Reader-mode extraction of web pages")
struct HTMLExtractorTests {
    static let page = """
    <!DOCTYPE html>
    <html><head>
    <meta charset="utf-8">
    <title>Storm floods the harbour &amp; old town | The Coast Times</title>
    <meta property="og:site_name" content="The Coast Times">
    <meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="2024-03-05T08:00:00Z">
    <link rel="canonical" href="https://coast.example/news/storm.html">
    <style>p { color: red }</style>
    <script>document.write("never run")</script>
    </head><body>
    <div id="cookie-banner">We use cookies. Accept all cookies to continue reading this site.</div>
    <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <header class="site-header"><a href="/">The Coast Times</a></header>
    <article class="story">
      <h1>Storm floods the harbour &amp; old town</h1>
      <p class="lead">A winter storm flooded the harbour and the old town on Tuesday, forcing hundreds of residents to leave their homes, officials said.</p>
      <div class="share-bar"><a href="https://facebook.example/share">Share</a> <a href="https://x.example/share">Post</a></div>
      <p>The water rose by two metres within an hour, according to the harbour master, who called it &ldquo;the worst flood in forty years&rdquo;. See <a href="/maps/flood.html">the flood map</a> for the streets affected.</p>
      <figure><img src="a.jpg"><figcaption>Boats in the flooded harbour. <span class="credit">Photograph: Ann Lee/Coast Times</span></figcaption></figure>
      <h2>Evacuations</h2>
      <p>Emergency services, volunteers and the coastguard moved people from the lowest streets, and schools were closed for the rest of the week.</p>
      <ul><li>Harbour Road was closed to traffic.</li><li>The ferry to the islands was cancelled.</li></ul>
      <blockquote><p>We have never seen the sea come this far into the town, not even in 1983.</p></blockquote>
      <p>The mayor said repairs would take months, and that the council would ask the government for emergency funds to rebuild the sea wall.</p>
    </article>
    <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Sea wall plans</a></li><li><a href="/b">Ferry timetable</a></li></ul></aside>
    <div id="comments" class="comments"><p>Reader comment: this is terrible, hope everyone is safe and well tonight.</p></div>
    <div class="advert ad-slot">Advertisement: buy boats now at great prices, limited offer for readers.</div>
    <footer>© The Coast Times. All rights reserved. Terms, privacy and cookies.</footer>
    </body></html>
    """

    let article = try! HTMLExtractor.extract(data: Data(page.utf8), path: "storm.html").article

    @Test func metadataIsRead() {
        #expect(article.title == "Storm floods the harbour & old town")
        #expect(article.author == "Jane Doe")
        #expect(article.date?.description == "2024-03-05")
        #expect(article.source == "The Coast Times")
        #expect(article.url == "https://coast.example/news/storm.html")
    }

    @Test func theArticleIsKeptInOrderWithItsStructure() {
        let texts = article.blocks.map(\.text)
        #expect(article.blocks.first?.kind == .headline)
        #expect(texts.first == article.title)
        #expect(texts.filter { $0.contains("Storm floods") }.count == 1, "the in-page h1 is not repeated")
        #expect(texts.contains { $0.hasPrefix("A winter storm flooded") })
        #expect(texts.contains { $0.contains("“the worst flood in forty years”") }, "entities decoded")
        #expect(article.blocks.contains { $0.kind == .headline && $0.text == "Evacuations" })
        #expect(texts.contains("• Harbour Road was closed to traffic."))
        #expect(texts.contains("│ We have never seen the sea come this far into the town, not even in 1983."))
        let caption = article.blocks.first { $0.kind == .caption }
        #expect(caption?.text == "Boats in the flooded harbour. Photograph: Ann Lee/Coast Times")
        #expect(caption?.credit == "Photograph: Ann Lee/Coast Times")
        let lead = texts.firstIndex { $0.hasPrefix("A winter storm") }!
        let mayor = texts.firstIndex { $0.hasPrefix("The mayor said") }!
        #expect(lead < mayor)
    }

    @Test func boilerplateIsDropped() {
        let all = article.blocks.map(\.text).joined(separator: "\n")
        for junk in ["cookies", "Home", "Sport", "Share", "Related stories", "Sea wall plans", "Reader comment",
                     "Advertisement", "All rights reserved", "never run", "color: red"] {
            #expect(!all.contains(junk), "\(junk) should be dropped")
        }
    }

    @Test func linksAreListedAbsoluteWithTheirBlock() {
        let link = article.links.first { $0.text == "the flood map" }
        #expect(link?.url == "https://coast.example/maps/flood.html")
        #expect(link.map { article.blocks[$0.block].text.contains("the flood map") } == true)
    }

    @Test func controlCharactersInAPageNeverReachTheText() throws {
        let hostile = "<title>T\u{1B}]52;c;x\u{07}</title><p>Escape \u{1B}[31m here and a long enough sentence, to score as text.</p>"
        let a = try HTMLExtractor.extract(data: Data(hostile.utf8), path: "x.html").article
        for s in [a.title] + a.blocks.map(\.text) {
            #expect(!s.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }

    @Test("the author's name, a publication stamp and the title repeated at the top are shown once, in the header")
    func headerEchoesAreDropped() throws {
        let page = """
        <html><head><title>Ferry service resumes after the storm</title><meta name="author" content="Sam Reed"></head>
        <body><div class="story">
        <h2>FERRY SERVICE RESUMES AFTER THE STORM!</h2>
        <div class="who"><p>SAM REED</p></div>
        <p>PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019</p>
        <p>The ferry to the islands sailed again on Tuesday morning, three days after the storm closed the harbour, and the first boat was full.</p>
        <p>Sam Reed, who travelled on the first boat, said the crossing was calm and the crew cheerful after a long weekend of repairs.</p>
        <p>Updated 5:27 am CST, Wednesday, November 20, 2019</p>
        </div></body></html>
        """
        let a = try HTMLExtractor.extract(data: Data(page.utf8), path: "ferry.html").article
        let texts = a.blocks.map(\.text)
        #expect(texts.first == "Ferry service resumes after the storm")
        #expect(a.author == "Sam Reed")
        #expect(!texts.contains("FERRY SERVICE RESUMES AFTER THE STORM!"), "\(texts)")
        #expect(!texts.contains("SAM REED"), "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("PUBLISHED:") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Sam Reed, who travelled") }, "a sentence naming the author stays")
        #expect(texts.contains { $0.hasPrefix("The ferry to the islands") })
    }

    @Test("the page's heading when the title adds the site's name, the author line with more names, a 'Published' stamp at the end: left out")
    func moreHeaderEchoesAreDropped() throws {
        let page = """
        <html><head><meta property="og:title" content="Ferry service resumes - The Island Post"><meta name="author" content="Sam Reed"></head>
        <body><div class="story">
        <h3>Ferry service resumes</h3>
        <p>By Sam Reed, Ann Poe and Lee Moss</p>
        <p>The ferry to the islands sailed again on Tuesday morning, three days after the storm closed the harbour, and the first boat was full.</p>
        <p>By Sam Reed's count, forty cars crossed before noon, and the crew said the crossing was calm after a long weekend of repairs.</p>
        <p>Harbour staff worked through the night to clear the slipway, and the council thanked them at its meeting on Wednesday evening.</p>
        <p>Passengers were told to expect delays for a week while the timetable returns to normal and the second boat is repaired.</p>
        <p>The island's shop had run out of bread and milk by Monday, and the first boat carried both, with post for every house.</p>
        <p>First Published: Tuesday, November 19, 2019 08:38 AM</p>
        </div></body></html>
        """
        let a = try HTMLExtractor.extract(data: Data(page.utf8), path: "ferry.html").article
        let texts = a.blocks.map(\.text)
        #expect(texts.first == "Ferry service resumes - The Island Post")
        #expect(!texts.dropFirst().contains("Ferry service resumes"), "\(texts)")
        #expect(!texts.contains { $0.hasPrefix("By Sam Reed,") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("By Sam Reed's count") }, "a sentence starting with the author's name stays")
        #expect(!texts.contains { $0.hasPrefix("First Published") }, "\(texts)")
        #expect(texts.last?.hasPrefix("The island's shop") == true)
    }

    @Test func aStampIsOnlyDatesTimesAndStampWords() {
        #expect(HeaderEchoes.isStamp("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m."))
        #expect(HeaderEchoes.isStamp("Posted on 3rd March 2021 at 09:15 GMT"))
        #expect(HeaderEchoes.isStamp("- Nov. 18th 2019 12:12 pm PT"), "US time zones written short")
        #expect(!HeaderEchoes.isStamp("Updated 2019 rules for the May election"))
        #expect(!HeaderEchoes.isStamp("Updated"))
    }

    @Test func aPageWithNoTextIsAnError() {
        #expect(throws: ArticleError.self) {
            _ = try HTMLExtractor.extract(data: Data("<html><body><script>x()</script></body></html>".utf8), path: "e.html")
        }
    }
}
