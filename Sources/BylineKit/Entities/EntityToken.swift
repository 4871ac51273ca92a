/// One word or punctuation mark of a block, as the entity recogniser sees it.
///
/// Offsets are Unicode-scalar offsets in the block's text. A possessive ending is not
/// part of the word (`Korea’s` → the token `Korea`, flagged ``Flags/possessive``), and
/// neither is a sentence's closing full stop; an abbreviation's stop is (`Mr.`, `U.S.`).
struct EntityToken: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Letters or digits (not punctuation).
        static let word = Flags(rawValue: 1)
        /// Starts with an upper-case letter (`Kim`, `KCNA`, `Jong-un`).
        static let capitalized = Flags(rawValue: 2)
        /// Two or more letters, all upper case (`KCNA`, `U.S.`).
        static let allCaps = Flags(rawValue: 4)
        /// Contains a digit (`TVN24`, `2019`).
        static let digit = Flags(rawValue: 8)
        /// Followed by a possessive `'s` / `’s` / `s'` that the token leaves out.
        static let possessive = Flags(rawValue: 16)
        /// The first word of a sentence (or of a block).
        static let sentenceStart = Flags(rawValue: 32)
        /// Only digits (`2019`, `17`).
        static let number = Flags(rawValue: 64)
        /// Starts with a lower-case letter.
        static let lower = Flags(rawValue: 128)
        /// Ends in an abbreviation's full stop (`Mr.`, `A.`).
        static let dotted = Flags(rawValue: 256)
        /// Upper case after the first letter as well (`SpaceX`, `McCarrick`, `KCNA`).
        static let innerCaps = Flags(rawValue: 512)
        /// Holds a hyphen or a joining en dash (`Jong-un`, `Kurdish-led`).
        static let hyphenated = Flags(rawValue: 1024)
    }

    var start: Int
    var end: Int
    /// The case-folded key of the token's text.
    var key: NameKey
    var flags: Flags
    /// For punctuation, the scalar; for words, the first scalar.
    var first: Unicode.Scalar
    /// What the gazetteers say of the word (filled in after tokenizing).
    var kinds: Gazetteer.Kinds = []

    @inline(__always) func has(_ f: Flags) -> Bool { flags.contains(f) }
    var isWord: Bool { flags.contains(.word) }
    var length: Int { end - start }
}
