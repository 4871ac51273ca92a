/// The reader's settings from the configuration file
/// (`$XDG_CONFIG_HOME/byline/config.toml`):
///
/// ```toml
/// theme = "light"          # a theme name (see `byline themes`) or a path to a theme file
/// sidebar_open = true      # whether the sidebar starts open
/// max_text_width = 72      # the widest the article text wraps, in columns (0: no limit)
/// mouse = false            # wheel scrolling and clicks
/// history = false          # keep no library: no reading positions, marks or index
///
/// A setting the file leaves out is nil here, so that the reader's own default (or a
/// command-line flag) applies.
///
/// [keys]                   # rebind any action by name; its default keys are replaced
/// line_down = ["j", "down"]
/// quit = "x"
/// bookmark = []            # no key
/// ```
package struct Config: Sendable, Hashable {
    /// The theme to start with, a name or path; nil for the default (or `mono` when
    /// NO_COLOR is set).
    package var theme: String?
    /// The key bindings: ``KeyMap/standard`` with the file's `[keys]` applied.
    package var keyMap: KeyMap
    /// Whether the sidebar starts open; nil when the file does not say.
    package var sidebarOpen: Bool?
    /// The widest the article text wraps, in columns, 0 for no limit (the pane's
    /// width); nil when the file does not say.
    package var maxTextWidth: Int?
    /// Whether the reader asks the terminal for mouse events; nil when the file does
    /// not say.
    package var mouse: Bool?
    /// `layout`: panes side by side (`columns`) or in a band on top (`stacked`).
    package var layout: PaneLayout.Arrangement?
    /// `list_open`: whether the list is shown beside the article (columns layout).
    package var listOpen: Bool?
    /// `list_width`, `sidebar_width`: columns for the side panes (columns layout).
    package var listWidth: Int?
    package var sidebarWidth: Int?
    /// Whether the reader keeps its library (reading positions, read marks, bookmarks,
    /// the index); false for reads that leave no trace; nil when the file does not say.
    package var history: Bool?
    /// `clipboard`: whether `y` may copy to the terminal's clipboard (OSC 52).
    package var clipboard: Bool?
    /// The line of `theme` in the file, for a problem with the theme it names.
    var themeLine: Int?

    package init(theme: String? = nil, keyMap: KeyMap = .standard, sidebarOpen: Bool? = nil,
                maxTextWidth: Int? = nil, mouse: Bool? = nil, history: Bool? = nil) {
        self.theme = theme
        self.keyMap = keyMap
        self.sidebarOpen = sidebarOpen
        self.maxTextWidth = maxTextWidth
        self.mouse = mouse
        self.history = history
    }

    /// The settings when there is no configuration file: nothing set, standard keys.
    package static let standard = Config()
}
