import BylineKit
import BylineTestSupport
import Testing

/// Mentions of a small invented article: a headline, then paragraphs.
private func mentions(headline: String = "Headline for a test", _ paragraphs: String...) -> [EntityMention] {
    let a = ArticleParser.parse(text: headline + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n", path: "test.txt").article
    return EntityRecognizer.shared.mentions(in: a)
}

private func types(_ ms: [EntityMention], _ text: String) -> Set<EntityType> {
    Set(ms.filter { $0.text == text }.map(\.type))
}

/// The learned layer (issue 16) on invented sentences, one test per class of error the
/// rules made: each sentence is one the rules alone got wrong.
@Suite("Entity model: types the rules got wrong")
struct EntityModelTests {
    @Test func aClubNamedAfterItsTownIsAnOrganisation() {
        let ms = mentions("Burnley Football Club beat Leeds United 2–1 on Saturday, and the club's manager praised the defence.",
                          "Burnley scored twice before half-time, and the visitors' coach said the club would appeal.")
        #expect(types(ms, "Burnley Football Club") == [.org])
        #expect(types(ms, "Leeds United") == [.org])
    }

    @Test func anUnknownCompanyIsNoPerson() {
        let ms = mentions("Acme Widgets Ltd said on Monday that its profits had doubled.",
                          "Shares in Brindlewood Holdings fell after the company warned of weaker sales.")
        #expect(types(ms, "Acme Widgets Ltd") == [.org])
        #expect(!types(ms, "Brindlewood Holdings").contains(.person))
    }

    @Test func anUpperCaseDatelineIsAPlace() {
        // The rules alone took the capitals for an organisation's.
        let ms = mentions("LONDON 1996-12-06 - Police said on Friday that two men had been arrested.")
        #expect(types(ms, "LONDON") == [.place])
    }

    @Test func anUpperCaseHeadlineIsNotANameOfItsOwn() {
        let ms = mentions(headline: "STORMS BATTER COAST AS RESIDENTS FLEE",
                          "Heavy rain fell across the region on Tuesday, forecasters said.")
        #expect(ms.filter { $0.type == .org || $0.type == .person }.isEmpty, "\(ms.map(\.text))")
    }

    @Test func aResultLineDoesNotJoinTwoTeams() {
        let ms = mentions("Results on Saturday: Manchester United 3 Burnley 1, Everton v Fulham postponed.")
        #expect(types(ms, "Manchester United") == [.org], "\(ms.map(\.text))")
        #expect(ms.allSatisfy { !$0.text.contains("3") && !$0.text.contains(" v ") }, "\(ms.map(\.text))")
    }

    @Test func aWeekdayAfterOnIsNoPartOfAName() {
        let ms = mentions("The Ruritania Senate on Sunday approved the budget.")
        #expect(types(ms, "Ruritania Senate") == [.org], "\(ms.map(\.text))")
        #expect(ms.allSatisfy { !$0.text.contains("on Sunday") })
    }

    @Test func anUnknownPlaceAfterInIsAPlace() {
        // The rules read `St. Albans Parish` as a person's name (two to four unknown words).
        let ms = mentions("She was born in Oakridge Heights and later lived in St. Albans Parish.",
                          "Neighbours in Springfield said they had heard nothing.")
        #expect(types(ms, "St. Albans Parish") == [.place])
        #expect(types(ms, "Oakridge Heights") == [.place])
        #expect(types(ms, "Springfield") == [.place])
    }
}
