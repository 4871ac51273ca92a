/// The known name closest to a misspelt one, for "did you mean …?" hints.
///
/// ```swift
/// NameSuggestion.closest(to: "line_dwn", in: ["line_down", "line_up"])  // "line_down"
/// NameSuggestion.closest(to: "sidebar", in: ["sidebar_open", "mouse"])   // "sidebar_open"
/// NameSuggestion.closest(to: "zzz", in: ["line_down"])                 // nil: too far
/// ```
package enum NameSuggestion {
    package static func closest(to name: String, in candidates: [String]) -> String? {
        let lower = name.lowercased()
        if let same = candidates.first(where: { $0.lowercased() == lower }) { return same }
        let close = candidates.map { ($0, distance(lower, $0.lowercased())) }.filter { candidate, d in
            // A small edit away, or one name inside the other (sidebar → sidebar_open).
            d <= max(2, name.count / 3) || (lower.count >= 4 && candidate.lowercased().contains(lower))
        }
        return close.min(by: { $0.1 < $1.1 })?.0
    }

    /// " (did you mean 'x'?)" or "".
    static func hint(for name: String, in candidates: [String]) -> String {
        closest(to: name, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
