/// Every element the reader draws, each with its own style in a ``Theme``.
/// The raw value is the element's key in a theme file (`[person]`, `[status_line]`).
package enum ThemeElement: String, Sendable, Hashable, CaseIterable {
    case text
    case headline
    case date
    case caption
    case credit
    case quotation
    case person = "PERSON"
    case org = "ORG"
    case place = "PLACE"
    case norp = "NORP"
    case dateEntity = "DATE"
    /// The mention or quotation chosen from the sidebar or by a jump key.
    case chosen
    case searchMatch = "search_match"
    case border
    case focusedBorder = "focused_border"
    case listItem = "list_item"
    case listSelection = "list_selection"
    case sidebar
    case sidebarHeading = "sidebar_heading"
    case statusLine = "status_line"
    /// The right end of the status line: the position (`L5/119 30%`) and the help key.
    /// It changes on every line scrolled, so the default themes draw it plain: then a
    /// line down rewrites a few digits with no attribute change around them.
    case statusPosition = "status_position"
    /// The search or command prompt in the status line.
    case prompt
    case help
    /// Key names on the help screen.
    case helpKey = "help_key"

    /// The five entity types, in the order the sidebar groups them.
    package static let entityTypes: [ThemeElement] = [.person, .org, .place, .norp, .dateEntity]
}
