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
    private var byFirstWord: [String: [Phrase]] = [:]
    private var prefixPhrases: [Phrase] = []

    public static let standard = ThemeLexicon(rules: RuleFile(bundle: .module, name: "themes.lexicon"))

    public init(rules: RuleFile) {
        themeIDs = rules.sectionOrder.filter { !$0.isEmpty }
        for theme in themeIDs {
            for entry in rules.entries(theme) {
                let (text, weightText) = entry.mapping ?? (entry.text, "1")
                var words = Self.words(text.lowercased())
                guard !words.isEmpty else { continue }
                var prefixLast = false
                if words[words.count - 1].hasSuffix("*") {
                    prefixLast = true
                    words[words.count - 1].removeLast()
                }
                let phrase = Phrase(words: words, prefixLast: prefixLast, theme: theme, weight: Double(weightText) ?? 1)
                if prefixLast && words.count == 1 {
                    prefixPhrases.append(phrase)
                } else {
                    byFirstWord[words[0], default: []].append(phrase)
                }
            }
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        prefixPhrases.sort { $0.words[0].count > $1.words[0].count }
    }

    /// Lower-case words: letters, digits and inner `-`, `&`, `'`.
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ((ch == "-" || ch == "&" || ch == "’" || ch == "'") && !current.isEmpty) {
                current.append(ch == "’" ? "'" : ch)
            } else if !current.isEmpty {
                out.append(current.trimmingCharacters(in: CharacterSet(charactersIn: "-'&")))
                current = ""
            }
        }
        if !current.isEmpty { out.append(current.trimmingCharacters(in: CharacterSet(charactersIn: "-'&"))) }
        return out.filter { !$0.isEmpty }
    }

    /// Score per theme for a text.
    public func scores(_ text: String) -> [String: Double] {
        scores(words: Self.words(text))
    }

    public func scores(words: [String]) -> [String: Double] {
        var result: [String: Double] = [:]
        var i = 0
        while i < words.count {
            if let phrase = match(words, at: i) {
                result[phrase.theme, default: 0] += phrase.weight
                i += phrase.words.count
            } else {
                i += 1
            }
        }
        return result
    }

    private func match(_ words: [String], at i: Int) -> Phrase? {
        for phrase in byFirstWord[words[i]] ?? [] where matches(phrase, words, at: i) { return phrase }
        for phrase in prefixPhrases where words[i].hasPrefix(phrase.words[0]) { return phrase }
        return nil
    }

    private func matches(_ phrase: Phrase, _ words: [String], at i: Int) -> Bool {
        guard i + phrase.words.count <= words.count else { return false }
        for (k, w) in phrase.words.enumerated() {
            let word = words[i + k]
            let last = k == phrase.words.count - 1
            if last && phrase.prefixLast ? !word.hasPrefix(w) : word != w { return false }
        }
        return true
    }

    /// Themes whose score reaches `threshold`, best first (ties in lexicon order).
    public func themes(_ text: String, threshold: Double = 1.0, limit: Int = 3) -> [String] {
        ranked(scores(text), threshold: threshold, limit: limit)
    }

    public func ranked(_ scores: [String: Double], threshold: Double, limit: Int) -> [String] {
        let order = Dictionary(uniqueKeysWithValues: themeIDs.enumerated().map { ($1, $0) })
        return scores.filter { $0.value >= threshold }
            .sorted { ($0.value, -(order[$0.key] ?? 99)) > ($1.value, -(order[$1.key] ?? 99)) }
            .prefix(limit).map(\.key)
    }
}
