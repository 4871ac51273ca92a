/// An open-addressing hash table from ``NameKey`` to gazetteer kinds.
///
/// The keys are already well-mixed 64-bit hashes, so the table indexes by their low bits
/// directly instead of hashing again, as `Dictionary` would: a lookup is a few loads.
///
/// ```swift
/// var table = NameTable(capacity: 4)
/// table.insert(NameKey("kim"), 3)
/// table[NameKey("KIM")]   // 3
/// table[NameKey("lee")]   // 0
/// ```
struct NameTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The value stored for `key`, or 0.
    @inline(__always)
    subscript(key: NameKey) -> UInt32 {
        let k = key.value == 0 ? 1 : key.value
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        return keys.withUnsafeBufferPointer { kb in
            while true {
                let stored = kb[i]
                if stored == k { return values[i] }
                if stored == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    /// ORs `bits` into the value for `key`.
    mutating func insert(_ key: NameKey, _ bits: UInt32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = key.value == 0 ? 1 : key.value
        var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
        while true {
            if keys[i] == k { values[i] |= bits; return }
            if keys[i] == 0 {
                keys[i] = k
                values[i] = bits
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            insert(NameKey(value: k), oldValues[i])
        }
    }
}
