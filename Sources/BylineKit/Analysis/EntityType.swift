/// The kind of a named entity, as ../eval/GUIDELINES.md defines them, plus `DATE`
/// for highlighting (dates, weekdays, months, years; not scored).
public enum EntityType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case person = "PERSON"
    case org = "ORG"
    case place = "PLACE"
    case norp = "NORP"
    case date = "DATE"

    /// The declaration order: PERSON, ORG, PLACE, NORP, DATE.
    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
