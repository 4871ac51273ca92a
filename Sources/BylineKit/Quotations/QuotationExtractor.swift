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
    /// An extractor; it keeps no state between articles.
    public init() {}

    /// The article's quotations in text order, speakers taken from `entities` (the article's mentions).
    public func quotations(in article: Article, entities: [EntityMention]) -> [Quotation] {
        quotations(in: article, entities: entities, scalars: BlockScalars(article.blocks))
    }

    /// The quotations, given the scalar values of the blocks (decoded as they are read).
    /// `heldTokens`: how many tokens the analysis may hold (tests make it tiny, so that
    /// every block's tokens are made again each time they are needed).
    func quotations(
        in article: Article, entities: [EntityMention], scalars: BlockScalars,
        heldTokens: Int = QuoteAnalysis.cachedTokens
    ) -> [Quotation] {
        let spans = QuoteScanner().spans(in: scalars)
        guard !spans.isEmpty else { return [] }
        var analysis = QuoteAnalysis(article: article, scalars: scalars, spans: spans, entities: entities, heldTokens: heldTokens)

        var accepted = Array(repeating: false, count: spans.count)
        for i in spans.indices { accepted[i] = analysis.isQuotation(i) }
        // A phrase quoted as someone's words elsewhere is a quotation here too (a
        // headline echoing the body: Police … after 'terrorist-related' attack).
        let echoes = Self.echoes(spans: spans, scalars: scalars, accepted: accepted)

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
            if let j = echoes[i] {
                accepted[i] = true
                speakers[i] = speakers[j]
            }
        }

        var result: [Quotation] = []
        var written: [String: String] = [:]
        var places: Set<String>? = nil
        for i in spans.indices where accepted[i] {
            let span = spans[i]
            var speaker = speakers[i].name
            if let name = speaker {
                if let w = written[name] {
                    speaker = w
                } else {
                    let w = Self.speaker(name, entities, places: &places)
                    written[name] = w
                    speaker = w
                }
            }
            result.append(Quotation(
                text: ScalarClass.string(scalars[span.block], span.start..<span.end),
                speaker: speaker, partial: analysis.isPartial(i),
                location: TextLocation(block: span.block, start: span.start, end: span.end)))
        }
        return result
    }
}

extension QuotationExtractor {
    /// A speaker's name as written out: a person's without an age, a title, a place or
    /// post-nominal letters glued to it (``SpeakerName``); an organisation's as it is,
    /// unless it is a person of the article with post-nominals (`Jane Roe KC` taken
    /// for a firm where `Jane Roe` is named); a place's as it is.
    /// `places` (the article's place and nationality names) is filled on first need.
    static func speaker(_ name: String, _ entities: [EntityMention], places: inout Set<String>?) -> String {
        guard let mention = entities.first(where: { $0.canonical == name }) else { return name }
        switch mention.type {
        case .person:
            guard name.utf8.contains(0x20) else { return name }
            if places == nil {
                places = Set(entities.lazy.filter { $0.type == .place || $0.type == .norp }.map(\.text))
            }
            return SpeakerName.person(name, places: places ?? [])
        case .org:
            let person = SpeakerName.person(name)
            guard person != name, entities.contains(where: { $0.type == .person && $0.canonical == person }) else { return name }
            return person
        default:
            return name
        }
    }

    /// For each span that is not accepted, the first accepted span with the same text
    /// (equal as `String`s), if any.
    static func echoes(spans: [QuoteSpan], scalars: BlockScalars, accepted: [Bool]) -> [Int?] {
        var result = [Int?](repeating: nil, count: spans.count)
        guard accepted.contains(true), accepted.contains(false) else { return result }
        // Scalars without a canonical decomposition and without a combining class are
        // equal as strings exactly when they are equal scalar for scalar: compare them
        // by a hash of their scalars. Otherwise compare strings.
        @inline(__always) func plain(_ c: UInt32) -> Bool { c < 0xC0 || (c >= 0x2010 && c <= 0x2027) }
        let allPlain = spans.allSatisfy { span in
            let s = scalars[span.block]
            for k in span.start..<span.end where !plain(s[k]) { return false }
            return true
        }
        if allPlain {
            func hash(_ span: QuoteSpan) -> UInt64 {
                var h: UInt64 = 0xcbf29ce484222325
                let s = scalars[span.block]
                for k in span.start..<span.end { h = (h ^ UInt64(s[k])) &* 0x100000001b3 }
                return h
            }
            func same(_ a: QuoteSpan, _ b: QuoteSpan) -> Bool {
                a.end - a.start == b.end - b.start
                    && scalars[a.block][a.start..<a.end].elementsEqual(scalars[b.block][b.start..<b.end])
            }
            var byHash: [UInt64: [Int]] = [:]
            for i in spans.indices where accepted[i] {
                let h = hash(spans[i])
                if !(byHash[h]?.contains { same(spans[$0], spans[i]) } ?? false) { byHash[h, default: []].append(i) }
            }
            for i in spans.indices where !accepted[i] {
                result[i] = byHash[hash(spans[i])]?.first { same(spans[$0], spans[i]) }
            }
        } else {
            func text(_ i: Int) -> String { ScalarClass.string(scalars[spans[i].block], spans[i].start..<spans[i].end) }
            var acceptedTexts: [String: Int] = [:]
            for i in spans.indices where accepted[i] {
                let t = text(i)
                if acceptedTexts[t] == nil { acceptedTexts[t] = i }
            }
            for i in spans.indices where !accepted[i] { result[i] = acceptedTexts[text(i)] }
        }
        return result
    }
}

extension QuoteAnalysis {
    mutating func sameSentence(_ i: Int, _ j: Int) -> Bool {
        guard spans[i].block == spans[j].block else { return false }
        let bt = blockTokens(spans[i].block)
        return bt.sentenceStart[quoteToken[i]] == bt.sentenceStart[quoteToken[j]]
    }
}
