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
    /// The recogniser with the shipped gazetteers, built once (tens of milliseconds) on first use.
    public static let shared = EntityRecognizer()

    /// The most words one name may have: a longer run of capitalised words (a title-case
    /// or all-capitals text, names without full stops) is cut into names of at most this
    /// many, so the work per word stays bounded.
    public static let maxNameWords = BlockScanner.maxNameTokens
    /// The most Unicode scalars one name may span; a longer run (one word of a million
    /// letters) is no name.
    public static let maxNameScalars = BlockScanner.maxNameScalars

    let gazetteer: Gazetteer
    /// The learned layer that settles each name's type (``EntityModel``); nil for the
    /// rules alone.
    let model: EntityModel?

    /// A recogniser over the shared gazetteers and the shipped model:
    /// `EntityRecognizer().mentions(in: article)`.
    public init() {
        self.init(useModel: true)
    }

    /// A recogniser with the learned layer (`useModel`) or the rules alone.
    package init(useModel: Bool) {
        gazetteer = Gazetteer.shared
        let m = EntityModel.shared
        model = useModel && m.isTrained ? m : nil
    }

    /// Every mention of the article, in text order (block, then offset).
    public func mentions(in article: Article) -> [EntityMention] {
        mentions(in: article, scalars: BlockScalars(article.blocks))
    }

    /// Every mention of the article, given the scalar values of its blocks (decoded as
    /// each block is reached, a few blocks' kept: ``BlockScalars``).
    func mentions(in article: Article, scalars: BlockScalars) -> [EntityMention] {
        var candidates = scanAll(article, scalars: scalars, keepFeatures: false)
        return EntityLinker(model: model).link(&candidates, scalars: scalars)
    }

    /// The candidates of every block, each with its block-level model scores (or, with
    /// `keepFeatures`, its feature hashes).
    func scanAll(_ article: Article, scalars: BlockScalars, keepFeatures: Bool) -> [EntityCandidate] {
        var candidates: [EntityCandidate] = []
        // A news article has a candidate every 30 bytes or so: room for one every 24
        // from the start (pages never written cost no memory), so a long article's
        // candidates are not copied as the array doubles (old and new arrays together
        // were the analysis's peak).
        candidates.reserveCapacity(article.blocks.reduce(0) { $0 + $1.text.utf8.count } / 24)
        var tokens: [EntityToken] = []
        for (index, block) in article.blocks.enumerated() {
            // Valid scalar values, so the same memory read as `Unicode.Scalar`s.
            scalars[index].withUnsafeBufferPointer { values in
                values.withMemoryRebound(to: Unicode.Scalar.self) { buffer in
                    scan(block: block, index: index, buffer, tokens: &tokens, into: &candidates,
                         keepFeatures: keepFeatures)
                }
            }
        }
        return candidates
    }

    private func scan(block: Block, index: Int, _ buffer: UnsafeBufferPointer<Unicode.Scalar>,
                      tokens: inout [EntityToken], into candidates: inout [EntityCandidate],
                      keepFeatures: Bool) {
        let creditStart = Self.creditStart(of: block, scalars: buffer)
        gazetteer.tokenizer.tokenize(buffer, into: &tokens)
        // Gazetteer kinds for capitalised words and their neighbours (connectors
        // such as `of` or `bin`); other lower-case words are never looked at.
        tokens.withUnsafeMutableBufferPointer { tokens in
            let count = tokens.count
            for i in 0..<count where tokens[i].isWord {
                if tokens[i].has(.capitalized)
                    || i > 0 && tokens[i - 1].has(.capitalized)
                    || i + 1 < count && tokens[i + 1].has(.capitalized) {
                    tokens[i].kinds = gazetteer.kinds(tokens[i].key)
                }
            }
        }
        var creditToken = tokens.count
        if let creditStart {
            creditToken = tokens.firstIndex { $0.start >= creditStart } ?? tokens.count
        }
        if block.kind == .credit { creditToken = 0 }
        var scanner = BlockScanner(g: gazetteer, text: buffer, t: tokens, block: index,
                                   kind: block.kind, creditToken: creditToken)
        let upper = scanner.isUpperBlock()
        scanner.upperBlock = upper
        let first = candidates.count
        scanner.scan(into: &candidates)
        guard model != nil || keepFeatures, first < candidates.count else { return }
        if keepFeatures {
            for i in first..<candidates.count where candidates[i].type != .date {
                var list = FeatureList()
                scanner.addFeatures(of: candidates[i], upperBlock: upper, into: &list)
                candidates[i].features = list.hashes
            }
        } else if let model {
            // Hashes first, then the weights: the look-ups, which miss the cache, overlap.
            var list = FeatureList()
            list.hashes.reserveCapacity(128)
            for i in first..<candidates.count where candidates[i].type != .date {
                list.hashes.removeAll(keepingCapacity: true)
                scanner.addFeatures(of: candidates[i], upperBlock: upper, into: &list)
                candidates[i].scores = model.score(list.hashes)
            }
        }
    }

    private static let creditLeads: [[Unicode.Scalar]] = ["Image: ", "Photograph: ", "Photo: "].map { Array($0.unicodeScalars) }

    /// Where a block's photo credit starts: the parser's credit range, or an `Image:` /
    /// `Photograph:` lead near the end of a block the parser took for a paragraph.
    static func creditStart(of block: Block, scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        if let r = block.creditRange { return r.lowerBound }
        guard block.kind != .headline, scalars.count < 400 else { return nil }
        // Every lead has a colon, which a match puts in the last 80 scalars.
        guard scalars[max(0, scalars.count - 80)...].contains(":") else { return nil }
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
