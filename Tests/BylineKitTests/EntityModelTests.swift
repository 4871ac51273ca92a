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
        let ms = mentions("LONDON 1996-12-06 - Police said on Friday that two men had been arrested.")
        #expect(!types(ms, "LONDON").contains(.org))
        #expect(!types(ms, "LONDON").contains(.person))
    }

    @Test func anUpperCaseHeadlineIsNotANameOfItsOwn() {
        let ms = mentions(headline: "STORMS BATTER COAST AS RESIDENTS FLEE",
                          "Heavy rain fell across the region on Tuesday, forecasters said.")
        #expect(ms.filter { $0.type == .org || $0.type == .person }.isEmpty, "\(ms.map(\.text))")
    }

    @Test func aResultLineDoesNotJoinTwoTeams() {
        let ms = mentions("Results on Saturday: Arsenal 2 Chelsea 1, Everton v Fulham postponed.")
        #expect(ms.allSatisfy { !$0.text.contains(" 2 ") && !$0.text.contains(" v ") }, "\(ms.map(\.text))")
    }

    @Test func aTownAfterInIsAPlace() {
        let ms = mentions("The family moved to a farm in Springfield, where the children went to school.",
                          "Neighbours in Springfield said they had heard nothing.")
        #expect(types(ms, "Springfield") == [.place])
    }
}
