import ChronographCore
import Foundation

/// Types an event from the cue words of `event-types.rules`: the clause around the time
/// expression counts double, the rest of the sentence once; no cue at all means milestone.
public struct EventTypeRules: Sendable {
    struct Cue: Sendable {
        var type: EventType
        var weight: Double
    }

    private let cues: PhraseIndex<Cue>
    /// Types in file order, for ties.
    private let order: [EventType]
    /// Words after a number that measure rather than count ("5 years", "40 acres"), and
    /// counted nouns without a plural -s ("300 people").
    private let measures: Set<String>
    private let counted: Set<String>

    public static let standard = EventTypeRules(rules: RuleFile(bundle: .module, name: "event-types.rules"))

    public init(rules: RuleFile) {
        order = rules.sectionOrder.compactMap(EventType.init(rawValue:))
        measures = Set(rules.lines("measures").map { $0.lowercased() })
        counted = Set(rules.lines("counted").map { $0.lowercased() })
        cues = PhraseIndex(order.flatMap { type in
            rules.entries(type.rawValue).compactMap { entry in
                let (text, weight) = entry.mapping ?? (entry.text, "1")
                return PhraseIndex.entry(text, payload: Cue(type: type, weight: Double(weight) ?? 1), split: { [$0] })
            }
        })
    }

    /// Marks a count of things ("300 employers", "1,500 staff", "59 identified projects") as the
    /// word `<figure>`, so a figure reached weighs like any cue: a number, its magnitude words,
    /// at most one word between, then a plural or counted noun.
    func markingFigures(_ words: [String]) -> [String] {
        let magnitudes: Set<String> = ["thousand", "million", "billion", "hundred"]
        var marked = words
        for i in words.indices where words[i].first?.isNumber == true && words[i].allSatisfy(\.isNumber) {
            var j = i + 1
            while j < words.count, words[j].allSatisfy(\.isNumber) || magnitudes.contains(words[j]) { j += 1 }
            let isCount = { (w: String) in
                !measures.contains(w) && (counted.contains(w) || w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss"))
            }
            if (j..<min(j + 2, words.count)).contains(where: { isCount(words[$0]) }) { marked[i] = "<figure>" }
        }
        return marked
    }

    /// Score per type for a word sequence; each cue counts once however often it occurs.
    public func scores(words: [String]) -> [EventType: Double] {
        let words = markingFigures(words)
        var seen = Set<Int>()
        var result: [EventType: Double] = [:]
        for i in words.indices {
            for id in cues.matches(words, at: i) where seen.insert(id).inserted {
                result[cues.entries[id].payload.type, default: 0] += cues.entries[id].payload.weight
            }
        }
        return result
    }

    /// The type of the happening a time expression dates. Cues near the expression weigh most
    /// (within 4 words ×3, within 10 ×2, elsewhere in its clause ×1); the rest of the sentence
    /// counts half, and not at all when it holds other dated happenings. Each cue counts once,
    /// at its nearest place; no cue at all means milestone.
    public func type(before: [String], after: [String], outside: [String] = []) -> EventType {
        var factor: [Int: Double] = [:]
        func note(_ words: [String], distance: (Int) -> Int?) {
            for i in words.indices {
                let f = distance(i).map { $0 <= 4 ? 3.0 : $0 <= 10 ? 2.0 : 1.0 } ?? 0.5
                for id in cues.matches(words, at: i) where f > (factor[id] ?? 0) { factor[id] = f }
            }
        }
        let before = markingFigures(before), after = markingFigures(after)
        note(before) { before.count - $0 }
        note(after) { $0 + 1 }
        note(markingFigures(outside)) { _ in nil }
        var total: [EventType: Double] = [:]
        for (id, f) in factor { total[cues.entries[id].payload.type, default: 0] += f * cues.entries[id].payload.weight }
        let best = total.filter { $0.value > 0 }.max { a, b in
            (a.value, -(order.firstIndex(of: a.key) ?? 0)) < (b.value, -(order.firstIndex(of: b.key) ?? 0))
        }
        return best?.key ?? .milestone
    }
}
