import BylineKit

/// The help screen: the live key map in sections, each key with the action name used in
/// `[keys]`, and a legend of the highlight styles. It owns the whole screen; scrolling
/// keys scroll it, `q`, Esc and any other key close it, and it never quits Byline.
///
/// ```text
/// Byline keys — j k space b scroll, q or esc closes
///
/// Moving
///   j down ctrl-e ctrl-n  scroll down a line                    line_down
/// …
/// Highlights: person  organisation  place  nationality or group  date  quotation
/// ```
extension ReaderState {
    /// One row of the help screen.
    enum HelpRow: Equatable {
        case title(String)
        case section(String)
        /// Keys (padded), what the action does, and its name in `[keys]`.
        case key(keys: String, summary: String, name: String)
        case legend
        case text(String)
    }

    /// The help screen's lines as plain text, made from the live key map.
    package var helpLines: [String] {
        helpRows.map { row in
            switch row {
            case .title(let t), .section(let t), .text(let t): return t
            case .key(let keys, let summary, let name): return "  \(keys)  \(summary)  \(name)"
            case .legend: return "Highlights: " + ReaderState.legendEntries.map(\.label).joined(separator: "  ")
            }
        }
    }

    /// The key the status line names for help: `?` (help with a backward search
    /// prompt, as in less) unless rebound, else the help key (`h`).
    var helpKeyName: String {
        func firstLetter(_ keys: [Key]) -> Key? { keys.first { if case .character = $0 { return true } else { return false } } }
        let keys = keyMap.keys(for: .help)
        return (firstLetter(keyMap.keys(for: .searchBackward)) ?? firstLetter(keys) ?? keys.first)?.name ?? "?"
    }

    /// The help screen's first line: how to leave it, with the live keys.
    var helpTitle: String {
        if prompt?.showsHelp == true {
            return "Byline keys — type a pattern and enter to search backward; esc closes this help"
        }
        let scroll = [Action.lineDown, .lineUp, .pageDown, .pageUp].compactMap(scrollKeyName(for:))
        let close = (keyMap.keys(for: .quit).prefix(1) + [.escape]).map(\.name)
        return "Byline keys — \(scroll.joined(separator: " ")) scroll, \(close.joined(separator: " or ")) closes"
    }

    /// The key the help names for an action: space if bound to it, else its first key.
    func scrollKeyName(for action: Action) -> String? {
        let keys = keyMap.keys(for: action)
        return keys.contains(.character(" ")) ? Key.character(" ").name : keys.first?.name
    }

    /// The highlight styles the legend shows, with the element each is drawn in.
    static var legendEntries: [(label: String, element: ThemeElement)] {
        EntityType.allCases.map { (entityTypeName($0), element(for: $0)) } + [("quotation", .quotation)]
    }

    /// An entity type's name for people: "person", "organisation", …
    static func entityTypeName(_ type: EntityType) -> String {
        switch type {
        case .person: return "person"
        case .org: return "organisation"
        case .place: return "place"
        case .norp: return "nationality or group"
        case .date: return "date"
        }
    }

    /// Built once per width and title (``RenderCache``), not once per frame.
    var helpRows: [HelpRow] {
        let title = helpTitle
        if let cached = renderCache.helpRows, cached.width == width, cached.title == title { return cached.rows }
        let rows = buildHelpRows(title: title)
        renderCache.helpRows = (width, title, rows)
        return rows
    }

    private func buildHelpRows(title: String) -> [HelpRow] {
        var rows: [HelpRow] = [.title(title), .text("")]
        let bound = Action.allCases.map { a in (a, keyMap.keys(for: a).map(\.name).joined(separator: " ")) }
        let keyWidth = min(24, bound.map { DisplayWidth.of($0.1) }.max() ?? 0)
        // Summaries padded to one column, cut where the action names would not fit.
        let nameWidth = Action.allCases.map(\.rawValue.count).max() ?? 0
        let summaryWidth = min(Action.allCases.map { DisplayWidth.of($0.summary) }.max() ?? 0, max(8, width - keyWidth - nameWidth - 6))
        for section in Action.Section.allCases {
            let entries = bound.filter { $0.0.section == section && !$0.1.isEmpty }
            if entries.isEmpty { continue }
            rows.append(.section(section.rawValue))
            for (action, keys) in entries {
                let pad = String(repeating: " ", count: max(0, keyWidth - DisplayWidth.of(keys)))
                let summary = ReaderState.truncated(action.summary, to: summaryWidth)
                let summaryPad = String(repeating: " ", count: max(0, summaryWidth - DisplayWidth.of(summary)))
                rows.append(.key(keys: keys + pad, summary: summary + summaryPad, name: action.rawValue))
            }
            rows.append(.text(""))
        }
        rows.append(.legend)
        rows.append(.text("  A count before a key repeats it or names a line, as in less: 5j, 10G, 50%."))
        rows.append(.text("  In a prompt: enter searches, esc cancels, backspace deletes."))
        return rows
    }

    /// Rows of help shown at once.
    var helpHeight: Int {
        let l = paneLayout
        return prompt?.showsHelp == true ? (l.status?.y ?? height) : height
    }

    /// The first row shown: `helpTop`, kept where the last page still fills the screen.
    var helpStart: Int { min(helpTop, max(0, helpRows.count - helpHeight)) }

    /// A key while the help is shown: scrolling keys scroll it, every other key closes
    /// it (the quit key too: it never quits from here, as in less and newsboat).
    mutating func handleHelp(_ action: Action?) {
        let page = max(1, helpHeight - 2)
        let last = max(0, helpRows.count - helpHeight)
        switch action {
        case .lineDown?: helpTop = min(last, helpStart + 1)
        case .lineUp?: helpTop = max(0, helpStart - 1)
        case .pageDown?, .halfPageDown?: helpTop = min(last, helpStart + page)
        case .pageUp?, .halfPageUp?: helpTop = max(0, helpStart - page)
        case .top?: helpTop = 0
        case .bottom?: helpTop = last
        default: helpVisible = false
        }
    }

    func drawHelp(_ screen: inout ScreenBuffer, area: Rect) {
        guard area.height > 0 else { return }
        let rows = helpRows
        let start = helpStart
        let more = rows.count - start > area.height
        for row in 0..<area.height {
            let i = start + row
            guard i < rows.count else { break }
            let y = area.y + row
            if more && row == area.height - 1 {
                let text = "── more below: \(rows.count - i) lines (\(scrollKeyName(for: .pageDown) ?? "space")) ──"
                screen.put(text, x: area.x, y: y, style: theme[.helpKey], element: .helpKey, maxWidth: area.width)
                break
            }
            drawHelpRow(&screen, rows[i], x: area.x, y: y, maxX: area.maxX)
        }
    }

    func drawHelpRow(_ screen: inout ScreenBuffer, _ row: HelpRow, x x0: Int, y: Int, maxX: Int) {
        switch row {
        case .title(let t), .section(let t):
            screen.put(t, x: x0, y: y, style: theme[.sidebarHeading], element: .sidebarHeading, maxWidth: maxX - x0)
        case .text(let t):
            screen.put(t, x: x0, y: y, style: theme[.help], element: .help, maxWidth: maxX - x0)
        case .key(let keys, let summary, let name):
            var x = x0 + screen.put("  ", x: x0, y: y, style: theme[.help], element: .help, maxWidth: maxX - x0)
            x += screen.put(keys, x: x, y: y, style: theme[.helpKey], element: .helpKey, maxWidth: maxX - x)
            x += screen.put("  " + summary, x: x, y: y, style: theme[.help], element: .help, maxWidth: maxX - x)
            screen.put("  " + name, x: x, y: y, style: theme[.help], element: .help, maxWidth: maxX - x)
        case .legend:
            var x = x0 + screen.put("Highlights:", x: x0, y: y, style: theme[.help], element: .help, maxWidth: maxX - x0)
            for (label, element) in ReaderState.legendEntries where x < maxX {
                x += screen.put("  ", x: x, y: y, style: theme[.help], element: .help, maxWidth: maxX - x)
                x += screen.put(label, x: x, y: y, style: theme[element], element: element, maxWidth: maxX - x)
            }
        }
    }
}
