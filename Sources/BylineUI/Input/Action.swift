/// Everything a key can do in the reader. The raw value is the action's name in the
/// configuration file (`[keys] line_down = ["j", "down"]`).
package enum Action: String, Sendable, Hashable, CaseIterable {
    case lineDown = "line_down"
    case lineUp = "line_up"
    case pageDown = "page_down"
    case pageUp = "page_up"
    case halfPageDown = "half_page_down"
    case halfPageUp = "half_page_up"
    case top
    case bottom
    case percent
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
    case toggleList = "toggle_list"
    case zoom
    case widerPane = "wider_pane"
    case narrowerPane = "narrower_pane"
    case cycleTheme = "cycle_theme"
    case librarySearch = "library_search"
    case libraryRelated = "library_related"
    case bookmark
    case nextUnread = "next_unread"
    case filterUnread = "filter_unread"
    case filterBookmarks = "filter_bookmarks"
    case sortList = "sort_list"
    case copyQuote = "copy_quote"
    case feeds
    case updateFeeds = "update_feeds"
    case help
    case back
    case quit

    /// One line for the help screen.
    package var summary: String {
        switch self {
        case .lineDown: return "scroll down a line"
        case .lineUp: return "scroll up a line"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .halfPageDown: return "half a page down"
        case .halfPageUp: return "half a page up"
        case .top: return "go to the top (N g: line N)"
        case .bottom: return "go to the end (N G: line N)"
        case .percent: return "go to N percent of the article (50%)"
        case .open: return "open the selected article or item"
        case .nextArticle: return "next article"
        case .previousArticle: return "previous article"
        case .searchForward: return "search forward in the article"
        case .searchBackward: return "search backward (shows this help)"
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
        case .toggleList: return "show or hide the article list"
        case .zoom: return "the article alone on the screen, and back"
        case .widerPane: return "widen the list or sidebar"
        case .narrowerPane: return "narrow the list or sidebar"
        case .cycleTheme: return "next theme"
        case .librarySearch: return "search the whole library"
        case .libraryRelated: return "this entity or speaker in the library"
        case .bookmark: return "bookmark this article, or remove its bookmark"
        case .nextUnread: return "open the next unread article"
        case .filterUnread: return "list only unread articles, and back"
        case .filterBookmarks: return "list only bookmarked articles, and back"
        case .sortList: return "sort the list: date, source, title, as given"
        case .copyQuote: return "copy the marked quotation (OSC 52)"
        case .feeds: return "list the subscribed feeds (sources), and back"
        case .updateFeeds: return "update every feed, while you read"
        case .help: return "show this help"
        case .back: return "undo a filter, search or mark; back to the article"
        case .quit: return "quit"
        }
    }

    /// The help screen's sections, in order.
    package enum Section: String, Sendable, CaseIterable {
        case moving = "Moving"
        case search = "Search"
        case entitiesAndQuotes = "Entities and quotations"
        case panesAndList = "Panes and the list"
        case readingList = "The reading list"
        case library = "Library"
        case other = "Help, themes, quitting"
    }

    /// The help section the action is listed under.
    ///
    /// ```swift
    /// Action.nextQuote.section   // .entitiesAndQuotes
    /// ```
    package var section: Section {
        switch self {
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .percent: return .moving
        case .searchForward, .searchBackward, .nextMatch, .previousMatch: return .search
        case .nextEntity, .previousEntity, .nextSameEntity, .nextQuote, .previousQuote, .copyQuote: return .entitiesAndQuotes
        case .open, .nextArticle, .previousArticle, .focusNext, .focusPrevious, .toggleSidebar, .switchSidebarTab, .toggleList,
            .zoom, .widerPane, .narrowerPane, .back:
            return .panesAndList
        case .bookmark, .nextUnread, .filterUnread, .filterBookmarks, .sortList: return .readingList
        case .librarySearch, .libraryRelated, .feeds, .updateFeeds: return .library
        case .cycleTheme, .help, .quit: return .other
        }
    }
}
