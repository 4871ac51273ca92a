/// Results of one text stored at several paths, folded into the first: the others go
/// into its `copies`, in the order they came (a library holding `news/storm.txt` and
/// `backup/storm.txt` lists the story once).
///
/// ```swift
/// var g = CopyGrouping<SearchResult>()
/// g.add(first, text: "9f3a…")       // content hash of news/storm.txt
/// g.add(second, text: "9f3a…")      // the same bytes at backup/storm.txt
/// g.results                         // [first], first.copies == ["backup/storm.txt"]
/// ```
struct CopyGrouping<Result: HasCopies> {
    private(set) var results: [Result] = []
    private var firstWith: [String: Int] = [:]

    /// Adds a result; `text` identifies its text (a content hash, empty when unknown:
    /// never grouped).
    mutating func add(_ result: Result, text: String) {
        if !text.isEmpty, let i = firstWith[text] {
            if results[i].path != result.path, !results[i].copies.contains(result.path) {
                results[i].copies.append(result.path)
            }
            return
        }
        if !text.isEmpty { firstWith[text] = results.count }
        results.append(result)
    }
}

/// A result that names its file and can list copies of it.
protocol HasCopies {
    var path: String { get }
    var copies: [String] { get set }
}

extension SearchResult: HasCopies {}
extension EntityMatch: HasCopies {}
extension SpeakerQuote: HasCopies {}
