/// A 64-bit key for a word or a run of words, case-folded (FNV-1a over the folded
/// scalars), so the gazetteers and the keyword lists can be looked up without building a
/// `String` per token. It is the one word hash of the analysis: the entity scanner keys
/// its tokens with it, quotation analysis its words (``BlockTokens``), and ``KeySet``
/// holds keys.
///
/// Case folding covers ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic; curly
/// apostrophes count as straight ones and every dash as a hyphen, so
/// `NameKey("Jehovah’s")` equals `NameKey("jehovah's")`. Words of a run are joined
/// by one space: `NameKey.of(["North", "Korea"]) == NameKey("north korea")`.
struct NameKey: Hashable, Sendable {
    var value: UInt64

    static let empty = NameKey(value: 0xcbf2_9ce4_8422_2325)

    /// Adds one scalar, folded.
    @inline(__always)
    mutating func add(_ s: Unicode.Scalar) {
        value = (value ^ UInt64(NameKey.fold(s.value))) &* 0x100_0000_01b3
    }

    /// Adds one scalar value, folded.
    @inline(__always)
    mutating func add(value v: UInt32) {
        value = (value ^ UInt64(NameKey.fold(v))) &* 0x100_0000_01b3
    }

    /// Adds the separator between two words.
    @inline(__always)
    mutating func addSpace() { add(" ") }

    /// Adds a whole word's key: the key of a sequence of words (`NameKey.empty` then
    /// `addWord` of `north`, `korea`), for looking names up by their words.
    @inline(__always)
    mutating func addWord(_ word: NameKey) { value = (value ^ word.value) &* 0x100_0000_01b3 }

    init(value: UInt64) { self.value = value }

    /// The key is already a hash of the text: `Set` and `Dictionary` take it, mixed with
    /// their seed, instead of running SipHash over it again.
    func _rawHashValue(seed: Int) -> Int {
        var h = value ^ UInt64(truncatingIfNeeded: seed)
        h ^= h >> 32
        h &*= 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }

    /// The key of a string whose words are separated by single spaces.
    init(_ text: some StringProtocol) {
        var k = NameKey.empty
        for s in text.unicodeScalars { k.add(s) }
        self = k
    }

    /// The key of a run of scalars.
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var k = NameKey.empty
        for s in scalars { k.add(s) }
        self = k
    }

    /// The key of `scalars[range]`.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        var k = NameKey.empty
        for i in range { k.add(scalars[i]) }
        self = k
    }

    /// The key of `values[range]`, scalar values (``ScalarClass/scalars(of:)``).
    init(values: [UInt32], _ range: Range<Int>) {
        var k = NameKey.empty
        for i in range { k.add(value: values[i]) }
        self = k
    }

    /// Folds case and punctuation variants: `A` → `a`, `Ł` → `ł`, `’` → `'`, `–` → `-`.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 {
            return (v >= 65 && v <= 90) ? v | 0x20 : v
        }
        return foldBeyondASCII(v)
    }

    /// ``fold(_:)`` past ASCII, kept out of line so that the ASCII case inlines everywhere.
    @inline(never)
    static func foldBeyondASCII(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xC0...0xDE where v != 0xD7: return v + 0x20
        case 0x100...0x137, 0x14A...0x177: return v | 1
        case 0x139...0x148, 0x179...0x17E: return (v & 1) == 1 ? v + 1 : v
        case 0x391...0x3AB: return v + 0x20
        case 0x410...0x42F: return v + 0x20
        case 0x400...0x40F: return v + 0x50
        case 0x2018, 0x2019, 0x201B, 0x2032: return 0x27
        case 0x2010...0x2015, 0x2212: return 0x2D
        default: return v
        }
    }

    /// ``fold(_:)`` and then, for a name's keys, without the diacritics of Latin letters
    /// (`Ğ`, `ğ` → `g`; `É` → `e`; `Ł` → `l`), so that an article's `Erdoğan` and `Erdogan`
    /// are one name; 0 for a combining mark (U+0300–U+036F), which a key leaves out.
    /// Letters with no base letter (`ß`, `æ`, `þ`) fold as ``fold(_:)`` has them.
    ///
    /// ```swift
    /// NameKey.foldName(0x11E)  // 0x67, "g"
    /// NameKey.foldName(0x301)  // 0: the acute accent of a decomposed "é" is left out
    /// ```
    @inline(__always)
    static func foldName(_ v: UInt32) -> UInt32 {
        if v < 0xC0 { return fold(v) }
        return foldNameBeyondLatin1(v)
    }

    @inline(never)
    static func foldNameBeyondLatin1(_ v: UInt32) -> UInt32 {
        if v >= 0x300 && v <= 0x36F { return 0 }
        guard v < 0x180 else { return fold(v) }
        let base = latinBase[Int(v - 0xC0)]
        return base == 0x2E ? fold(v) : UInt32(base)
    }

    /// The base letter of U+00C0…U+017F, `.` where there is none.
    private static let latinBase: [UInt8] = Array(
        "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllllllllnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.".utf8)
}
