/// A value read from files, with the problems found on the way. Loading never fails:
/// what could not be read is replaced by a default and reported in `problems`.
///
/// ```swift
/// let loaded = ConfigLoader().load(path: "/nonexistent/config.toml", required: true)
/// loaded.value     // Config.standard
/// loaded.problems  // ["/nonexistent/config.toml: no such file"]
/// ```
package struct Loaded<Value: Sendable>: Sendable {
    package var value: Value
    package var problems: [ConfigProblem]

    package init(_ value: Value, problems: [ConfigProblem] = []) {
        self.value = value
        self.problems = problems
    }
}
