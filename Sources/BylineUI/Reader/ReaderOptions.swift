/// Settings of a reader session, from the command line or the configuration file.
///
/// ```swift
/// ReaderOptions(sidebarOpen: true, maxTextWidth: 90, mouse: false)
/// ```
public struct ReaderOptions: Sendable, Hashable {
    /// Whether the sidebar starts open; nil opens it on terminals at least
    /// ``PaneLayout/wideWidth`` columns wide.
    public var sidebarOpen: Bool?
    /// The widest a line of article text gets; nil fills the pane.
    public var maxTextWidth: Int?
    /// Whether the mouse wheel scrolls the pane under the pointer (off by default).
    public var mouse: Bool

    public init(sidebarOpen: Bool? = nil, maxTextWidth: Int? = 100, mouse: Bool = false) {
        self.sidebarOpen = sidebarOpen
        self.maxTextWidth = maxTextWidth
        self.mouse = mouse
    }
}
