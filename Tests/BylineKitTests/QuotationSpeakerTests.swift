import BylineKit
import BylineTestSupport
import Testing

/// Who said a quotation: attribution before and after, pronouns, colons, interrupted
/// quotations, spokespeople, officials, unnamed sources.
@Suite("Quotation speakers")
struct QuotationSpeakerTests {
    func check(_ paragraphs: [String], _ forms: [(String, EntityType, String)], _ expected: [ExpectedQuote],
               sourceLocation: SourceLocation = #_sourceLocation) {
        let a = quoteTestArticle(paragraphs)
        let q = QuotationExtractor().quotations(in: a, entities: quoteTestMentions(forms, in: a))
        assertQuotes(q, in: a, expected, sourceLocation: sourceLocation)
    }

    let people: [(String, EntityType, String)] = [
        ("Patrick Thompson", .person, "Patrick Thompson"), ("Mr Thompson", .person, "Patrick Thompson"),
        ("Amnesty International", .org, "Amnesty International"),
        ("Maria Ruiz", .person, "Maria Ruiz"), ("Ms Ruiz", .person, "Maria Ruiz"),
    ]

    @Test func saidBeforeAndAfter() {
        check([
            "“Children enjoy special protection,” Mr Thompson said.",
            "“We will appeal,” said Ms Ruiz.",
            "Maria Ruiz told reporters that “nothing has changed”.",
            "According to Patrick Thompson, “the strikes were deliberate.”",
        ], people, [
            ExpectedQuote("Children enjoy special protection,", by: "Patrick Thompson"),
            ExpectedQuote("We will appeal,", by: "Maria Ruiz"),
            ExpectedQuote("nothing has changed", by: "Maria Ruiz"),
            ExpectedQuote("the strikes were deliberate.", by: "Patrick Thompson"),
        ])
    }

    @Test func pronounsFollowTheNearestFittingPerson() {
        check([
            "Ms Ruiz spoke first. She thanked her staff and her family.",
            "Mr Thompson, who met Ms Ruiz on Friday, spoke next about his work.",
            "“We will not stop,” he said. “Nor will we,” she added.",
        ], people, [
            ExpectedQuote("We will not stop,", by: "Patrick Thompson"),
            ExpectedQuote("Nor will we,", by: "Maria Ruiz"),
        ])
    }

    @Test func interruptedQuotationIsTwoEntriesWithOneSpeaker() {
        check(["“Terrorists seek to divide us,” said Patrick Thompson, “but we will never let them succeed.”"], people, [
            ExpectedQuote("Terrorists seek to divide us,", by: "Patrick Thompson", partial: false),
            ExpectedQuote("but we will never let them succeed.", by: "Patrick Thompson", partial: false),
        ])
    }

    @Test func colonTweetStatementAndWrote() {
        check([
            "Patrick Thompson of Amnesty International spoke of the report: “It is damning.”",
            "Maria Ruiz tweeted: “Proud of the team.”",
            "In a statement, Amnesty International wrote, “The attacks must stop.”",
        ], people, [
            ExpectedQuote("It is damning.", by: "Patrick Thompson"),
            ExpectedQuote("Proud of the team.", by: "Maria Ruiz"),
            ExpectedQuote("The attacks must stop.", by: "Amnesty International"),
        ])
    }

    @Test func aFollowingSentenceWithoutAttributionKeepsTheSpeaker() {
        check([
            "“Children enjoy special protection under international law,” Mr Thompson said.",
            "“Yet we continue to see them killed far from the front lines.”",
        ], people, [
            ExpectedQuote("Children enjoy special protection under international law,", by: "Patrick Thompson"),
            ExpectedQuote("Yet we continue to see them killed far from the front lines.", by: "Patrick Thompson"),
        ])
    }

    @Test func spokespeopleAndOfficialsSpeakForTheirBody() {
        check([
            "An Acme Rail spokesperson said the line would reopen “as soon as it is safe”.",
            "A spokesman for Acme Rail said: “Safety comes first.”",
            "Freedonia closed the border. Freedonian officials called the move “a provocation”.",
        ], [("Acme Rail", .org, "Acme Rail"), ("Freedonian", .norp, "Freedonian"), ("Freedonia", .place, "Freedonia")], [
            ExpectedQuote("as soon as it is safe", by: "Acme Rail"),
            ExpectedQuote("Safety comes first.", by: "Acme Rail"),
            ExpectedQuote("a provocation", by: "Freedonia"),
        ])
    }

    @Test func unnamedSourcesHaveNoSpeaker() {
        check([
            "Mr Thompson's summit diplomacy was described by critics as a “bromance”.",
            "One MP told the BBC, “We know that millions wanted to stay.”",
            "Police said the attacker was “knife-obsessed”.",
        ], people + [("BBC", .org, "BBC")], [
            ExpectedQuote("bromance", by: nil),
            ExpectedQuote("We know that millions wanted to stay.", by: nil),
            ExpectedQuote("knife-obsessed", by: nil),
        ])
    }

    @Test func theSpeakerIsAlwaysANameOfTheArticle() {
        let a = quoteTestArticle([
            "caption: Photograph: “We are here” on a wall. Photograph: Jo Bloggs/AP",
            "The president said “we are ready” on Monday.",
            "He added: “We are always ready.”",
        ])
        let q = QuotationExtractor().quotations(in: a, entities: [])
        #expect(q.allSatisfy { $0.speaker == nil }, "\(q.map { $0.speaker ?? "nil" })")
    }
}
