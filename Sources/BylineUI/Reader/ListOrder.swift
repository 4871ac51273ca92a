import BylineKit

/// The order of the article list (`o` goes to the next).
///
/// ```swift
/// ListOrder.given.next   // .date
/// ```
package enum ListOrder: String, Sendable, Hashable, CaseIterable {
    /// As the files were given (folders in name order).
    case given
    /// Newest first; undated articles last.
    case date
    /// By source, then newest first.
    case source
    /// By title, ignoring case.
    case title

    package var next: ListOrder {
        let all = ListOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The article indices in this order.
    func sorted(_ articles: [AnalyzedArticle]) -> [Int] {
        let indices = Array(articles.indices)
        func date(_ i: Int) -> String { articles[i].article.date?.description ?? "" }
        switch self {
        case .given: return indices
        case .date: return indices.sorted { (date($0), -$0) > (date($1), -$1) }
        case .source:
            func source(_ i: Int) -> String { articles[i].article.source?.lowercased() ?? "\u{10FFFF}" }
            return indices.sorted { (source($0), date($1), $0) < (source($1), date($0), $1) }
        case .title:
            return indices.sorted { (articles[$0].article.title.lowercased(), $0) < (articles[$1].article.title.lowercased(), $1) }
        }
    }
}
