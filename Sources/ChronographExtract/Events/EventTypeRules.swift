import ChronographCore
import Foundation

/// Types an event from the cue words of `event-types.rules`: the clause around the time
/// expression counts double, the rest of the sentence once; no cue at all means milestone.
public struct EventTypeRules: Sendable {
    struct Cue: Sendable {
        var words: [String]   // "*" as a whole word matches any one word; a trailing * a prefix
        var weight: Double
    }

    private let cues: [(EventType, [Cue])]

    public static let standard = EventTypeRules(rules: RuleFile(bundle: .module, name: "event-types.rules"))

    public init(rules: RuleFile) {
        cues = rules.sectionOrder.compactMap { name in
            guard let type = EventType(rawValue: name) else { return nil }
            return (type, rules.entries(name).map { entry in
                let (text, weight) = entry.mapping ?? (entry.text, "1")
                return Cue(words: text.lowercased().split(separator: " ").map(String.init), weight: Double(weight) ?? 1)
            })
        }
    }

    /// Lower-case words for typing; "%" counts as the word "percent" (a figure reached).
    public static func words(_ text: String) -> [String] {
        ThemeLexicon.words(text.replacingOccurrences(of: "%", with: " percent "))
    }

    /// Score per type for a word sequence.
    public func scores(words: [String]) -> [EventType: Double] {
        var result: [EventType: Double] = [:]
        for (type, list) in cues {
            for cue in list where Self.occurs(cue.words, in: words) {
                result[type, default: 0] += cue.weight
            }
        }
        return result
    }

    public func type(clause: [String], sentence: [String]) -> EventType {
        var total = scores(words: sentence)
        for (type, score) in scores(words: clause) { total[type, default: 0] += score }
        let order = cues.map(\.0)
        let best = total.filter { $0.value > 0 }.max { a, b in
            (a.value, -(order.firstIndex(of: a.key) ?? 0)) < (b.value, -(order.firstIndex(of: b.key) ?? 0))
        }
        return best?.key ?? .milestone
    }

    static func occurs(_ pattern: [String], in words: [String]) -> Bool {
        guard !pattern.isEmpty, pattern.count <= words.count else { return false }
        outer: for start in 0...(words.count - pattern.count) {
            for (k, p) in pattern.enumerated() {
                let w = words[start + k]
                if p == "*" { continue }
                if p.hasSuffix("*") ? !w.hasPrefix(p.dropLast()) : w != p { continue outer }
            }
            return true
        }
        return false
    }
}
