import BylineKit
import BylineTestSupport
import Testing

/// Which spans count as quotations: marks, apostrophes, nesting, paragraphs, unbalanced
/// marks, and what is not reported speech.
@Suite("Quotation marks")
struct QuotationMarkTests {
    func quotes(_ paragraphs: [String], _ forms: [(String, EntityType, String)] = []) -> (Article, [Quotation]) {
        let a = quoteTestArticle(paragraphs)
        return (a, QuotationExtractor().quotations(in: a, entities: quoteTestMentions(forms, in: a)))
    }

    let ann: [(String, EntityType, String)] = [("Ann Lee", .person, "Ann Lee"), ("Ms Lee", .person, "Ann Lee")]

    @Test func straightCurlyDoubleAndSingleMarks() {
        let (a, q) = quotes([
            "Ann Lee said: “We will reopen on Monday.”",
            "Ann Lee said: \"We will reopen on Tuesday.\"",
            "Ann Lee said: ‘We will reopen on Wednesday.’",
            "Ann Lee said: 'We will reopen on Thursday.'",
        ], ann)
        assertQuotes(q, in: a, ["Monday", "Tuesday", "Wednesday", "Thursday"].map {
            ExpectedQuote("We will reopen on \($0).", by: "Ann Lee", partial: false)
        })
    }

    @Test func apostrophesAreNotMarks() {
        let (_, q) = quotes([
            "Trump’s rally played rock ’n’ roll from the ’90s, and fans don't mind Adamowicz's speech.",
            "The Turpins' house and the drivers' union stayed shut in the '80s; rock 'n' roll 'em all.",
        ])
        #expect(q.isEmpty, "\(q.map(\.text))")
    }

    @Test func apostrophesInsideAQuotationStayInIt() {
        let (a, q) = quotes(["“Trump’s plan isn’t rock ’n’ roll, it’s the ’90s again,” Ms Lee said."], ann)
        assertQuotes(q, in: a, [ExpectedQuote("Trump’s plan isn’t rock ’n’ roll, it’s the ’90s again,", by: "Ann Lee", partial: false)])
    }

    @Test func nestedQuotationsStayInsideTheOuterText() {
        let (a, q) = quotes(["Ann Lee said, \"People asked me, 'Is it over?' and I said, 'It's not.'\""], ann)
        assertQuotes(q, in: a, [ExpectedQuote("People asked me, 'Is it over?' and I said, 'It's not.'", by: "Ann Lee", partial: false)])
    }

    @Test func partialQuotationWovenIntoASentence() {
        let (a, q) = quotes(["Ms Lee called the plan a “limitless” waste and “a matter of public health”."], ann)
        assertQuotes(q, in: a, [
            ExpectedQuote("limitless", by: "Ann Lee", partial: true),
            ExpectedQuote("a matter of public health", by: "Ann Lee", partial: true),
        ])
    }

    @Test func quotationOverSeveralParagraphs() {
        let (a, q) = quotes([
            "Ann Lee said: “We tried everything we could.",
            "“We called every family. We knocked on every door.",
            "“In the end, it was not enough.”",
            "The council meets on Monday.",
        ], ann)
        assertQuotes(q, in: a, [
            ExpectedQuote("We tried everything we could.", by: "Ann Lee", partial: false),
            ExpectedQuote("We called every family. We knocked on every door.", by: "Ann Lee", partial: false),
            ExpectedQuote("In the end, it was not enough.", by: "Ann Lee", partial: false),
        ])
        #expect(q.map(\.location.block) == [0, 1, 2])
    }

    @Test func anUnbalancedMarkSwallowsNothing() {
        let (a, q) = quotes([
            "Ann Lee said “we will never close and walked away.",
            "The council, however, voted to close it.",
            "Later Ms Lee said the vote was “a sad day” for the town.",
            "An odd \" mark and a stray ” closing one, then ‘ and ’ alone.",
        ], ann)
        assertQuotes(q, in: a, [ExpectedQuote("a sad day", by: "Ann Lee", partial: true)])
    }

    @Test func anArticleWithoutQuotations() {
        let (_, q) = quotes(["The council voted on Monday.", "It meets again next week."])
        #expect(q.isEmpty)
        #expect(QuotationExtractor().quotations(in: quoteTestArticle([]), entities: []).isEmpty)
        #expect(QuotationExtractor().quotations(in: quoteTestArticle(["", "\"", "“”", "''", "'"]), entities: []).isEmpty)
    }

    @Test func quotationInACaption() {
        let (a, q) = quotes([
            "caption: Ann Lee, who said “we will be back”, at the gates. Photograph: Jo Bloggs/AP",
            "The gates were closed.",
        ], ann + [("Jo Bloggs", .person, "Jo Bloggs"), ("AP", .org, "AP")])
        assertQuotes(q, in: a, [ExpectedQuote("we will be back", by: "Ann Lee")])
    }

    @Test func namesTitlesTermsPlacardsAndScareQuotesAreNotQuotations() {
        let (_, q) = quotes([
            "The mannequin, nicknamed “Ripley”, flew alone.",
            "Her house, known as the “Blue House”, was sold.",
            "The show was entitled “A Tribute For a King” and she sang a song called “Day after Day”.",
            "The virus was commonly called “swine flu.” Officials dropped the word “lockdown”.",
            "Protesters held a banner saying “united in diversity”.",
            "Mr Kim embraced the idea of a “new Cold War” with the West.",
        ])
        #expect(q.isEmpty, "\(q.map(\.text))")
    }

    @Test func aShortTitleAfterAWorkOrAnEventIsNotAQuotationButALongSpanThereIs() {
        let (a, q) = quotes([
            "Ann Lee wrote later in her post “I failed”: the rest was silence.",
            "She organised the first meeting “Open Harbours,” and ran the blog “Notes from 2310 and 8225”.",
            "Under the sub heading “Harbour Days – a New Start”, she listed the winners.",
            "Ann Lee said on the radio programme “It is a great loss to the town, and we will all miss him.”",
        ], ann)
        assertQuotes(q, in: a, [ExpectedQuote("It is a great loss to the town, and we will all miss him.", by: "Ann Lee")])
    }
}
