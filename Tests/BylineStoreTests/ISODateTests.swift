import BylineKit
import Foundation
import Testing
@testable import BylineStore

@Suite("Stored dates")
struct ISODateTests {
    @Test func parsesWhatArticleDateParses() {
        for text in ["2024-11-18", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-1-18", "2024/11/18",
                     "20241118xx", "", "２０２４-11-18", "2024-13-01"] {
            #expect(ISODate.parse(text) == ArticleDate(iso: text), "\(text)")
        }
        #expect(ISODate.parse(nil) == nil)
    }
}
