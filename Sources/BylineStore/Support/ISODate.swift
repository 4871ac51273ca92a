import BylineKit

/// Reads the `YYYY-MM-DD` dates the index stores, fast: the article list of a large
/// library decodes ten thousand of them each time it opens, and
/// ``ArticleDate/init(iso:)`` (general, validating input from articles) took most of
/// that time.
///
/// ```swift
/// ISODate.parse("2024-11-18")   // ArticleDate 2024-11-18
/// ISODate.parse("2024-1-18")    // nil
/// ```
enum ISODate {
    static func parse(_ text: String?) -> ArticleDate? {
        guard let text, text.utf8.count == 10 else { return nil }
        var fields = (0, 0, 0)
        for (i, byte) in text.utf8.enumerated() {
            if i == 4 || i == 7 {
                if byte != UInt8(ascii: "-") { return nil }
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let digit = Int(byte - 0x30)
            switch i {
            case 0..<4: fields.0 = fields.0 * 10 + digit
            case 5..<7: fields.1 = fields.1 * 10 + digit
            default: fields.2 = fields.2 * 10 + digit
            }
        }
        return ArticleDate(year: fields.0, month: fields.1, day: fields.2)
    }
}
