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

    public static let standard = EventTypeRules(rules: RuleFile(bundle: .module, name: "event-types.rules"))

    public init(rules: RuleFile) {
        order = rules.sectionOrder.compactMap(EventType.init(rawValue:))
        cues = PhraseIndex(order.flatMap { type in
            rules.entries(type.rawValue).compactMap { entry in
                let (text, weight) = entry.mapping ?? (entry.text, "1")
                return PhraseIndex.entry(text, payload: Cue(type: type, weight: Double(weight) ?? 1), split: { [$0] })
            }
        })
    }

    /// Score per type for a word sequence; each cue counts once however often it occurs.
    public func scores(words: [String]) -> [EventType: Double] {
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
        note(before) { before.count - $0 }
        note(after) { $0 + 1 }
        note(outside) { _ in nil }
        var total: [EventType: Double] = [:]
        for (id, f) in factor { total[cues.entries[id].payload.type, default: 0] += f * cues.entries[id].payload.weight }
        let best = total.filter { $0.value > 0 }.max { a, b in
            (a.value, -(order.firstIndex(of: a.key) ?? 0)) < (b.value, -(order.firstIndex(of: b.key) ?? 0))
        }
        return best?.key ?? .milestone
    }
}
