import BylineKit
import Foundation
import Testing
@testable import BylineStore

@Suite("Full-text search: ranking and snippets")
struct SearchTests {
    let t: TempLibrary

    init() throws {
        t = try TempLibrary()
        t.write("1.md", title: "Volcano erupts in Iceland", date: "2024-01-10",
                body: "Lava reached the town of Grindavík overnight. Residents had left days before.")
        t.write("2.md", title: "Tourism numbers fall", date: "2024-02-11",
                body: "Hotels in Reykjavik report fewer guests since the volcano near Grindavík became active.")
        t.write("3.md", title: "Football results", date: "2024-03-12",
                body: "The prime minister attended the final. The minister for sport did not.")
        t.write("4.md", title: "東京で選挙", date: "2024-04-13",
                body: "東京都知事選挙が行われた。在东京举行的会议。서울에서 회의가 열렸다.")
        _ = try t.library.index(paths: [t.articles])
    }

    @Test func aTitleMatchRanksAboveABodyMatch() throws {
        let results = try t.library.search("volcano")
        #expect(results.map(\.title) == ["Volcano erupts in Iceland", "Tourism numbers fall"])
    }

    @Test func snippetsShowTheMatchedWords() throws {
        let result = try #require(try t.library.search("hotels").first)
        #expect(result.snippet.marked("[", "]").contains("[Hotels] in Reykjavik"))
        #expect(!result.snippet.text.contains("\n"))
        let scalars = Array(result.snippet.text.unicodeScalars)
        for range in result.snippet.matches {
            #expect(String(String.UnicodeScalarView(scalars[range])).lowercased() == "hotels")
        }
    }

    @Test func everyWordMustAppear() throws {
        #expect(try t.library.search("volcano reykjavik").map(\.title) == ["Tourism numbers fall"])
        #expect(try t.library.search("volcano football").isEmpty)
    }

    @Test func prefixesCaseAndAccents() throws {
        #expect(try t.library.search("ERUPT").map(\.title) == ["Volcano erupts in Iceland"])
        #expect(Set(try t.library.search("grindavik").map(\.title)) == ["Volcano erupts in Iceland", "Tourism numbers fall"])
    }

    @Test func quotedWordsMustAppearTogether() throws {
        #expect(try t.library.search("\"prime minister\"").map(\.title) == ["Football results"])
        #expect(try t.library.search("\"minister prime\"").isEmpty)
    }

    @Test func chineseJapaneseAndKoreanWordsInsideUnspacedText() throws {
        #expect(try t.library.search("东京").map(\.title) == ["東京で選挙"])
        #expect(try t.library.search("選挙").map(\.title) == ["東京で選挙"])
        #expect(try t.library.search("서울").map(\.title) == ["東京で選挙"])
        #expect(try t.library.search("东京举行").count == 1)
        #expect(try t.library.search("京东").isEmpty)   // same characters, wrong order
        let snippet = try #require(try t.library.search("会议").first).snippet
        #expect(!snippet.text.unicodeScalars.contains("\u{200B}"))
        #expect(snippet.marked("[", "]").contains("[会议]") || snippet.marked("[", "]").contains("[会][议]"))
    }

    @Test func punctuationAndOperatorsAreJustText() throws {
        #expect(try t.library.search("volcano OR football").isEmpty)   // OR is a word, not an operator
        #expect(try t.library.search("\"").isEmpty)
        #expect(try t.library.search("*:(){}").isEmpty)
        #expect(try t.library.search("lava*").count == 1)
    }

    @Test func queryTranslation() {
        #expect(SearchText.query("bus crash") == "\"bus\"* \"crash\"*")
        #expect(SearchText.query("在东京 vote") == "\"在 东 京\" \"vote\"*")
        #expect(SearchText.query("  ") == nil)
    }
}
