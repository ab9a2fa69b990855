import ChronographCore
import Foundation

/// Assigns theme ids to text from the weighted phrases of `themes.lexicon`: one left-to-right
/// pass over lower-cased words, longest phrase first, each word counted once.
public struct ThemeLexicon: Sendable {
    public struct Phrase: Sendable {
        var words: [String]
        var prefixLast: Bool
        var theme: String
        var weight: Double
    }

    /// Event themes: the clause's scores count this many times on top of the sentence's…
    public var eventClauseWeight = 2.0
    /// …and a theme is kept from this total score and this share of the best theme.
    public var eventThreshold = 1.5
    public var eventRelativeThreshold = 0.4

    /// Theme ids in the order of the lexicon (the guidelines' order).
    public let themeIDs: [String]
    /// Scores an event's type adds before any word is read (`[event-types]`): a plan adopted
    /// bears on leadership, an award on recognition, whatever words tell the topic.
    public let typePriors: [EventType: [String: Double]]
    private let index: PhraseIndex<Phrase>

    public static let standard = ThemeLexicon(rules: RuleFile(bundle: .module, name: "themes.lexicon"))

    public init(rules: RuleFile) {
        themeIDs = rules.sectionOrder.filter { !$0.isEmpty && $0 != "priors" && $0 != "event-types" }
        var typePriors: [EventType: [String: Double]] = [:]
        for case let (key, value)? in rules.entries("event-types").map(\.mapping) {
            let parts = key.split(separator: " ").map(String.init)
            guard parts.count == 2, let type = EventType(rawValue: parts[0]), let score = Double(value) else { continue }
            typePriors[type, default: [:]][parts[1]] = score
        }
        self.typePriors = typePriors
        let priors = Dictionary(rules.entries("priors").compactMap(\.mapping).compactMap { theme, value in
            Double(value).map { (theme, $0) }
        }, uniquingKeysWith: { a, _ in a })
        var entries: [PhraseIndex<Phrase>.Entry] = []
        for theme in themeIDs {
            for entry in rules.entries(theme) {
                let (text, weightText) = entry.mapping ?? (entry.text, "1")
                let phrase = Phrase(words: [], prefixLast: false, theme: theme, weight: (Double(weightText) ?? 1) * (priors[theme] ?? 1))
                guard var indexed = PhraseIndex.entry(text, payload: phrase, split: Self.words) else { continue }
                indexed.payload.words = indexed.words
                indexed.payload.prefixLast = indexed.prefixLast
                entries.append(indexed)
            }
        }
        index = PhraseIndex(entries)
    }

    /// The words lexicons match against (see `Words`).
    public static func words(_ text: String) -> [String] { Words.split(text) }

    /// Score per theme for a text.
    public func scores(_ text: String) -> [String: Double] {
        scores(words: Self.words(text))
    }

    public func scores(words: [String]) -> [String: Double] {
        var result: [String: Double] = [:]
        var i = 0
        while i < words.count {
            let (length, phrases) = match(words, at: i)
            for phrase in phrases { result[phrase.theme, default: 0] += phrase.weight }
            // A compound no entry names counts as its parts ("solar-powered", "fibre-to-the-home").
            // A byte test: String.contains(String) goes through Foundation's search, and this
            // runs on every word of every event's sentence.
            if phrases.isEmpty, words[i].utf8.contains(UInt8(ascii: "-")) {
                let parts = words[i].split(separator: "-").map(String.init)
                if parts.count > 1 { result.merge(scores(words: parts), uniquingKeysWith: +) }
            }
            i += max(length, 1)
        }
        return result
    }

    /// The longest phrase matching at `i`, and every theme that lists that same phrase
    /// ("free wi-fi" bears on wireless and digital inclusion).
    private func match(_ words: [String], at i: Int) -> (length: Int, phrases: [Phrase]) {
        var found: [Phrase] = []
        for id in index.matches(words, at: i) {
            let phrase = index.entries[id].payload
            if let first = found.first, first.words != phrase.words || first.prefixLast != phrase.prefixLast { break }
            found.append(phrase)
        }
        return (found.first?.words.count ?? 0, found)
    }

    /// Themes whose score reaches `threshold`, best first (ties in lexicon order).
    public func themes(_ text: String, threshold: Double = 1.0, limit: Int = 3) -> [String] {
        ranked(scores(text), threshold: threshold, limit: limit)
    }

    /// Themes of a dated event. The clause around the time expression counts on top of the
    /// sentence, and the event's type adds its prior (an award bears on recognition). A theme must reach the threshold and a share
    /// of the best score, so a passing word does not ride along with the topic. A sentence without
    /// theme words continues the topic of the sentence before it.
    /// The sentence's and the previous sentence's scores come in computed once per sentence: a
    /// sentence may date hundreds of events.
    public func eventThemes(clause: [String], sentence: [String: Double], previous: [String: Double], type: EventType?) -> [String] {
        var total = sentence
        for (theme, score) in scores(words: clause) { total[theme, default: 0] += eventClauseWeight * score }
        for (theme, score) in type.flatMap({ typePriors[$0] }) ?? [:] { total[theme, default: 0] += score }
        if let best = total.values.max(), best >= eventThreshold {
            return ranked(total, threshold: max(eventThreshold, best * eventRelativeThreshold), limit: 3)
        }
        for (theme, score) in previous { total[theme, default: 0] += score * 0.5 }
        return ranked(total, threshold: 0.5, limit: 1)
    }

    public func ranked(_ scores: [String: Double], threshold: Double, limit: Int) -> [String] {
        let order = Dictionary(uniqueKeysWithValues: themeIDs.enumerated().map { ($1, $0) })
        return scores.filter { $0.value >= threshold }
            .sorted { ($0.value, -(order[$0.key] ?? 99)) > ($1.value, -(order[$1.key] ?? 99)) }
            .prefix(limit).map(\.key)
    }
}
