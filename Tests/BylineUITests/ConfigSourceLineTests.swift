@testable import BylineUI
import Testing

/// Problems found after parsing name their line by scanning the TOML text; these are
/// the shapes of TOML that scan must handle.
@Suite("Finding the line of a key in TOML text")
struct ConfigSourceLineTests {
    let text = """
        # a comment with [brackets] and key = "value"
        theme = "light"   # trailing [comment]

        [keys]
        line_down = [
          "j",
          "]",
          "down",
        ]
        "quit" = ["q"]
        previous_quote = ["\\"", "("]
        bookmark = "m"

        [ PERSON ]
        fg = 1
        ORG = { fg = "red", attributes = ["bold", "underline"], bg = 0 }
        DATE.fg = "blue"
        [[list]]
        x = 1
        """
    var index: TOMLSourceIndex { TOMLSourceIndex(text) }

    @Test func keysAndHeaders() {
        #expect(index.line(of: ["theme"]) == 2)
        #expect(index.line(of: ["keys"]) == 4)
        #expect(index.line(of: ["keys", "line_down"]) == 5)
        #expect(index.line(of: ["PERSON"]) == 14)
        #expect(index.line(of: ["PERSON", "fg"]) == 15)
        #expect(index.line(of: ["list", "x"]) == 19)
    }

    @Test func quotedKeysAndEscapedQuotes() {
        #expect(index.line(of: ["keys", "quit"]) == 10)
        // The escaped quote does not make the scanner think an array is still open.
        #expect(index.line(of: ["keys", "bookmark"]) == 12)
    }

    @Test func valuesInMultiLineArrays() {
        #expect(index.line(ofValue: "down", under: ["keys", "line_down"]) == 8)
        #expect(index.line(ofValue: "]", under: ["keys", "line_down"]) == 7)
        #expect(index.line(ofValue: "absent", under: ["keys", "line_down"]) == 5)
    }

    @Test func inlineTablesAndDottedKeys() {
        #expect(index.line(of: ["PERSON", "ORG", "bg"]) == 16)
        #expect(index.line(of: ["PERSON", "DATE", "fg"]) == 17)
        #expect(index.line(of: ["PERSON", "DATE"]) == 17)
    }

    @Test func unknownPathsFallBackToTheNearestAncestor() {
        #expect(index.line(of: ["keys", "nothing"]) == 4)
        #expect(index.line(of: ["nowhere"]) == nil)
    }
}
