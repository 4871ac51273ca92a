import ArgumentParser
import BylineUI
import Foundation

/// The manual page byline(1), in roff: the commands' sections generated from their
/// definitions (the same text as `byline COMMAND --help`), the key table from the live
/// standard key map, and hand-written sections for configuration, files, environment
/// and exit status. `scripts/install.sh` writes it with `byline --generate-manual`.
///
/// ```sh
/// byline --generate-manual > byline.1 && man -l byline.1
/// ```
enum Manual {
    static func page() -> String {
        var out: [String] = [
            #".TH BYLINE 1 "" "byline \#(Byline.version)" "User Commands""#,
            ".SH NAME",
            #"byline \- \#(escape(Byline.configuration.abstract))"#,
            ".SH SYNOPSIS",
            #".B byline"#, #"[\fIPATH\fR...]"#, ".br",
            #".B byline"#, #"\fICOMMAND\fR [\fIOPTIONS\fR] [\fIARGUMENTS\fR]"#,
            ".SH DESCRIPTION",
        ]
        out += paragraphs("""
            Byline is a terminal reader for news articles: open a folder of saved articles \
            (plain text or Markdown) and read them in three panes, the article list, the \
            article and a sidebar, with named entities highlighted by type and every \
            quotation listed with who said it.

            \(Byline.configuration.discussion.components(separatedBy: "\n\n")[0])
            """)
        out.append(".SH COMMANDS")
        for command in Byline.configuration.subcommands {
            let name = command.configuration.commandName ?? ""
            out += [".SS \(escape(name))", ".nf"]
            out += Byline.helpMessage(for: command, columns: 78).split(separator: "\n", omittingEmptySubsequences: false)
                .map { escape(String($0)) }
            out.append(".fi")
        }
        out.append(".SH KEYS")
        out += paragraphs("""
            The reader's standard keys; the help screen (? or h) shows the bindings in \
            force, including yours. Keys act on the focused pane: in the article they \
            scroll, in the list and the sidebar they move the selection.
            """)
        for (keys, summary) in keyTable(KeyMap.standard) {
            out += [".TP", #"\fB\#(escape(keys))\fR"#, escape(summary)]
        }
        out.append(".SH CONFIGURATION")
        out += paragraphs("""
            The optional file $XDG_CONFIG_HOME/byline/config.toml (default \
            ~/.config/byline/config.toml; another with --config) holds these settings: \
            \(ConfigLoader.settings.joined(separator: ", ")). Their values and defaults: \
            configuration.md in PREFIX/share/doc/byline. The [keys] table rebinds any \
            action by the name below. Command-line flags win over the file. A mistake never \
            stops the reader: it starts with the default theme and says what is wrong, with \
            file and line, on the status line; byline themes prints every problem and exits \
            with status 1.
            """)
        out += [".PP", ".nf", "theme = \"light\"", "sidebar_open = true", "max_text_width = 72", "mouse = false",
                "", "[keys]", "line_down = [\"j\", \"down\", \"ctrl-j\"]", ".fi", ".PP", "Actions:"]
        out += [".nf"] + Action.allCases.map { escape("  \($0.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) \($0.summary)") } + [".fi"]
        out += paragraphs("""
            Your themes go in $XDG_CONFIG_HOME/byline/themes/NAME.toml and override bundled \
            ones of the same name; a theme can extend another (extends = "light") and \
            change a few elements. Colours are names, indexes 0 to 255 or #rrggbb.
            """)
        out += [".SH FILES", ".nf"] + Byline.filesTable.split(separator: "\n").dropFirst().map { escape(String($0)) } + [".fi"]
        out.append(".SH ENVIRONMENT")
        for (name, text) in environment {
            out += [".TP", #"\fB\#(name)\fR"#, escape(text)]
        }
        out.append(".SH EXIT STATUS")
        for (code, text) in [("0", "success"), ("1", "an input could not be read (the others were processed), or a problem in a theme or the configuration (byline themes)"),
                             ("2", "the terminal cannot run a full-screen program, or the library cannot be opened"),
                             ("64", "a usage error: an unknown option, or a first word close to a command's name that is no file")] {
            out += [".TP", code, escape(text)]
        }
        out += [".SH SEE ALSO", "less(1), newsboat(1)"]
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per action of `keyMap`, in the actions' order: its keys (by name, joined
    /// with spaces) and what it does. Actions without a key are left out.
    static func keyTable(_ keyMap: KeyMap) -> [(keys: String, summary: String)] {
        Action.allCases.compactMap { action in
            let keys = keyMap.keys(for: action)
            return keys.isEmpty ? nil : (keys.map(\.name).joined(separator: " "), action.summary)
        }
    }

    static let environment: [(String, String)] = [
        ("BYLINE_LIBRARY", "the library database file, instead of $XDG_DATA_HOME/byline/library.sqlite"),
        ("BYLINE_THEMES", "the folder of bundled themes, instead of PREFIX/share/byline/themes"),
        ("BYLINE_SEEDS", "the folder of sample articles, instead of PREFIX/share/byline/seeds"),
        ("XDG_CONFIG_HOME", "the configuration folder (default ~/.config)"),
        ("XDG_DATA_HOME", "the data folder, where the library lives (default ~/.local/share)"),
        ("NO_COLOR", "when set and not empty: no colours, attributes only (the mono theme)"),
        ("TERM", "the terminal type; dumb or unknown: a message and exit status 2"),
    ]

    /// Text paragraphs as `.PP` blocks (blank lines separate paragraphs).
    private static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n\n").flatMap { [".PP", escape($0.split(separator: "\n").joined(separator: " "))] }
    }

    /// Text safe in roff: backslashes doubled as `\e`, a leading `.` or `'` guarded,
    /// hyphens as minus signs where they start an option.
    static func escape(_ line: String) -> String {
        var text = line.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if text.hasPrefix(".") || text.hasPrefix("'") { text = "\\&" + text }
        return text
    }
}
