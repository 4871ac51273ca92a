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
            Self.decode(block.text, into: &scalars)
            let creditStart = Self.creditStart(of: block, scalars: scalars)
            scalars.withUnsafeBufferPointer { buffer in
                gazetteer.tokenizer.tokenize(buffer, into: &tokens)
                // Gazetteer kinds for capitalised words and their neighbours (connectors
                // such as `of` or `bin`); other lower-case words are never looked at.
                let count = tokens.count
                for i in 0..<count where tokens[i].isWord {
                    if tokens[i].has(.capitalized)
                        || i > 0 && tokens[i - 1].has(.capitalized)
                        || i + 1 < count && tokens[i + 1].has(.capitalized) {
                        tokens[i].kinds = gazetteer.kinds(tokens[i].key)
                    }
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

    /// The Unicode scalars of `text`, decoded from its UTF-8 in one pass.
    static func decode(_ text: String, into scalars: inout [Unicode.Scalar]) {
        scalars.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { bytes in
            scalars.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 {
                    v = b0; i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else if i + 3 < n {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                } else {
                    v = 0xFFFD; i = n
                }
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
        }
    }

    private static let creditLeads: [[Unicode.Scalar]] = ["Image: ", "Photograph: ", "Photo: "].map { Array($0.unicodeScalars) }

    /// Where a block's photo credit starts: the parser's credit range, or an `Image:` /
    /// `Photograph:` lead near the end of a block the parser took for a paragraph.
    static func creditStart(of block: Block, scalars: [Unicode.Scalar]) -> Int? {
        if let r = block.creditRange { return r.lowerBound }
        guard block.kind != .headline, scalars.count < 400 else { return nil }
        for l in creditLeads {
            guard scalars.count > l.count else { continue }
            var i = scalars.count - l.count
            let lowest = max(0, scalars.count - 80)
            while i >= lowest {
                if scalars[i] == l[0], scalars[i..<(i + l.count)].elementsEqual(l), i == 0 || scalars[i - 1] == " " {
                    return i + l.count
                }
                i -= 1
            }
        }
        return nil
    }
}
