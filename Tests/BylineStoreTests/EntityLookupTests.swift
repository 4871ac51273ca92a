import BylineKit
import Foundation
import Testing
@testable import BylineStore

@Suite("Looking up entities and speakers across the library")
struct EntityLookupTests {
    let t: TempLibrary

    /// Three hand-made analyses, so the tests do not depend on the analysers.
    init() throws {
        t = try TempLibrary()
        let a = article(t.articles + "/a.md", title: "Summit in Hanoi", date: "2019-02-28",
                        paragraphs: ["Kim Jong-un met Donald Trump. Mr Kim said \"we are ready\"."])
        let b = article(t.articles + "/b.md", title: "Missile test", date: "2019-05-04",
                        paragraphs: ["Kim Jong Un watched the test. Trump said \"he is a friend\" and \"nothing changes\"."])
        let c = article(t.articles + "/c.md", title: "Trade talks", date: "2019-06-01",
                        paragraphs: ["Ivanka Trump visited Seoul. The UN said \"talks continue\"."])
        try t.library.store([
            AnalyzedArticle(article: a, entities: [
                mention("Kim Jong-un", .person, start: 0), mention("Donald Trump", .person, start: 20),
                mention("Mr Kim", .person, canonical: "Kim Jong-un", start: 34),
            ], quotes: [Quotation(text: "we are ready", speaker: "Kim Jong-un", partial: false, location: TextLocation(block: 1, start: 46, end: 58))]),
            AnalyzedArticle(article: b, entities: [
                mention("Kim Jong Un", .person, start: 0), mention("Trump", .person, canonical: "Donald Trump", start: 29),
            ], quotes: [
                Quotation(text: "he is a friend", speaker: "Donald Trump", partial: false, location: TextLocation(block: 1, start: 41, end: 55)),
                Quotation(text: "nothing changes", speaker: "Donald Trump", partial: false, location: TextLocation(block: 1, start: 62, end: 77)),
            ]),
            AnalyzedArticle(article: c, entities: [
                mention("Ivanka Trump", .person, start: 0), mention("Seoul", .place, start: 21),
                mention("UN", .org, start: 32),
            ], quotes: [Quotation(text: "talks continue", speaker: "UN", partial: false, location: TextLocation(block: 1, start: 42, end: 56))]),
        ])
    }

    @Test func byCanonicalNameAndSpellingVariants() throws {
        let hits = try t.library.articles(mentioning: "Kim Jong-un")
        #expect(hits.map(\.title) == ["Summit in Hanoi", "Missile test"])
        #expect(hits[0].mentions == 2)
        #expect(hits[0].aliases == ["Mr Kim"])
        #expect(try t.library.articles(mentioning: "KIM JONG UN").count == 2)
    }

    @Test func byAliasAndSurname() throws {
        #expect(try t.library.articles(mentioning: "Mr Kim").map(\.title) == ["Summit in Hanoi"])
        // "Trump" is an alias in b and the surname of two people.
        #expect(Set(try t.library.articles(mentioning: "Trump").map(\.title)) == ["Summit in Hanoi", "Missile test", "Trade talks"])
        #expect(try t.library.articles(mentioning: "Donald Trump").map(\.canonical) == ["Donald Trump", "Donald Trump"])
        #expect(try t.library.articles(mentioning: "Seoul").first?.type == .place)
        #expect(try t.library.articles(mentioning: "Pyongyang").isEmpty)
    }

    @Test func quotationsBySpeaker() throws {
        let quotes = try t.library.quotations(by: "Donald Trump")
        #expect(quotes.map(\.text) == ["he is a friend", "nothing changes"])
        #expect(quotes[0].title == "Missile test")
        #expect(quotes[0].location == TextLocation(block: 1, start: 41, end: 55))
        #expect(try t.library.quotations(by: "trump").map(\.text) == ["he is a friend", "nothing changes"])
        #expect(try t.library.quotations(by: "Mr Kim").map(\.text) == ["we are ready"])
        #expect(try t.library.quotations(by: "UN").map(\.speaker) == ["UN"])
        #expect(try t.library.quotations(by: "Ivanka Trump").isEmpty)
    }

    @Test func reindexingReplacesAnArticlesEntities() throws {
        let a = article(t.articles + "/a.md", title: "Summit in Hanoi", date: "2019-02-28", paragraphs: ["Nobody met."])
        try t.library.store([AnalyzedArticle(article: a)])
        #expect(try t.library.articles(mentioning: "Mr Kim").isEmpty)
        #expect(try t.library.quotations(by: "Kim Jong-un").isEmpty)
        #expect(try t.library.count() == 3)
    }

    @Test func nameKeys() {
        #expect(EntityLookupKey.make("Kim Jong-un") == EntityLookupKey.make("kim jong un"))
        #expect(EntityLookupKey.make("José Martí") == "jose marti")
        #expect(EntityLookupKey.make("O’Brien") == EntityLookupKey.make("O'Brien"))
        #expect(EntityLookupKey.surname(of: "Donald Trump") == "trump")
        #expect(EntityLookupKey.surname(of: "Kim Jong-un") == nil)
        #expect(EntityLookupKey.surname(of: "Madonna") == nil)
    }
}
