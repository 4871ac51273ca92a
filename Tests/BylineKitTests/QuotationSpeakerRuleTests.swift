import BylineKit
import BylineTestSupport
import Testing

/// Speaker rules of issue 16, each on invented sentences: descriptors and post-nominals,
/// a named spokesperson before the body they speak for, the subject (not the object) of
/// verbs of accusing and telling, the wider list of speech cues, and speakers carried to
/// a following paragraph.
@Suite("Quotation speakers: descriptors, spokespeople, objects, cues")
struct QuotationSpeakerRuleTests {
    func check(_ paragraphs: [String], _ forms: [(String, EntityType, String)], _ expected: [ExpectedQuote],
               sourceLocation: SourceLocation = #_sourceLocation) {
        let a = quoteTestArticle(paragraphs)
        let q = QuotationExtractor().quotations(in: a, entities: quoteTestMentions(forms, in: a))
        assertQuotes(q, in: a, expected, sourceLocation: sourceLocation)
    }

    /// A recogniser may glue an age or a post-nominal to the name; the speaker is the
    /// person, under the name the article gives them elsewhere or without the extra words.
    @Test func descriptorsAndPostNominalsResolveToThePerson() {
        check([
            "Sam Smith won the county spelling contest on Sunday. Freedonia closed its border.",
            "Twelve-year-old Sam Smith said: “I practised every night.”",
            "“The ruling is wrong,” said Jane Roe KC.",
            "John Doe MP told reporters: “We will vote against it.”",
            "Ann Lee OBE said “the garden is for everyone”.",
            "The president of Freedonia Carl Berg said “the border stays open”.",
            "Dr Ann Lee said: “We need more nurses.”",
        ], [
            ("Freedonia", .place, "Freedonia"), ("Freedonia Carl Berg", .person, "Freedonia Carl Berg"),
            ("Dr Ann Lee", .person, "Dr Ann Lee"),
            ("Sam Smith", .person, "Sam Smith"), ("Twelve-year-old Sam Smith", .person, "Twelve-year-old Sam Smith"),
            ("Jane Roe KC", .person, "Jane Roe KC"), ("John Doe MP", .person, "John Doe MP"),
            ("Ann Lee OBE", .person, "Ann Lee OBE"),
        ], [
            ExpectedQuote("I practised every night.", by: "Sam Smith"),
            ExpectedQuote("The ruling is wrong,", by: "Jane Roe"),
            ExpectedQuote("We will vote against it.", by: "John Doe"),
            ExpectedQuote("the garden is for everyone", by: "Ann Lee"),
            ExpectedQuote("the border stays open", by: "Carl Berg"),
            ExpectedQuote("We need more nurses.", by: "Ann Lee"),
        ])
    }

    /// An organisation keeps its whole name unless it is a person of the article with
    /// post-nominals; a title stays before a bare surname; a name made of nothing else
    /// stays as it is.
    @Test func organisationsAndBareDescriptorsKeepTheirNames() {
        check([
            "“So are we,” said Acme KC.",
            "“We are ready,” said MP.",
            "Jane Roe arrived late. “The ruling is wrong,” said Jane Roe KC.",
            "“Not now,” Dr Lee said.",
        ], [("Acme KC", .org, "Acme KC"), ("MP", .person, "MP"), ("Jane Roe KC", .org, "Jane Roe KC"),
            ("Jane Roe", .person, "Jane Roe"), ("Dr Lee", .person, "Dr Lee")], [
            ExpectedQuote("So are we,", by: "Acme KC"),
            ExpectedQuote("We are ready,", by: "MP"),
            ExpectedQuote("The ruling is wrong,", by: "Jane Roe"),
            ExpectedQuote("Not now,", by: "Dr Lee"),
        ])
    }

    /// The organisation only when no one is named (GUIDELINES.md).
    /// `the Court`, `the Department`: the organisation the article has named, written with
    /// a capital as a short name of it.
    @Test func theCapitalisedShortNameOfANamedOrganisationSpeaksForIt() {
        let forms: [(String, EntityType, String)] = [
            ("Freedonia Supreme Court", .org, "Freedonia Supreme Court"),
            ("Freedonia Department of Harbours", .org, "Freedonia Department of Harbours"),
        ]
        check([
            "The Freedonia Supreme Court ruled on Monday. The Freedonia Department of Harbours was a party.",
            "The opinion of the Court, released on Wednesday, read in part, “The harbour fee is unlawful.”",
            "The Department issued a statement: “We will appeal the ruling.”",
        ], forms, [
            ExpectedQuote("The harbour fee is unlawful.", by: "Freedonia Supreme Court"),
            ExpectedQuote("We will appeal the ruling.", by: "Freedonia Department of Harbours"),
        ])
    }

    @Test func aNamedSpokespersonSpeaksRatherThanTheirOrganisation() {
        let forms: [(String, EntityType, String)] = [("Acme Rail", .org, "Acme Rail"), ("Jane Roe", .person, "Jane Roe")]
        check([
            "“Safety comes first,” said a spokesperson for Acme Rail, Jane Roe.",
            "Acme Rail spokesperson Jane Roe said the line would reopen “within days”.",
            "“We apologise,” said Acme Rail's spokeswoman, Jane Roe.",
            "Jane Roe, a spokeswoman for Acme Rail, said the fares “will not rise”.",
            "A spokesman for Acme Rail said: “The trains will run.”",
        ], forms, [
            ExpectedQuote("Safety comes first,", by: "Jane Roe"),
            ExpectedQuote("within days", by: "Jane Roe"),
            ExpectedQuote("We apologise,", by: "Jane Roe"),
            ExpectedQuote("will not rise", by: "Jane Roe"),
            ExpectedQuote("The trains will run.", by: "Acme Rail"),
        ])
    }

    /// `X accused Y of …`, `X told Y …`: X speaks.
    @Test func theSubjectOfAccusingAndTellingSpeaksNotTheObject() {
        let forms: [(String, EntityType, String)] = [
            ("Jane Roe", .person, "Jane Roe"), ("John Doe", .person, "John Doe"), ("Acme Rail", .org, "Acme Rail"),
        ]
        check([
            "Jane Roe accused John Doe of misleading the council, saying “he knew the costs”.",
            "Jane Roe told John Doe “you will not win this”.",
            "Jane Roe accused Acme Rail of neglect: “The bridge was never inspected.”",
            "Jane Roe warned John Doe, adding: “The vote is tomorrow.”",
        ], forms, [
            ExpectedQuote("he knew the costs", by: "Jane Roe"),
            ExpectedQuote("you will not win this", by: "Jane Roe"),
            ExpectedQuote("The bridge was never inspected.", by: "Jane Roe"),
            ExpectedQuote("The vote is tomorrow.", by: "Jane Roe"),
        ])
    }

    /// Reporting verbs beyond `said`: each one alone attributes the quotation.
    @Test(arguments: [
        "interjected", "quipped", "conceded", "insisted", "countered", "recalled", "wrote", "tweeted", "posted",
        "noted", "warned", "vowed", "pledged", "argued", "explained", "admitted", "acknowledged", "cautioned",
        "declared", "remarked", "responded", "replied", "added", "continued", "retorted", "mused", "scoffed",
        "sighed", "snapped", "confided", "reflected", "affirmed", "opined", "chimed",
    ])
    func aSpeechCueAttributesTheQuotation(cue: String) {
        check([
            "Jane Roe and John Doe met on Friday.",
            "“The plan will not work,” John Doe \(cue).",
        ], [("Jane Roe", .person, "Jane Roe"), ("John Doe", .person, "John Doe")], [
            ExpectedQuote("The plan will not work,", by: "John Doe"),
        ])
    }

    /// A quotation that makes up its own paragraph goes on with the speaker of the one
    /// before it (GUIDELINES.md: speakers resolved through context), also when that
    /// speaker was named by a pronoun.
    @Test func aSpeakerCarriesToTheNextQuotedParagraph() {
        check([
            "Jane Roe spoke after the vote. “We lost tonight,” she said.",
            "“But we will be back next year, and we will win.”",
            "“The voters have spoken and we listen.”",
        ], [("Jane Roe", .person, "Jane Roe")], [
            ExpectedQuote("We lost tonight,", by: "Jane Roe"),
            ExpectedQuote("But we will be back next year, and we will win.", by: "Jane Roe"),
            ExpectedQuote("The voters have spoken and we listen.", by: "Jane Roe"),
        ])
    }
}
