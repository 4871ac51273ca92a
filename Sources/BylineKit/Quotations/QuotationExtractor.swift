/// Finds the quotations of an article and who said them.
///
/// A quotation is a span inside quotation marks that reports someone's words (see
/// docs/quotations.md for the rules). Its speaker is the canonical name of one of the
/// article's entity mentions: a person, an organisation, or a country for its officials;
/// nil when the article names no source.
///
/// ```swift
/// let quotes = QuotationExtractor().quotations(in: article, entities: mentions)
/// // “Children … enjoy special protection …,” Mr Thompson said.
/// quotes.last?.speaker  // "Patrick Thompson"
/// ```
public struct QuotationExtractor: Sendable {
    public init() {}

    public func quotations(in article: Article, entities: [EntityMention]) -> [Quotation] {
        let scalars = article.blocks.map { ScalarClass.scalars(of: $0.text) }
        let spans = QuoteScanner().spans(in: scalars)
        guard !spans.isEmpty else { return [] }
        var analysis = QuoteAnalysis(article: article, scalars: scalars, spans: spans, entities: entities)

        var accepted = Array(repeating: false, count: spans.count)
        for i in spans.indices { accepted[i] = analysis.isQuotation(i) }
        // A phrase quoted as someone's words elsewhere is a quotation here too (a
        // headline echoing the body: Police … after 'terrorist-related' attack).
        let texts = spans.map { ScalarClass.string(scalars[$0.block], $0.start..<$0.end) }
        var acceptedTexts: [String: Int] = [:]
        for i in spans.indices where accepted[i] && acceptedTexts[texts[i]] == nil { acceptedTexts[texts[i]] = i }

        var speakers = Array(repeating: QuoteAnalysis.Subject.none, count: spans.count)
        var cues = Array(repeating: false, count: spans.count)
        for i in spans.indices where accepted[i] {
            let a = analysis.attribute(i)
            speakers[i] = a.subject
            cues[i] = a.cue
        }
        // Quotations without an attribution of their own.
        var lastSpoken: Int? = nil
        for i in spans.indices where accepted[i] {
            if !cues[i], speakers[i] == .none, analysis.opensSentence(i) {
                speakers[i] = analysis.attributionInNextSentence(i)
            }
            if !cues[i], speakers[i] == .none {
                if let l = lastSpoken, analysis.opensSentence(i) || spans[i].continuesPrevious,
                   spans[i].block - spans[l].block <= 1 || spans[i].continuesPrevious {
                    speakers[i] = speakers[l]
                }
            } else if speakers[i] == .none {
                // Same sentence as an attributed quotation (`Saying "…", X elaborated, "…"`).
                // Spans are in text order: look at up to 8 neighbours on either side.
                for j in (max(0, i - 8)..<min(spans.count, i + 9)) where j != i && accepted[j] {
                    if analysis.sameSentence(i, j), speakers[j].name != nil { speakers[i] = speakers[j]; break }
                }
            }
            if speakers[i].name != nil || cues[i] { lastSpoken = i }
        }
        for i in spans.indices where !accepted[i] {
            if let j = acceptedTexts[texts[i]], j != i {
                accepted[i] = true
                speakers[i] = speakers[j]
            }
        }

        var result: [Quotation] = []
        for i in spans.indices where accepted[i] {
            let span = spans[i]
            result.append(Quotation(
                text: texts[i], speaker: speakers[i].name, partial: analysis.isPartial(i),
                location: TextLocation(block: span.block, start: span.start, end: span.end)))
        }
        return result
    }
}

extension QuoteAnalysis {
    func sameSentence(_ i: Int, _ j: Int) -> Bool {
        guard spans[i].block == spans[j].block, let bt = tokens[spans[i].block] else { return false }
        return bt.sentenceStart[quoteToken[i]] == bt.sentenceStart[quoteToken[j]]
    }
}
