/// The article's places and bodies, indexed once for the attribution rules.
struct PlaceIndex {
    /// How many places sharing a prefix ``QuoteAnalysis/placeName(for:)`` compares.
    static let maxCandidates = 256
    /// Distinct PLACE canonical names (with their lower-case scalars), in order of first
    /// mention, by their first four lower-case scalars.
    var byPrefix: [String: [(String, [Unicode.Scalar])]] = [:]
    /// Canonical names of the ORG and PLACE mentions.
    var bodies: Set<String> = []

    init(_ mentions: [EntityMention]) {
        var seen = Set<String>()
        for i in mentions.indices where mentions[i].type == .org || mentions[i].type == .place {
            let canonical = mentions[i].canonical
            bodies.insert(canonical)
            guard mentions[i].type == .place, seen.insert(canonical).inserted else { continue }
            let name = Array(canonical.lowercased().unicodeScalars)
            guard name.count >= 4 else { continue }
            byPrefix[Self.prefix(name), default: []].append((canonical, name))
        }
    }

    static func prefix(_ s: [Unicode.Scalar]) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s.prefix(4))
        return String(v)
    }
}
