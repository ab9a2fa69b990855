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

    /// Theme ids in the order of the lexicon (the guidelines' order).
    public let themeIDs: [String]
    /// How much each piece of evidence counts for each theme, learned from the gold
    /// (`theme-model.rules`, written by `scripts/train_themes.py`).
    public let model: ThemeModel
    private let index: PhraseIndex<Phrase>

    public static let standard = ThemeLexicon(rules: RuleFile(bundle: .module, name: "themes.lexicon"),
                                              model: ThemeModel(rules: RuleFile(bundle: .module, name: "theme-model.rules")))

    public init(rules: RuleFile, model: ThemeModel = ThemeModel(rules: RuleFile(name: "no model", text: ""))) {
        self.model = model
        themeIDs = rules.sectionOrder.filter { !$0.isEmpty && $0 != "priors" }
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

    /// Theme scores of what surrounds a dated clause, computed once per sentence (a sentence may
    /// date hundreds of events): the sentence, the one before (a sentence without theme words
    /// often continues its topic), the rest of its paragraph and its section title.
    public struct EventContext: Sendable {
        public var sentence: [String: Double] = [:]
        public var previous: [String: Double] = [:]
        public var paragraph: [String: Double] = [:]
        public var section: [String: Double] = [:]
        public init(sentence: [String: Double] = [:], previous: [String: Double] = [:],
                    paragraph: [String: Double] = [:], section: [String: Double] = [:]) {
            self.sentence = sentence
            self.previous = previous
            self.paragraph = paragraph
            self.section = section
        }
    }

    /// The evidence an event's themes are decided from: per theme, log(1 + score) of the clause
    /// around the time expression and of each part of its context, and each theme's share of the
    /// best (clause and sentence together); shared by all themes, the event's type.
    public func eventEvidence(clause: [String: Double], context: EventContext, type: EventType?) -> ThemeModel.Evidence {
        var evidence = ThemeModel.Evidence()
        let parts = [("clause", clause), ("sentence", context.sentence), ("previous", context.previous),
                     ("paragraph", context.paragraph), ("section", context.section)]
        for (name, scores) in parts {
            for (theme, score) in scores { evidence.perTheme[theme, default: [:]][name] = log1p(score) }
        }
        var total = context.sentence
        for (theme, score) in clause { total[theme, default: 0] += score }
        if let best = total.values.max(), best > 0 {
            for (theme, score) in total { evidence.perTheme[theme, default: [:]]["share"] = score / best }
        }
        // Words themselves are no features: learned word weights did worse on profiles left out
        // of training than the lexicon's (scripts/train_themes.py).
        if let type { evidence.shared["type:" + type.rawValue] = 1 }
        return evidence
    }

    /// Themes of a dated event from the words of its clause and context.
    public func eventThemes(clause: [String], sentence: [String], previous: [String], type: EventType?) -> [String] {
        let context = EventContext(sentence: scores(words: sentence), previous: scores(words: previous))
        return eventThemes(eventEvidence(clause: scores(words: clause), context: context, type: type))
    }

    /// Themes of a dated event, as the model decides them from its evidence.
    public func eventThemes(_ evidence: ThemeModel.Evidence) -> [String] {
        model.decide(model.probabilities(evidence, context: .event), context: .event)
    }
}
