import ChronographGraph
import ChronographStore

extension NameMatcher {
    /// The index in `names` of the one item `name` denotes, as `NameMatcher(names:).pick` finds
    /// it. `exact`: the indices of the items one of whose names has the name's key (the store's
    /// name index gives them); the matcher then folds only those names, with the same answer,
    /// since exact names settle a match before any fuzzy one. Without them (no store, or no
    /// exact name) every name is matched.
    static func pick(_ name: String, names: [[String]], exact: [Int], kind: String,
                     describe: (Int) -> String) throws -> Int {
        let pool = exact.isEmpty ? Array(names.indices) : exact.sorted()
        return pool[try NameMatcher(names: pool.map { names[$0] }).pick(name, kind: kind) { describe(pool[$0]) }]
    }
}

extension Store {
    /// Positions in `ids` of the items one of whose names folds like `name` (`NameMatcher.key`).
    func exactMatches(_ name: String, in ids: [String]) throws -> [Int] {
        let found = Set(try items(withNameKey: NameMatcher.key(name)))
        return ids.indices.filter { found.contains(ids[$0]) }
    }
}
