/// A set of words by their ``NameKey``, in an open-addressing table of the keys' values:
/// a look-up is a probe or two on an already well-mixed hash, with no `String` and no
/// SipHash. The entity scanner's and quotation analysis's keyword lists are such sets.
///
/// ```swift
/// let cues = KeySet(["said", "told"])
/// cues.contains(NameKey("Said"))          // true
/// cues.contains(NameKey("SAID").value)    // true: a token's hash (``Token/value``)
/// cues.contains(NameKey("say"))           // false
/// ```
struct KeySet: Sendable {
    private var table: [UInt64]
    private let mask: Int

    /// The set of the keys of `words`.
    init(_ words: [String]) {
        self.init(keys: words.map { NameKey($0) })
    }

    init(keys: some Sequence<NameKey>) {
        let list = Array(Set(keys.map(\.value)))
        var size = 16
        while size < list.count * 4 { size <<= 1 }
        mask = size - 1
        table = Array(repeating: 0, count: size)
        for h0 in list {
            let h = h0 == 0 ? 1 : h0
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while table[i] != 0 && table[i] != h { i = (i + 1) & mask }
            table[i] = h
        }
    }

    @inline(__always)
    func contains(_ key: NameKey) -> Bool { contains(key.value) }

    /// Whether the set holds the key whose value is `h0`.
    @inline(__always)
    func contains(_ h0: UInt64) -> Bool {
        let h = h0 == 0 ? 1 : h0
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let v = table[i]
            if v == h { return true }
            if v == 0 { return false }
            i = (i + 1) & mask
        }
    }
}
