/// Settings of a reader session, from the command line or the configuration file.
///
/// ```swift
/// ReaderOptions(sidebarOpen: true, maxTextWidth: 90, mouse: false, layout: .stacked)
/// ```
package struct ReaderOptions: Sendable, Hashable {
    /// Whether the sidebar starts open; nil opens it where the width allows
    /// (``PaneLayout/sidebarOpensByDefault(width:arrangement:)``).
    package var sidebarOpen: Bool?
    /// The widest a line of article text gets; nil fills the pane.
    package var maxTextWidth: Int?
    /// Whether the mouse wheel scrolls the pane under the pointer (off by default).
    package var mouse: Bool
    /// Panes side by side (the default) or the list and sidebar in a band on top.
    package var layout: PaneLayout.Arrangement
    /// Whether the list is shown in the columns layout; nil shows it on terminals at
    /// least ``PaneLayout/columnsListWidth`` columns wide.
    package var listShown: Bool?
    /// Columns for the list and the sidebar in the columns layout; nil: a share of the
    /// width.
    package var listWidth: Int?
    package var sidebarWidth: Int?
    /// Whether `y` may copy a quotation to the terminal's clipboard (OSC 52).
    package var clipboard: Bool

    package init(
        sidebarOpen: Bool? = nil, maxTextWidth: Int? = 100, mouse: Bool = false, layout: PaneLayout.Arrangement = .columns,
        listShown: Bool? = nil, listWidth: Int? = nil, sidebarWidth: Int? = nil, clipboard: Bool = true
    ) {
        self.clipboard = clipboard
        self.sidebarOpen = sidebarOpen
        self.maxTextWidth = maxTextWidth
        self.mouse = mouse
        self.layout = layout
        self.listShown = listShown
        self.listWidth = listWidth
        self.sidebarWidth = sidebarWidth
    }
}
