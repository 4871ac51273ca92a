import BylineTestSupport
import BylineUI
import Foundation
import Testing

@Suite("docs/keys.md")
struct KeyDocumentationTests {
    @Test("names every key of the standard key map")
    func everyKey() throws {
        let doc = try String(contentsOfFile: Fixtures.root.appendingPathComponent("docs/keys.md").path, encoding: .utf8)
        for (key, action) in KeyMap.standard.bindings {
            #expect(doc.contains("`\(key.name)`"), "docs/keys.md does not mention `\(key.name)` (\(action.rawValue))")
        }
    }
}
