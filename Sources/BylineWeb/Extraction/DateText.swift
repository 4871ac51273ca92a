import BylineKit

/// Publication dates as pages and feeds write them, reduced to a calendar date.
///
/// ```swift
/// DateText.parse("2019-03-05T10:00:00Z")             // 2019-03-05
/// DateText.parse("Tue, 05 Mar 2019 10:00:00 +0000")  // 2019-03-05 (RSS, RFC 822)
/// DateText.parse("March 5, 2019")                    // 2019-03-05
/// ```
package enum DateText {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    package static func parse(_ raw: String) -> ArticleDate? {
        let s = raw.trimmingSpaces()
        if s.utf8.count >= 10, let d = ArticleDate(iso: s.prefix(10)) { return d }
        // 2019/03/05, 20190305
        let digits = s.prefix(10).replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
        if digits.utf8.count == 10, let d = ArticleDate(iso: digits) { return d }
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "/" })
        var year: Int?, month: Int?, day: Int?
        for w in words {
            if let n = Int(w) {
                if n >= 1000 && n <= 9999 && year == nil { year = n }
                else if n >= 1 && n <= 31 && day == nil { day = n }
            } else if month == nil, w.count >= 3, let m = months.firstIndex(of: String(w.prefix(3))) {
                month = m + 1
            } else if w.contains(":") {
                continue
            }
        }
        guard let year, let month, let day else { return nil }
        return ArticleDate(year: year, month: month, day: day)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
