/// A name found in one block, before the article-wide pass settles its type and joins
/// it with the other mentions of the same entity.
///
/// ```swift
/// var c = EntityCandidate(block: 2, start: 0, end: 6, type: .person, evidence: .known)
/// c.courtesy = true        // `Mr Kim`
/// c.location               // block 2, 0..<6: the text is read from there when needed
/// ```
///
/// Packed into 128 bytes (it was 200 plus a heap string for a long name): an article has
/// a candidate every 30 to 50 bytes of text, and the candidates were the largest part of
/// an analysis's peak memory. Offsets are 32-bit (an article is at most 32 MiB), the
/// yes-or-no properties share one 16-bit set, the optional keys are a key and a bit,
/// and the name's text is not held at all: it is `scalars[start..<end]` of its block,
/// made into a string only for the mentions (``EntityLinker/link(_:scalars:)``).
struct EntityCandidate: Sendable {
    /// How sure the block scan is of `type`.
    enum Evidence: Int8, Sendable, Comparable {
        /// A lone capitalised word nothing else explains (`Brudziński`): typed by context.
        case guess
        /// The shape of the name says it (`Bob Behnken`, `Riverside County`).
        case shape
        /// A title, a gazetteer or a credit line says it (`Mr Kim`, `North Korea`).
        case known

        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    /// The yes-or-no properties, one bit each.
    private struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let isAcronym = Flags(rawValue: 1 << 0)
        static let isShire = Flags(rawValue: 1 << 1)
        static let courtesy = Flags(rawValue: 1 << 2)
        static let direction = Flags(rawValue: 1 << 3)
        static let afterPreposition = Flags(rawValue: 1 << 4)
        static let personContext = Flags(rawValue: 1 << 5)
        static let inCredit = Flags(rawValue: 1 << 6)
        static let inBody = Flags(rawValue: 1 << 7)
        static let weak = Flags(rawValue: 1 << 8)
        static let fromGazetteer = Flags(rawValue: 1 << 9)
        static let givenName = Flags(rawValue: 1 << 10)
        static let fallback = Flags(rawValue: 1 << 11)
        static let placeContext = Flags(rawValue: 1 << 12)
        static let hasStem = Flags(rawValue: 1 << 13)
        static let hasGazetteerCanonical = Flags(rawValue: 1 << 14)
    }

    // Stored in this order, largest alignment first, the one-byte fields in the tail of
    // `nameKeys`: 128 bytes.
    /// Keys of the name's words without a courtesy title, case-folded and split at
    /// hyphens and full stops: `kim`, `jong`, `un` for `Kim Jong-un`; `kim` for `Mr Kim`.
    var nameKeys: NameKeys = []
    var type: EntityType
    var evidence: Evidence
    /// The type a list's head noun gives it (`firms including …` → ORG).
    var listType: EntityType?
    private var flags: Flags = [.inBody]
    private var storedWordCount: UInt16 = 0
    private var storedBlock: Int32
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedList: Int32 = 0
    /// The learned model's class scores from the block-level features (``EntityModel``).
    var scores = EntityModel.Scores()
    /// Key of the upper-case initials of the name's words and hyphen parts
    /// (`Korean Central News Agency` → `kcna`).
    var initialsKey = NameKey.empty
    /// Key of the name's letters without spaces, hyphens or stops (`U.S.` → `us`).
    var compactKey = NameKey.empty
    /// Key of the text case-folded, hyphens and full stops as spaces (`kim jong un`).
    var normKey = NameKey.empty
    private var storedStemKey = NameKey.empty
    private var storedGazetteerCanonicalKey = NameKey.empty
    /// The feature hashes themselves, kept only when writing training rows.
    var features: [UInt32]?

    /// A candidate for `scalars[start..<end]` of block `block`.
    init(block: Int, start: Int, end: Int, type: EntityType, evidence: Evidence) {
        storedBlock = Int32(clamping: block)
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: end)
        self.type = type
        self.evidence = evidence
    }

    /// The index of the block the name is in.
    var block: Int {
        get { Int(storedBlock) }
        set { storedBlock = Int32(clamping: newValue) }
    }
    /// The name's first Unicode scalar in its block.
    var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    /// The scalar just after the name (exclusive).
    var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }
    /// Where the name is: its text is `scalars[start..<end]` of block `block`.
    var location: TextLocation { TextLocation(block: block, start: start, end: end) }
    /// How many capitalised words the name has (`Kim Jong-un`: 2).
    var wordCount: Int {
        get { Int(storedWordCount) }
        set { storedWordCount = UInt16(clamping: newValue) }
    }
    /// Candidates of one block listed together (`Denmark, France and the Netherlands`)
    /// share a list number; 0 when not in a list.
    var list: Int {
        get { Int(storedList) }
        set { storedList = Int32(clamping: newValue) }
    }
    /// The same as `normKey` without a final `s` (`londoner` for `Londoners`), if it ends in one.
    var stemKey: NameKey? {
        get { flags.contains(.hasStem) ? storedStemKey : nil }
        set { storedStemKey = newValue ?? .empty; set(.hasStem, newValue != nil) }
    }
    /// The ``EntityLinker/normKey(_:)`` of the full form a gazetteer gives for a short
    /// one (`US` → `united states`).
    var gazetteerCanonicalKey: NameKey? {
        get { flags.contains(.hasGazetteerCanonical) ? storedGazetteerCanonicalKey : nil }
        set { storedGazetteerCanonicalKey = newValue ?? .empty; set(.hasGazetteerCanonical, newValue != nil) }
    }

    /// All capitals (`KCNA`, `U.S.`).
    var isAcronym: Bool { get { flags.contains(.isAcronym) } set { set(.isAcronym, newValue) } }
    /// Ends in `shire` (`Staffordshire`).
    var isShire: Bool { get { flags.contains(.isShire) } set { set(.isShire, newValue) } }
    /// Begins with a courtesy title (`Mr Kim`, `Prof Hwang`).
    var courtesy: Bool { get { flags.contains(.courtesy) } set { set(.courtesy, newValue) } }
    /// `North`, `South`, `West`, `East` after `the`.
    var direction: Bool { get { flags.contains(.direction) } set { set(.direction, newValue) } }
    /// Preceded by a locative preposition (`in`, `at`, `from` …).
    var afterPreposition: Bool { get { flags.contains(.afterPreposition) } set { set(.afterPreposition, newValue) } }
    /// Followed by a verb of saying (`said`, `told` …) or preceded by a person noun.
    var personContext: Bool { get { flags.contains(.personContext) } set { set(.personContext, newValue) } }
    /// Part of a photo credit or wire credit.
    var inCredit: Bool { get { flags.contains(.inCredit) } set { set(.inCredit, newValue) } }
    /// In a paragraph (not a headline, caption or credit).
    var inBody: Bool { get { flags.contains(.inBody) } set { set(.inBody, newValue) } }
    /// A lone ordinary word at a sentence start (`Arrest made …`): kept only when the
    /// article uses the same name elsewhere.
    var weak: Bool { get { flags.contains(.weak) } set { set(.weak, newValue) } }
    /// Named whole by a gazetteer (`Toronto`), even when its type is only likely.
    var fromGazetteer: Bool { get { flags.contains(.fromGazetteer) } set { set(.fromGazetteer, newValue) } }
    /// A lone word that is also a given name (`Mary`, a town as well).
    var givenName: Bool { get { flags.contains(.givenName) } set { set(.givenName, newValue) } }
    /// Typed only by the fallback for unknown names (a person), so a list or a
    /// preposition may retype it.
    var fallback: Bool { get { flags.contains(.fallback) } set { set(.fallback, newValue) } }
    /// A fallback name after `in`, `at`, `near` … (`at Ain Issa`): a place when no
    /// mention of it is a person's.
    var placeContext: Bool { get { flags.contains(.placeContext) } set { set(.placeContext, newValue) } }

    @inline(__always)
    private mutating func set(_ flag: Flags, _ on: Bool) {
        if on { flags.insert(flag) } else { flags.remove(flag) }
    }
}
