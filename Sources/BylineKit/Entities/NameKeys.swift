/// The keys of a name's words (``EntityCandidate/nameKeys``), the first three held in
/// the value itself: nearly every name has one to three words, and a heap array per
/// candidate cost about 60 bytes and an allocation (an article has a candidate every 30
/// bytes or so). Longer names keep the rest in an array.
///
/// ```swift
/// var keys: NameKeys = []
/// keys.append(NameKey("kim")); keys.append(NameKey("jong")); keys.append(NameKey("un"))
/// keys.count             // 3, no allocation
/// keys.first             // NameKey("kim")
/// Array(keys)            // [kim, jong, un]
/// ```
struct NameKeys: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    private var inline: (NameKey, NameKey, NameKey) = (.empty, .empty, .empty)
    /// Keys after the third.
    private var rest: [NameKey] = []
    private var stored: Int32 = 0

    init() {}

    /// `[]` or a list of keys.
    init(arrayLiteral keys: NameKey...) {
        for k in keys { append(k) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { Int(stored) }

    subscript(i: Int) -> NameKey {
        switch i {
        case 0: return inline.0
        case 1: return inline.1
        case 2: return inline.2
        default: return rest[i - 3]
        }
    }

    /// Adds a key at the end.
    mutating func append(_ key: NameKey) {
        switch stored {
        case 0: inline.0 = key
        case 1: inline.1 = key
        case 2: inline.2 = key
        default: rest.append(key)
        }
        stored += 1
    }
}
