/// A name found in one block, before the article-wide pass settles its type and joins
/// it with the other mentions of the same entity.
struct EntityCandidate: Sendable {
    /// How sure the block scan is of `type`.
    enum Evidence: Int, Sendable, Comparable {
        /// A lone capitalised word nothing else explains (`Brudziński`): typed by context.
        case guess
        /// The shape of the name says it (`Bob Behnken`, `Riverside County`).
        case shape
        /// A title, a gazetteer or a credit line says it (`Mr Kim`, `North Korea`).
        case known

        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    var block: Int
    var start: Int
    var end: Int
    var type: EntityType
    var evidence: Evidence
    var text: String
    /// Keys of the name's words without a courtesy title, case-folded and split at
    /// hyphens and full stops: `kim`, `jong`, `un` for `Kim Jong-un`; `kim` for `Mr Kim`.
    var nameKeys: NameKeys = []
    /// How many capitalised words the name has (`Kim Jong-un`: 2).
    var wordCount = 0
    /// Key of the upper-case initials of the name's words and hyphen parts
    /// (`Korean Central News Agency` → `kcna`).
    var initialsKey = NameKey.empty
    /// Key of the name's letters without spaces, hyphens or stops (`U.S.` → `us`).
    var compactKey = NameKey.empty
    /// Key of the text case-folded, hyphens and full stops as spaces (`kim jong un`).
    var normKey = NameKey.empty
    /// The same without a final `s` (`londoner` for `Londoners`), if it ends in one.
    var stemKey: NameKey?
    /// All capitals (`KCNA`, `U.S.`).
    var isAcronym = false
    /// Ends in `shire` (`Staffordshire`).
    var isShire = false
    /// Begins with a courtesy title (`Mr Kim`, `Prof Hwang`).
    var courtesy = false
    /// `North`, `South`, `West`, `East` after `the`.
    var direction = false
    /// The full form a gazetteer gives for a short one (`US` → `United States`).
    var gazetteerCanonical: String?
    /// Preceded by a locative preposition (`in`, `at`, `from` …).
    var afterPreposition = false
    /// Followed by a verb of saying (`said`, `told` …) or preceded by a person noun.
    var personContext = false
    /// Part of a photo credit or wire credit.
    var inCredit = false
    /// In a paragraph (not a headline, caption or credit).
    var inBody = true
    /// A lone ordinary word at a sentence start (`Arrest made …`): kept only when the
    /// article uses the same name elsewhere.
    var weak = false
    /// Named whole by a gazetteer (`Toronto`), even when its type is only likely.
    var fromGazetteer = false
    /// A lone word that is also a given name (`Mary`, a town as well).
    var givenName = false
    /// Candidates of one block listed together (`Denmark, France and the Netherlands`)
    /// share a list number; 0 when not in a list.
    var list = 0
    /// The type a list's head noun gives it (`firms including …` → ORG).
    var listType: EntityType?
    /// Typed only by the fallback for unknown names (a person), so a list or a
    /// preposition may retype it.
    var fallback = false
    /// A fallback name after `in`, `at`, `near` … (`at Ain Issa`): a place when no
    /// mention of it is a person's.
    var placeContext = false
    /// The learned model's class scores from the block-level features (``EntityModel``).
    var scores = EntityModel.Scores()
    /// The feature hashes themselves, kept only when writing training rows.
    var features: [UInt32]?
}
