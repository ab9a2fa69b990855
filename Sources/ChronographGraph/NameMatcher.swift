import ChronographCore

/// Finds the item a user means by a name: exact label or alias (accent-, case- and
/// punctuation-insensitive), then fuzzily (word overlap and letter bigrams).
public struct NameMatcher: Sendable {
    public enum Outcome: Sendable, Equatable {
        case found(Int)
        /// Several items fit equally well: the candidates, best first.
        case ambiguous([Int])
        /// Nothing fits well enough: the closest candidates, best first.
        case unknown([Int])
    }

    /// A fuzzy match is accepted from this score…
    public var acceptScore = 0.72
    /// …when the next different item scores at least this much less.
    public var margin = 0.08
    public var suggestions = 5

    private struct Form: Sendable {
        var item: Int
        var words: [String]
        var compact: String
        var bigrams: Set<String>
    }

    private var forms: [Form] = []
    private var exact: [String: [Int]] = [:]

    /// `names[i]`: the label and aliases of item i.
    public init(names: [[String]]) {
        for (item, itemNames) in names.enumerated() {
            for name in itemNames {
                let words = Self.words(name)
                guard !words.isEmpty else { continue }
                let compact = words.joined()
                if !(exact[compact]?.contains(item) ?? false) { exact[compact, default: []].append(item) }
                forms.append(Form(item: item, words: words, compact: compact, bigrams: Self.bigrams(compact)))
            }
        }
    }

    /// The form exact matching compares: folded words without a leading article, joined
    /// ("" for a name without letters or digits). The store indexes names by it.
    public static func key(_ name: String) -> String { words(name).joined() }

    public func match(_ name: String) -> Outcome {
        let words = Self.words(name)
        let compact = words.joined()
        if let items = exact[compact] {
            return items.count == 1 ? .found(items[0]) : .ambiguous(items.sorted())
        }
        // Best fuzzy score per item.
        let query = Form(item: -1, words: words, compact: compact, bigrams: Self.bigrams(compact))
        var best: [Int: Double] = [:]
        for form in forms {
            let score = Self.similarity(query, form)
            if score > best[form.item] ?? 0 { best[form.item] = score }
        }
        let ranked = best.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let closest = ranked.prefix(suggestions).filter { $0.value > 0.3 }.map(\.key)
        guard let top = ranked.first, top.value >= acceptScore else { return .unknown(closest) }
        if ranked.count > 1, ranked[1].value > top.value - margin {
            return .ambiguous(ranked.prefix(suggestions).filter { $0.value > top.value - margin }.map(\.key))
        }
        return .found(top.key)
    }

    /// Folded words; a leading article is dropped.
    static func words(_ name: String) -> [String] {
        var words = Slug.make(name).split(separator: "-").map(String.init)
        if words == ["x"] { return [] }
        if words.count > 1, ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        return words
    }

    static func bigrams(_ text: String) -> Set<String> {
        let chars = Array(text)
        guard chars.count > 1 else { return [text] }
        return Set((0..<chars.count - 1).map { String(chars[$0...$0 + 1]) })
    }

    /// The better of letter-bigram Dice and word containment (a query whose words all stand
    /// in the name, or the reverse, scaled by how much of the longer one they cover).
    private static func similarity(_ a: Form, _ b: Form) -> Double {
        let common = Double(a.bigrams.intersection(b.bigrams).count)
        let dice = 2 * common / Double(max(1, a.bigrams.count + b.bigrams.count))
        let shared = Set(a.words).intersection(b.words).count
        let shorter = min(a.words.count, b.words.count), longer = max(a.words.count, b.words.count)
        let containment = shared == shorter && shorter > 0
            ? 0.6 + 0.4 * Double(shorter) / Double(longer) : 0
        return max(dice, containment)
    }
}
