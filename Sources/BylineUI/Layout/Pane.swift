/// The three panes of the reader.
package enum Pane: String, Sendable, Hashable, CaseIterable {
    case list
    case article
    case sidebar

    /// The name on the pane's header.
    package var title: String {
        switch self {
        case .list: return "Articles"
        case .article: return "Article"
        case .sidebar: return "Sidebar"
        }
    }
}
