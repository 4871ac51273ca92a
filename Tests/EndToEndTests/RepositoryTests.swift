import BylineTestSupport
import Foundation
import Testing

/// What the repository states about itself agrees with what it does: the README's
/// dependency versions with Package.swift's, and the generated data files' notices with
/// NOTICE.
@Suite("The repository")
struct RepositoryTests {
    static func read(_ relative: String) throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// `name → version` for each `.package(url: ".../name", exact: "version")`.
    static func pinnedDependencies(_ manifest: String) -> [String: String] {
        var pinned: [String: String] = [:]
        for match in manifest.matches(of: /\.package\(url: "[^"]*\/([^"\/]+?)(?:\.git)?", exact: "([^"]+)"\)/) {
            pinned[String(match.1)] = String(match.2)
        }
        return pinned
    }

    @Test func everyDependencyIsPinnedToTheVersionTheReadmeStates() throws {
        let manifest = try Self.read("Package.swift")
        let pinned = Self.pinnedDependencies(manifest)
        let declared = manifest.matches(of: /\.package\(/).count
        #expect(declared == 5 && pinned.count == declared,
                "every .package in Package.swift is pinned with exact: (\(pinned.count) of \(declared))")
        let readme = try Self.read("README.md")
        let line = readme.split(separator: "\n\n").first { $0.contains("Dependencies, pinned") }
        let stated = Dictionary((line ?? "").matches(of: /`([^`]+)` (\d+\.\d+\.\d+)/).map { (String($0.1), String($0.2)) },
                                uniquingKeysWith: { a, _ in a })
        #expect(line != nil, "README names the pinned dependencies in a paragraph starting 'Dependencies, pinned'")
        #expect(stated == pinned, "README states \(stated), Package.swift pins \(pinned)")
    }

    /// NOTICE's sections by name, as `scripts/notice.py` reads them.
    static func noticeSections(_ notice: String) -> [String: [String]] {
        var sections: [String: [String]] = [:]
        var name: String?
        for line in notice.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let match = line.wholeMatch(of: /=== (.+) ===/) {
                name = String(match.1)
                sections[name!] = []
            } else if let name {
                sections[name]!.append(line)
            }
        }
        return sections.mapValues { lines in
            var lines = lines
            while lines.first?.isEmpty == true { lines.removeFirst() }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
    }

    @Test func generatedGazetteersCarryNoticeSectionsWordForWord() throws {
        let sections = Self.noticeSections(try Self.read("NOTICE"))
        let header = try Self.read("Sources/BylineKit/Entities/GazetteerData.swift")
            .split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("//") }.map(String.init)
        let names = header.compactMap { $0.wholeMatch(of: /\/\/ === (.+) ===/).map { String($0.1) } }
        // The data in the file: places, names, the word lists (SCOWL and GUM), Byline's own.
        #expect(Set(names).isSuperset(of: ["GeoNames", "US Census", "SCOWL", "GUM", "Byline lists"]))
        for name in names {
            let body = try #require(sections[name], "NOTICE has a section '\(name)'")
            let start = try #require(header.firstIndex(of: "// === \(name) ==="))
            let inFile = Array(header[(start + 1)...].prefix { $0 != "//" && !$0.hasPrefix("// === ") })
            let expected = body.map { ("// " + $0).replacing(/\s+$/, with: "") }
            #expect(inFile == expected, "GazetteerData.swift's '\(name)' notice differs from NOTICE: run scripts/entities/build_gazetteers.py --header-only")
        }
        // GUM's Wikinews texts are CC BY 2.5 (its source note); the annotations CC BY 4.0.
        #expect(sections["GUM"]?.joined(separator: " ").contains("Wikinews, CC BY 2.5") == true)
    }

    @Test("every hand-written word list says what it holds, its source and licence, and the generated tables hold its organisations")
    func handWrittenListsAreDocumentedAndGenerated() throws {
        let folder = Fixtures.root.appendingPathComponent("scripts/entities/lists")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count >= 20)
        let generated = Set(try Self.read("Sources/BylineKit/Entities/GazetteerData.swift").split(separator: "\n").map(String.init))
        for file in files {
            let text = try Self.read("scripts/entities/lists/" + file)
            let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: " ")
            #expect(header.contains("Source:") && header.contains("Licence:"), "\(file) names its source and licence")
            guard file.hasPrefix("orgs") else { continue }
            let missing = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !generated.contains(String($0)) }
            #expect(missing.isEmpty, "\(file): \(missing) not in GazetteerData.swift: run scripts/entities/build_gazetteers.py")
        }
    }

    @Test("every keyword list says what it holds, its source and licence, and KeywordData.swift holds it line for line")
    func keywordListsAndTheGeneratedSwiftAgree() throws {
        let folder = "scripts/entities/keywords"
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".txt") }
        #expect(files.count >= 30)
        var inFiles: [String: [String]] = [:]
        for file in files {
            let lines = try Self.read(folder + "/" + file).split(separator: "\n").map(String.init)
            let header = lines.prefix { $0.hasPrefix("#") }.joined(separator: " ")
            #expect(header.contains("Source:") && header.contains("Licence:"), "\(file) names its source and licence")
            // `speech-cues.txt` → `speechCues`
            let parts = file.dropLast(".txt".count).split(separator: "-")
            let name = String(parts[0]) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            inFiles[name] = lines.filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        }
        var generated: [String: [String]] = [:]
        let swift = try Self.read("Sources/BylineKit/Text/KeywordData.swift")
        for match in swift.matches(of: /static let (\w+) = """\n([\s\S]*?)\n"""/) {
            generated[String(match.1)] = match.2.split(separator: "\n").map(String.init)
        }
        let differing = Set(inFiles.keys).union(generated.keys).filter { inFiles[$0] != generated[$0] }.sorted()
        #expect(differing.isEmpty, "scripts/entities/keywords and KeywordData.swift differ in \(differing): run scripts/entities/build_keywords.py")
    }
}

/// `public` means API: only BylineKit, the library product, declares `public`, and each of
/// its public declarations has a doc comment; the other modules share their internals
/// with `package`.
@Suite("Public API")
struct PublicAPITests {
    /// The Swift files under `Sources/<module>`.
    static func sources(_ module: String) -> [String] {
        let folder = Fixtures.root.appendingPathComponent("Sources/" + module).path
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted().map { folder + "/" + $0 }
    }

    /// `file:line: declaration` for each public declaration, with whether a doc comment
    /// (`///` or a `*/` ending) is right above it (attributes skipped).
    static func publicDeclarations(in file: String) throws -> [(where: String, documented: Bool)] {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var found: [(String, Bool)] = []
        for (i, line) in lines.enumerated() where line.contains(/^\s*(@[\w().:, "]+\s+)*public\s/) {
            var j = i - 1
            while j >= 0, lines[j].contains(/^\s*@/) { j -= 1 }
            let above = j >= 0 ? lines[j].trimmingCharacters(in: .whitespaces) : ""
            found.append(("\(file.replacing(Fixtures.root.path + "/", with: "")):\(i + 1): \(line.trimmingCharacters(in: .whitespaces))",
                          above.hasPrefix("///") || above.hasSuffix("*/")))
        }
        return found
    }

    @Test func everyPublicDeclarationOfBylineKitIsDocumented() throws {
        let declarations = try Self.sources("BylineKit").flatMap(Self.publicDeclarations)
        #expect(declarations.count > 50)
        let undocumented = declarations.filter { !$0.documented }.map(\.where)
        #expect(undocumented.isEmpty, "public without a doc comment:\n\(undocumented.joined(separator: "\n"))")
    }

    @Test func onlyTheLibraryProductDeclaresPublic() throws {
        let modules = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("Sources").path)
            .filter { !["BylineKit", "byline", "byline-bench", "CNcursesw"].contains($0) }
        #expect(modules.contains("BylineUI") && modules.contains("BylineStore"))
        let exposed = try modules.flatMap { try Self.sources($0).flatMap(Self.publicDeclarations) }.map(\.where)
        #expect(exposed.isEmpty, "public outside BylineKit (use package):\n\(exposed.joined(separator: "\n"))")
    }
}
