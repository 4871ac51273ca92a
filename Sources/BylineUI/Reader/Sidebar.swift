import BylineKit

/// The sidebar's two tabs: the quotations of the open article (speaker and text, in
/// article order) and its entities (canonical name and number of mentions, grouped by
/// type).
///
/// ```swift
/// Sidebar.rows(for: analyzed, tab: .entities)
/// // [heading "People", "Kim Jong-un 5", "Joe Biden 2", heading "Places", …]
/// ```
package enum Sidebar {
    package enum Tab: String, Sendable, Hashable, CaseIterable {
        case quotes = "Quotes"
        case entities = "Entities"
    }

    /// What choosing a row goes to.
    package enum Target: Sendable, Hashable {
        /// Index into `AnalyzedArticle.quotes`.
        case quote(Int)
        /// Index into `AnalyzedArticle.entities` of the entity's first mention.
        case entity(Int)
    }

    package struct Row: Sendable, Hashable {
        package var text: String
        /// Right-aligned detail (the number of mentions).
        package var detail: String?
        package var isHeading: Bool
        package var target: Target?
        /// The entity's type, for an entity row (its name is drawn in the type's style).
        package var type: EntityType? = nil
    }

    /// A heading per entity type.
    package static func heading(for type: EntityType) -> String {
        switch type {
        case .person: return "People"
        case .org: return "Organisations"
        case .place: return "Places"
        case .norp: return "Groups (NORP)"
        case .date: return "Dates"
        }
    }

    package static func rows(for article: AnalyzedArticle, tab: Tab) -> [Row] {
        switch tab {
        case .quotes:
            if article.quotes.isEmpty { return [Row(text: "(no quotations found)", detail: nil, isHeading: false, target: nil)] }
            return article.quotes.enumerated().map { i, q in
                let who = q.speaker ?? "(unattributed)"
                return Row(text: "\(who): “\(q.text)”", detail: nil, isHeading: false, target: .quote(i))
            }
        case .entities:
            if article.entities.isEmpty { return [Row(text: "(no entities found)", detail: nil, isHeading: false, target: nil)] }
            struct Key: Hashable { var type: EntityType; var canonical: String }
            var count: [Key: Int] = [:]
            var first: [Key: Int] = [:]
            for (i, m) in article.entities.enumerated() {
                let k = Key(type: m.type, canonical: m.canonical)
                count[k, default: 0] += 1
                if first[k] == nil { first[k] = i }
            }
            var rows: [Row] = []
            for type in EntityType.allCases {
                let keys = count.keys.filter { $0.type == type }
                    .sorted { (count[$0]!, $1.canonical) > (count[$1]!, $0.canonical) }
                if keys.isEmpty { continue }
                rows.append(Row(text: heading(for: type), detail: nil, isHeading: true, target: nil))
                for k in keys {
                    rows.append(Row(text: k.canonical, detail: String(count[k]!), isHeading: false, target: .entity(first[k]!), type: type))
                }
            }
            return rows
        }
    }
}
