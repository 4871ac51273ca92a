/// The scalar values of an article's blocks, decoded from their UTF-8 when a block is
/// asked for and kept for the few blocks used last, not for the whole article.
///
/// The analysis reads blocks as scalar arrays (4 bytes a scalar); holding them all at
/// once cost 4 bytes per byte of text on top of the text itself (a 33 MB article: 130
/// MB). The passes go through the blocks in text order and look only at a block and its
/// neighbours, so a small cache of recently decoded blocks serves them: at most
/// ``budget`` scalars are kept, plus always the two blocks used last (so a pass that
/// alternates between two long blocks decodes each once).
///
/// ```swift
/// let scalars = BlockScalars(article.blocks)
/// scalars[3]        // [UInt32] of block 3's text, decoded now
/// scalars[3]        // the same array, from the cache
/// scalars.count     // article.blocks.count
/// ```
package final class BlockScalars {
    /// Scalars kept in the cache beyond the two blocks used last (16 MB of `UInt32`).
    package static let defaultBudget = 4 << 20

    private let texts: [String]
    private let budget: Int
    private var cache: [Int: [UInt32]] = [:]
    /// Cached blocks, least recently used first.
    private var order: [Int] = []
    private var cached = 0
    /// The block count of scalars given already decoded.
    private var preloaded: Int? = nil
    /// How many times a block was decoded (tests count the work with it).
    package private(set) var decodes = 0
    /// Scalars held in the cache now.
    package var cachedScalars: Int { cached }

    /// The blocks' scalars, decoded on demand: `BlockScalars(article.blocks)`.
    package init(_ blocks: [Block], budget: Int = BlockScalars.defaultBudget) {
        texts = blocks.map(\.text)
        self.budget = budget
    }

    /// Scalars given already decoded (tests; every block is kept).
    init(decoded: [[UInt32]]) {
        texts = []
        budget = .max
        for (b, s) in decoded.enumerated() { cache[b] = s }
        order = Array(decoded.indices)
        preloaded = decoded.count
    }

    /// How many blocks there are.
    package var count: Int { preloaded ?? texts.count }

    /// The block indices, `0..<count`.
    package var indices: Range<Int> { 0..<count }

    /// The scalar values of block `b`'s text.
    package subscript(b: Int) -> [UInt32] {
        if let hit = cache[b] {
            if order.last != b, let i = order.lastIndex(of: b) {
                // A hit is almost always one of the last few blocks: a short search.
                order.remove(at: i)
                order.append(b)
            }
            return hit
        }
        let s = ScalarClass.scalars(of: texts[b])
        decodes += 1
        cache[b] = s
        order.append(b)
        cached += s.count
        // Evict the least recently used, keeping the two used last whatever their size.
        while order.count > 2, cached > budget || order.count > 64 {
            let old = order.removeFirst()
            cached -= cache.removeValue(forKey: old)?.count ?? 0
        }
        return s
    }
}
