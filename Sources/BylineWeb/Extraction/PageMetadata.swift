import BylineKit
import Foundation

/// What a page says about its article outside the text: from JSON-LD (`NewsArticle`…),
/// `<meta>` tags (Open Graph, Dublin Core, `author`, `article:published_time`…),
/// `<link rel=canonical>` and `<title>`. Read before the article is looked for; JSON-LD
/// is parsed as JSON, never run.
///
/// ```swift
/// let meta = PageMetadata(document: HTMLDocument(html: page))
/// meta.title; meta.author; meta.date; meta.siteName; meta.url
/// ```
struct PageMetadata {
    var title: String?
    var author: String?
    /// An author named where Readability does not look, used when the page has no author
    /// line either.
    var fallbackAuthor: String?
    var date: ArticleDate?
    var siteName: String?
    var url: String?
    /// Every `<meta>` by lower-cased `property`/`name`/`itemprop` (`DC.Creator` as
    /// `dc:creator`): the first value kept, the last for Dublin Core.
    var meta: [String: String] = [:]

    init(document: HTMLDocument) {
        collectMeta(document.root)  // some pages put <meta> in the body
        let ld = JSONLDArticle(document: document)
        let titleTag = ArticleTitle.fromTitleTag(document, siteName: ld?.publisher ?? meta["og:site_name"])
        if let name = ld?.name, let headline = ld?.headline, name != headline {
            let nameMatches = ArticleTitle.similarity(name, titleTag ?? "") > 0.75
            let headlineMatches = ArticleTitle.similarity(headline, titleTag ?? "") > 0.75
            title = headlineMatches && !nameMatches ? headline : name
        } else {
            title = ld?.name ?? ld?.headline
        }
        title = title ?? first("dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title")
        title = title?.collapsingWhitespace()
        if title?.isEmpty ?? true { title = titleTag }

        // Readability's order: JSON-LD's author objects, Dublin Core, `author`, Parse.ly,
        // `article:author` when it is not an address. Other sources (a JSON-LD author
        // written as a bare string, `sailthru.author`, `byl`) come after the page's own
        // author line (`fallbackAuthor`).
        author = ld?.author ?? first("dc:creator", "dcterm:creator", "author", "parsely-author")
        if let a = author, a.hasPrefix("http") || a.contains("facebook.com/") { author = nil }
        if author == nil, let a = meta["article:author"], !a.hasPrefix("http") { author = a }
        fallbackAuthor = ld?.authorText ?? first("sailthru.author", "byl")
        siteName = ld?.publisher ?? first("og:site_name", "application-name", "twitter:site")
        if let s = siteName, s.hasPrefix("@") { siteName = String(s.dropFirst()) }
        let dateText = ld?.datePublished ?? first("article:published_time", "article:published", "parsely-pub-date",
                                                  "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.created",
                                                  "dc:date", "sailthru.date", "pubdate", "publishdate", "og:published_time",
                                                  "article.published", "published_time", "cxenseparse:recs:publishtime")
        date = dateText.flatMap(DateText.parse)
        if date == nil, let time = document.body?.first(where: { $0.tag == "time" && $0.attribute("datetime") != nil }) {
            date = time.attribute("datetime").flatMap(DateText.parse)
        }
        url = canonical(document) ?? first("og:url")
    }

    private func first(_ keys: String...) -> String? {
        for k in keys {
            if let v = meta[k]?.collapsingWhitespace(), !v.isEmpty { return v }
        }
        return nil
    }

    /// Dublin Core written with a dot (`<meta name="DC.Creator">`) is the same field as
    /// with a colon (`dc:creator`), as Readability reads it.
    static let dottedFields: Set<String> = ["creator", "author", "title", "description"]

    /// Every `<meta>` by key, the first value kept, but for Dublin Core, where a later
    /// tag wins as in Readability (`<meta property="dc:title">` after `<meta name="DC.title">`).
    private mutating func collectMeta(_ node: HTMLNode) {
        for m in node.descendants(["meta"]) {
            guard let content = m.attribute("content") else { continue }
            for key in ["property", "name", "itemprop"] {
                guard let raw = m.attribute(key) else { continue }
                // `property="og:title twitter:title"` names several.
                for k in raw.lowercased().split(separator: " ") {
                    // The first value is the page's (a later `og:title` often adds the
                    // site's name, a later `itemprop` belongs to a teaser); Dublin Core
                    // is read as Readability reads it, the last tag winning.
                    let k = Self.normalised(String(k))
                    if meta[k] == nil || (key != "itemprop" && (k.hasPrefix("dc:") || k.hasPrefix("dcterm:"))) {
                        meta[k] = content
                    }
                }
            }
        }
    }

    /// `dc.creator` → `dc:creator`, `dcterm.title` → `dcterm:title`; other keys unchanged.
    static func normalised(_ key: String) -> String {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, ["dc", "dcterm", "dcterms"].contains(String(parts[0])),
              dottedFields.contains(String(parts[1])) else { return key }
        return parts[0] + ":" + parts[1]
    }

    private func canonical(_ document: HTMLDocument) -> String? {
        let link = document.root.first { $0.tag == "link" && ($0.attribute("rel") ?? "").lowercased().split(separator: " ").contains("canonical") }
        guard let href = link?.attribute("href")?.trimmingCharacters(in: .whitespaces), href.hasPrefix("http") else { return nil }
        return href
    }
}

/// The article described by a page's `<script type="application/ld+json">`, if any.
struct JSONLDArticle {
    var name: String?
    var headline: String?
    /// The authors given as objects with a name (`{"name": "A"}`), as Readability reads them.
    var author: String?
    /// The authors however given, bare strings included.
    var authorText: String?
    var datePublished: String?
    var publisher: String?

    static let articleTypes: Set<String> = [
        "Article", "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle",
        "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report",
        "SatiricalArticle", "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
        "LiveBlogPosting", "DiscussionForumPosting", "TechArticle", "APIReference",
    ]

    init?(document: HTMLDocument) {
        let scripts = document.root.descendants(["script"]).filter { ($0.attribute("type") ?? "").lowercased() == "application/ld+json" }
        for s in scripts {
            var text = s.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("<![CDATA[") { text = String(text.dropFirst(9).dropLast(3)) }
            guard let data = text.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
                  let article = Self.find(in: json) else { continue }
            name = Self.string(article["name"])
            headline = Self.string(article["headline"])
            author = Self.names(article["author"], objectsOnly: true)
            authorText = Self.names(article["author"])
            datePublished = Self.string(article["datePublished"])
            publisher = Self.names((article["publisher"] as? [String: Any]).map { [$0] as Any })
            return
        }
        return nil
    }

    private static func find(in json: Any) -> [String: Any]? {
        if let list = json as? [Any] {
            for item in list { if let f = find(in: item) { return f } }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: articleTypes.contains) { return object }
        if let graph = object["@graph"] { return find(in: graph) }
        return nil
    }

    private static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        let t = s.collapsingWhitespace()
        return t.isEmpty ? nil : decodeEntities(t)
    }

    /// `"A"`, `{"name": "A"}` or a list of them, joined with `, ` (with `objectsOnly`,
    /// only the objects' names).
    private static func names(_ value: Any?, objectsOnly: Bool = false) -> String? {
        var out: [String] = []
        func add(_ v: Any?) {
            if let s = string(v) { if !objectsOnly { out.append(s) } }
            else if let o = v as? [String: Any], let n = string(o["name"]) { out.append(n) }
            else if let list = v as? [Any] { list.forEach(add) }
        }
        add(value)
        return out.isEmpty ? nil : out.joined(separator: ", ")
    }

    /// JSON-LD strings sometimes carry HTML entities (`&amp;`): decoded through gumbo.
    private static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        let doc = HTMLDocument(html: "<p>" + s.replacingOccurrences(of: "<", with: "&lt;"))
        return doc.body?.textContent ?? s
    }
}
