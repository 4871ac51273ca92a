/// Settings of a reader session, from the command line or the configuration file.
///
/// ```swift
/// ReaderOptions(sidebarOpen: true, maxTextWidth: 90, mouse: false, layout: .stacked)
/// ```
public struct ReaderOptions: Sendable, Hashable {
    /// Whether the sidebar starts open; nil opens it where the width allows
    /// (``PaneLayout/sidebarOpensByDefault(width:arrangement:)``).
    public var sidebarOpen: Bool?
    /// The widest a line of article text gets; nil fills the pane.
    public var maxTextWidth: Int?
    /// Whether the mouse wheel scrolls the pane under the pointer (off by default).
    public var mouse: Bool
    /// Panes side by side (the default) or the list and sidebar in a band on top.
    public var layout: PaneLayout.Arrangement
    /// Whether the list is shown in the columns layout; nil shows it on terminals at
    /// least ``PaneLayout/columnsListWidth`` columns wide.
    public var listShown: Bool?
    /// Columns for the list and the sidebar in the columns layout; nil: a share of the
    /// width.
    public var listWidth: Int?
    public var sidebarWidth: Int?
    /// Whether `y` may copy a quotation to the terminal's clipboard (OSC 52).
    public var clipboard: Bool

    public init(
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
