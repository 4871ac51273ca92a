import BylineKit

/// A search in the open article (`/` forward, `?` backward, as in less): the query and
/// every match, as scalar ranges of layout items.
///
/// Matching ignores case unless the query has an upper-case letter ("smart case").
///
/// ```swift
/// let s = SearchState(query: "kim", backward: false, items: layout.items)
/// s.matches.first  // SearchState.Match(item: 2, range: 20..<23)
/// ```
package struct SearchState: Sendable, Hashable {
    package struct Match: Sendable, Hashable, Comparable {
        package var item: Int
        package var range: Range<Int>

        package static func < (a: Match, b: Match) -> Bool {
            (a.item, a.range.lowerBound) < (b.item, b.range.lowerBound)
        }
    }

    package var query: String
    package var backward: Bool
    package private(set) var matches: [Match]
    /// The match last moved to.
    package var current: Int?

    package init(query: String, backward: Bool, items: [ArticleLayout.Item]) {
        self.query = query
        self.backward = backward
        let fold = !query.contains { $0.isUppercase }
        let needle = query.unicodeScalars.map { SearchState.folded($0, fold) }
        var found: [Match] = []
        if !needle.isEmpty {
            for (i, item) in items.enumerated() {
                for r in SearchState.find(needle, in: item.text, fold: fold) { found.append(Match(item: i, range: r)) }
            }
        }
        matches = found
    }

    static func folded(_ s: Unicode.Scalar, _ fold: Bool) -> Unicode.Scalar {
        guard fold else { return s }
        if s.isASCII {
            let v = s.value
            return v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : s
        }
        let lower = s.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : s
    }

    /// Scalar ranges of `needle` in `text`, not overlapping.
    static func find(_ needle: [Unicode.Scalar], in text: String, fold: Bool) -> [Range<Int>] {
        let hay = text.unicodeScalars.map { folded($0, fold) }
        guard hay.count >= needle.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        let first = needle[0]
        while i + needle.count <= hay.count {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { out.append(i..<(i + needle.count)); i += needle.count; continue }
            }
            i += 1
        }
        return out
    }

    /// The first match at or after `p` (or before, going backward), wrapping around.
    func next(after item: Int, offset: Int, forward: Bool) -> Int? {
        guard !matches.isEmpty else { return nil }
        if forward {
            if let i = matches.firstIndex(where: { ($0.item, $0.range.lowerBound) > (item, offset) }) { return i }
            return 0
        }
        if let i = matches.lastIndex(where: { ($0.item, $0.range.lowerBound) < (item, offset) }) { return i }
        return matches.count - 1
    }
}
