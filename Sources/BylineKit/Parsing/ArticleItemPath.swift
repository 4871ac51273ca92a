/// The path of one article inside a file that holds several (a feed's items): the
/// file's path, `#` and the item's number, from 1. The reader lists a feed file's
/// items by these paths, the library indexes them under them, and
/// ``ArticleLoader/load(path:)`` reads one back.
///
/// ```swift
/// ArticleItemPath.make(file: "news/coast.rss", item: 2)   // "news/coast.rss#2"
/// ArticleItemPath.split("news/coast.rss#2")               // ("news/coast.rss", 2)
/// ArticleItemPath.split("news/a.txt")                     // nil
/// ```
///
/// A file may itself be named `notes#2`: whoever splits a path checks first that no
/// such file exists.
package enum ArticleItemPath {
    package static func make(file: String, item: Int) -> String {
        file + "#" + String(item)
    }

    /// The file and item number of `file#N` (N from 1, at most nine digits), else nil.
    package static func split(_ path: String) -> (file: String, item: Int)? {
        let utf8 = path.utf8
        var i = utf8.endIndex
        var digits = 0
        while i > utf8.startIndex {
            let before = utf8.index(before: i)
            let byte = utf8[before]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits += 1
                i = before
                continue
            }
            guard byte == UInt8(ascii: "#"), digits > 0, digits <= 9, before > utf8.startIndex,
                  utf8[i] != UInt8(ascii: "0"),
                  let n = Int(Substring(path[i...])) else { return nil }
            return (String(path[..<before]), n)
        }
        return nil
    }
}
