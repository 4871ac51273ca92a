/// A set of word hashes (``ScalarClass/hash(_:_:)``) in an open-addressing table, so a
/// look-up is a multiply-free probe instead of a `Set`'s SipHash.
struct WordSet: Sendable {
    private var table: [UInt64]
    private let mask: Int

    init(_ hashes: some Sequence<UInt64>) {
        let list = Array(Set(hashes))
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
