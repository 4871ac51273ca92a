/// Everything a key can do in the reader. The raw value is the action's name in the
/// configuration file (`[keys] line_down = ["j", "down"]`).
public enum Action: String, Sendable, Hashable, CaseIterable {
    case lineDown = "line_down"
    case lineUp = "line_up"
    case pageDown = "page_down"
    case pageUp = "page_up"
    case halfPageDown = "half_page_down"
    case halfPageUp = "half_page_up"
    case top
    case bottom
    case open
    case nextArticle = "next_article"
    case previousArticle = "previous_article"
    case searchForward = "search_forward"
    case searchBackward = "search_backward"
    case nextMatch = "next_match"
    case previousMatch = "previous_match"
    case nextEntity = "next_entity"
    case previousEntity = "previous_entity"
    case nextSameEntity = "next_same_entity"
    case nextQuote = "next_quote"
    case previousQuote = "previous_quote"
    case focusNext = "focus_next"
    case focusPrevious = "focus_previous"
    case toggleSidebar = "toggle_sidebar"
    case switchSidebarTab = "sidebar_tab"
    case cycleTheme = "cycle_theme"
    case librarySearch = "library_search"
    case libraryRelated = "library_related"
    case bookmark
    case help
    case back
    case quit

    /// One line for the help screen.
    public var summary: String {
        switch self {
        case .lineDown: return "scroll down a line"
        case .lineUp: return "scroll up a line"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .top: return "go to the top"
        case .bottom: return "go to the end"
        case .open: return "open the selected article / sidebar item"
        case .nextArticle: return "next article"
        case .previousArticle: return "previous article"
        case .searchForward: return "search forward in the article"
        case .searchBackward: return "search backward (this help shows while you type)"
        case .nextMatch: return "next search match"
        case .previousMatch: return "previous search match"
        case .nextEntity: return "next entity mention"
        case .previousEntity: return "previous entity mention"
        case .nextSameEntity: return "next mention of the same entity"
        case .nextQuote: return "next quotation"
        case .previousQuote: return "previous quotation"
        case .focusNext: return "focus the next pane"
        case .focusPrevious: return "focus the previous pane"
        case .toggleSidebar: return "show or hide the sidebar"
        case .switchSidebarTab: return "switch sidebar tab (Quotes / Entities)"
        case .cycleTheme: return "next theme"
        case .librarySearch: return "search the whole library"
        case .libraryRelated: return "more in the library on this entity or speaker"
        case .bookmark: return "bookmark this article"
        case .help: return "show this help"
        case .back: return "close help / prompt, back to the list"
        case .quit: return "quit"
        }
    }
}
