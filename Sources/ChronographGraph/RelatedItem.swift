import ChronographCore
import Foundation

/// An initiative or network as the related-initiatives engine sees it: the themes it bears on
/// (score per theme, best = 1), the content words of the sentences that mention it, and the
/// organisations named alongside it.
public struct RelatedItem: Sendable, Equatable {
    public var id: String
    public var label: String
    public var aliases: [String]
    /// `initiative` or `network` (results), `organization` or `place` (queries only).
    public var type: String
    public var communities: [String]
    public var themes: [String: Double]
    /// Term → occurrences in the mentioning sentences.
    public var terms: [String: Int]
    /// Ids of partner organisations.
    public var partners: [String]

    public init(id: String, label: String, aliases: [String] = [], type: String, communities: [String],
                themes: [String: Double], terms: [String: Int] = [:], partners: [String] = []) {
        self.id = id
        self.label = label
        self.aliases = aliases
        self.type = type
        self.communities = communities
        self.themes = themes
        self.terms = terms
        self.partners = partners
    }

    /// Types a related query returns (GUIDELINES: initiatives and networks are related)…
    public static let resultTypes: Set<String> = ["initiative", "network"]
    /// …and the other types it may start from: a name the extraction typed an organisation or a
    /// place ("the Harbour Lab", "the Canal Quarter") still asks what else is like it.
    public static let queryTypes: Set<String> = ["organization", "place"]

    public var isResult: Bool { Self.resultTypes.contains(type) }

    /// The community a result is shown under.
    public var community: String { communities.first ?? "" }

    /// Themes best first (ties by id), for output.
    public var rankedThemes: [String] {
        themes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }
}

/// Content words for lexical similarity: accent-folded, lower case, letters only, at least
/// three letters, function words (`Resources/stopwords.txt`) left out so explanations name
/// words that mean something.
public enum ContentWords {
    static let stopwords = Set(RuleFile(bundle: .module, name: "stopwords.txt").lines())

    public static func terms(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 3 {
                let word = String(current)
                if !stopwords.contains(word) { out.append(normalise(word)) }
            }
            current.removeAll()
        }
        for scalar in Slug.fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic { current.append(scalar) } else { flush() }
        }
        flush()
        return out
    }

    /// A light plural fold, so "hotspots" and "hotspot" meet.
    static func normalise(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }

    public static func counts(_ texts: [String]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for text in texts { for term in terms(text) { counts[term, default: 0] += 1 } }
        return counts
    }
}
