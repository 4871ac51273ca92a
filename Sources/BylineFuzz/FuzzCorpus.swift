import Foundation

/// The inputs the fuzzer starts from: the repository's article fixtures
/// (`Tests/Fixtures/corpus`, the held-out articles excepted), the sample articles
/// (`seeds/`), and a few small articles of each format written here.
///
/// ```swift
/// let corpus = try FuzzCorpus(repository: "/work/byline")
/// corpus.seeds.count   // 47 files + the built-in ones
/// ```
package struct FuzzCorpus: Sendable {
    package struct Seed: Sendable {
        package var name: String
        package var bytes: [UInt8]
        /// `.txt` or `.md`: how the parser reads it.
        package var pathExtension: String
    }

    package private(set) var seeds: [Seed]

    /// Corpus articles kept out of all tests and tuning (held out for evaluation).
    package static let heldOut: Set<String> = [
        "002", "004", "008", "013", "015", "017", "022", "024", "026", "032", "034", "036", "037", "045", "048",
        "051", "053", "057", "059", "061", "065", "066", "067", "069", "071",
    ]

    /// Small articles in every format the parser reads, so each format's rules are fuzzed
    /// even though the fixtures are plain-text news.
    package static let builtIn: [Seed] = [
        Seed(name: "markdown", bytes: Array("""
            ---
            title: "Kim Jong Un visits “Pyongyang”"
            date: 2024-11-18
            author: Ann O'Neil
            source: The Wire
            ---
            # Kim Jong Un visits Pyongyang

            ![Kim in Pyongyang](kim.jpg)

            North Korean leader **Kim Jong Un** said: "We will *never* give up." Mr Kim met
            [President Biden](https://example.com) in Geneva, Switzerland, on Monday.

            > “It was a ‘good’ meeting,” said the White House.

            - The United Nations said ‘nothing’.
            - 1. Nested

            ## Reaction

            'I disagree,' said Ms Lee Jae-myung of South Korea's Democratic Party. – Reuters

            """.utf8), pathExtension: "md"),
        Seed(name: "news", bytes: Array("""
             date 2019-01-04 Magnitogorsk apartment building collapses after explosion Photograph: A. Photographer/AP

            Russian authorities said “at least 39 people” died when a gas explosion hit the city of
            Magnitogorsk, in the Chelyabinsk region, on Monday. President Vladimir Putin visited.

            "We are doing everything we can," said Vladimir Putin. The Ministry of Emergency Situations (MChS) said: 'Search continues.'

            Rescuers at the site. Photograph: Reuters

            – PA

            """.utf8), pathExtension: "txt"),
        Seed(name: "plain", bytes: Array("Short title\n\nOne line.\nTwo lines of “a quote” by Mr Smith.\n".utf8), pathExtension: "txt"),
    ]

    /// The fixtures of the repository at `repository` plus ``builtIn``.
    package init(repository: String) throws {
        var seeds = Self.builtIn
        let fm = FileManager.default
        let corpus = repository + "/Tests/Fixtures/corpus"
        for name in try fm.contentsOfDirectory(atPath: corpus).sorted() where name.hasSuffix(".txt") {
            guard !Self.heldOut.contains(String(name.prefix(3))) else { continue }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name)))
            seeds.append(Seed(name: "corpus/" + name, bytes: bytes, pathExtension: "txt"))
        }
        // The samples, but those that are corpus articles (listed once) or held out.
        let samples = repository + "/seeds"
        let listed = Set(seeds.map { $0.name.split(separator: "/").last.map(String.init) ?? "" })
        for name in (try? fm.contentsOfDirectory(atPath: samples).sorted()) ?? []
        where (name.hasSuffix(".txt") || name.hasSuffix(".md")) && !listed.contains(name) && !Self.heldOut.contains(String(name.prefix(3))) {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: samples + "/" + name)))
            seeds.append(Seed(name: "seeds/" + name, bytes: bytes, pathExtension: name.hasSuffix(".md") ? "md" : "txt"))
        }
        self.seeds = seeds
    }

    /// The corpus of built-in seeds only.
    package init(seeds: [Seed] = FuzzCorpus.builtIn) {
        self.seeds = seeds
    }
}
