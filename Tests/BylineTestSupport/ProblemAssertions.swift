import Foundation
import BylineUI
import Testing

/// Expects exactly one problem, in `file` (its last path component is enough) at
/// `line`, whose message contains every one of `words`.
///
/// ```swift
/// expectOneProblem(loaded.problems, file: "bad.toml", line: 3, mentioning: "orange", "not a colour")
/// ```
package func expectOneProblem(_ problems: [ConfigProblem], file: String, line: Int?, mentioning words: String...,
                             sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(problems.count == 1, "problems: \(problems)", sourceLocation: sourceLocation)
    guard let problem = problems.first else { return }
    #expect(problem.file.hasSuffix(file), "file of \(problem)", sourceLocation: sourceLocation)
    #expect(problem.line == line, "line of \(problem)", sourceLocation: sourceLocation)
    for word in words {
        #expect(problem.message.contains(word), "'\(word)' not in: \(problem.message)", sourceLocation: sourceLocation)
    }
    if let line {
        #expect(problem.description.contains("\(file):\(line)"), "\(problem.description)", sourceLocation: sourceLocation)
    }
}

/// The repository's bundled `themes/` folder.
package enum BundledThemes {
    package static let directory = Fixtures.root.appendingPathComponent("themes").path
    /// The bundled theme names, from the folder.
    package static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }
}
