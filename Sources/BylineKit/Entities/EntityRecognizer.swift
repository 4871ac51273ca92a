/// Finds, types and joins the named entities of an article: people, organisations,
/// places and nationality/religious/political groups (NORP) as
/// `Tests/Fixtures/eval/GUIDELINES.md` defines them, plus dates for highlighting.
///
/// ```swift
/// let mentions = EntityRecognizer.shared.mentions(in: article)
/// // "Mr Kim condemned the United States …"
/// // → Mr Kim PERSON canonical "Kim Jong-un", United States PLACE canonical "United States"
/// ```
///
/// Each block is scanned on its own (``BlockScanner``): capitalised runs are cut at
/// titles, possessives and sentence starts and typed by the shipped gazetteers and by
/// the shape of the name. An article-wide pass (``EntityLinker``) then types lone words
/// by the names around them (`Brudziński` after `Joachim Brudziński`) and gives every
/// mention the fullest name the article uses for its entity.
public struct EntityRecognizer: Sendable {
    public static let shared = EntityRecognizer()

    let gazetteer: Gazetteer

    public init() {
        gazetteer = Gazetteer.shared
    }

    /// Every mention of the article, in text order (block, then offset).
    public func mentions(in article: Article) -> [EntityMention] {
        var candidates: [EntityCandidate] = []
        var tokens: [EntityToken] = []
        var scalars: [Unicode.Scalar] = []
        for (index, block) in article.blocks.enumerated() {
            scalars.removeAll(keepingCapacity: true)
            scalars.append(contentsOf: block.text.unicodeScalars)
            let creditStart = Self.creditStart(of: block, scalars: scalars)
            scalars.withUnsafeBufferPointer { buffer in
                gazetteer.tokenizer.tokenize(buffer, into: &tokens)
                for i in tokens.indices where tokens[i].isWord {
                    tokens[i].kinds = gazetteer.kinds(tokens[i].key)
                }
                var creditToken = tokens.count
                if let creditStart {
                    creditToken = tokens.firstIndex { $0.start >= creditStart } ?? tokens.count
                }
                if block.kind == .credit { creditToken = 0 }
                let scanner = BlockScanner(g: gazetteer, text: buffer, t: tokens, block: index,
                                           kind: block.kind, creditToken: creditToken)
                scanner.scan(into: &candidates)
            }
        }
        return EntityLinker().link(candidates)
    }

    /// Where a block's photo credit starts: the parser's credit range, or an `Image:` /
    /// `Photograph:` lead near the end of a block the parser took for a paragraph.
    static func creditStart(of block: Block, scalars: [Unicode.Scalar]) -> Int? {
        if let r = block.creditRange { return r.lowerBound }
        guard block.kind != .headline, scalars.count < 400 else { return nil }
        for lead in ["Image: ", "Photograph: ", "Photo: "] {
            let l = Array(lead.unicodeScalars)
            guard scalars.count > l.count else { continue }
            var i = scalars.count - l.count
            let lowest = max(0, scalars.count - 80)
            while i >= lowest {
                if scalars[i] == l[0], Array(scalars[i..<(i + l.count)]) == l, i == 0 || scalars[i - 1] == " " {
                    return i + l.count
                }
                i -= 1
            }
        }
        return nil
    }
}
