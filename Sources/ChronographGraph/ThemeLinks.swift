import ChronographCore
import Foundation

/// Scores text against the theme vocabulary (the theme lexicon of the extract stage).
public protocol ThemeScoring: Sendable {
    /// Theme ids in the guidelines' order.
    var themeIDs: [String] { get }
    func scores(_ text: String) -> [String: Double]
    /// How much each kind of evidence counts for each theme.
    var model: ThemeModel { get }
}

/// The theme and related-initiative layer of the graph: `about` edges weighted by score from
/// initiatives, networks, events and communities to themes, and `related` edges between like
/// initiatives of different communities.
public struct ThemeLinks: Sendable {
    public var scorer: any ThemeScoring
    /// Themes an item never takes: awards are entities of their own (GUIDELINES), so winning
    /// one does not make an initiative about recognition.
    public var itemExcluded: Set<String> = ["recognition"]
    /// `related` edges: per item, at most this many, each at least this similar.
    public var relatedLimit = 5
    public var relatedThreshold = 0.4
    /// Terms kept on a node for query-time lexical similarity.
    public var termsPerItem = 40

    /// The texts that say what an item is about. (Its dated events do not vote: they come from
    /// the sentences that already do, and a theme-less event borrows the sentence before's themes.)
    public struct Evidence: Sendable, Equatable {
        public var names: [String] = []
        /// A named network bears on connectivity (GUIDELINES: broadband or wireless).
        public var isNetwork = false
        public var phrases: [String] = []
        public var appositions: [String] = []
        /// The clauses that mention it.
        public var sentences: [String] = []
        public var neighbours: [String] = []
        public var sections: [String] = []
        /// Each paragraph's other sentences; a paragraph votes once with their summed scores.
        public var paragraphs: [[String]] = []
        public init(names: [String] = [], phrases: [String] = [], appositions: [String] = [], sentences: [String] = [],
                    neighbours: [String] = []) {
            self.names = names
            self.phrases = phrases
            self.appositions = appositions
            self.sentences = sentences
            self.neighbours = neighbours
        }
    }

    public init(scorer: any ThemeScoring) {
        self.scorer = scorer
    }

    /// Themes of an item with their probabilities, as the model decides them from its evidence.
    public func themeScores(_ evidence: Evidence) -> [String: Double] {
        themeScores(self.evidence(evidence, score: scorer.scores))
    }

    func themeScores(_ evidence: ThemeModel.Evidence) -> [String: Double] {
        var probabilities = scorer.model.probabilities(evidence, context: .item)
        for theme in itemExcluded { probabilities[theme] = nil }
        let kept = scorer.model.decide(probabilities, context: .item)
        return Dictionary(uniqueKeysWithValues: kept.map { ($0, Self.round(probabilities[$0]!)) })
    }

    /// The model's evidence for an item: per theme and kind of text (its names, the phrase
    /// around each mention, appositions, clauses, neighbouring sentences, section titles,
    /// paragraphs), the sum of each text's scores scaled to that text's best theme (so one long
    /// sentence cannot outvote several short ones), log-damped, and each theme's share of the best total;
    /// shared by all themes, whether it is a network.
    func evidence(_ evidence: Evidence, score: (String) -> [String: Double]) -> ThemeModel.Evidence {
        var sums: [String: [String: Double]] = [:]
        func vote(_ scores: [String: Double], kind: String) {
            guard let best = scores.values.max(), best > 0 else { return }
            for (theme, score) in scores { sums[theme, default: [:]][kind, default: 0] += score / max(best, 1) }
        }
        // The name counts each theme it names in full: a name naming two topics is about both.
        for (theme, score) in score(evidence.names.joined(separator: " . ")) { sums[theme, default: [:]]["name"] = min(score, 1) }
        for text in evidence.phrases { vote(score(text), kind: "phrase") }
        for text in evidence.appositions { vote(score(text), kind: "apposition") }
        for text in evidence.sentences { vote(score(text), kind: "sentence") }
        for text in evidence.neighbours { vote(score(text), kind: "neighbour") }
        for title in evidence.sections { vote(score(title), kind: "section") }
        for paragraph in evidence.paragraphs {
            var summed: [String: Double] = [:]
            for text in paragraph { summed.merge(score(text), uniquingKeysWith: +) }
            vote(summed, kind: "paragraph")
        }
        var result = ThemeModel.Evidence()
        // Summed in kind order, so the float sum does not follow dictionary order.
        let totals = sums.mapValues { $0.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value } }
        let best = totals.values.max() ?? 0
        for (theme, kinds) in sums {
            var features = kinds.mapValues(log1p)
            if best > 0 { features["share"] = totals[theme]! / best }
            result.perTheme[theme] = features
        }
        if evidence.isNetwork { result.shared["type:network"] = 1 }
        return result
    }

    /// Adds theme attributes and edges to a graph already holding communities, entities and events.
    public func apply(_ extraction: Extraction, sentences: [Sentence], to graph: inout KnowledgeGraph) {
        let items = relatedItems(extraction, sentences: sentences)
        for item in items {
            // Organisations and places carry what a related query needs, but themes (and
            // `about` edges) belong to initiatives and networks (GUIDELINES).
            graph.update(item.id) { node in
                if item.isResult { node.properties["themes"] = .strings(item.rankedThemes) }
                node.properties["theme_scores"] = .object(item.rankedThemes.map { ($0, .double(item.themes[$0]!)) })
                node.properties["terms"] = .object(Self.topTerms(item.terms, limit: termsPerItem).map { ($0, .int($1)) })
                node.properties["partners"] = .strings(item.partners)
            }
            for (theme, score) in item.themes where item.isResult {
                graph.add(GraphEdge(source: item.id, target: "theme-" + theme, type: "about", weight: score))
            }
        }
        addEventThemes(extraction.events, to: &graph)
        addCommunityThemes(extraction, to: &graph)
        addRelatedEdges(RelatedIndex(items: items), to: &graph)
    }

    /// Initiatives and networks with their themes, mention terms and partners, and the
    /// organisations and places a related query may start from (`RelatedItem.queryTypes`).
    public func relatedItems(_ extraction: Extraction, sentences: [Sentence]) -> [RelatedItem] {
        itemsWithEvidence(extraction, sentences: sentences).map(\.item)
    }

    /// The same, each with the evidence its themes were decided from (training data).
    public func itemsWithEvidence(_ extraction: Extraction, sentences: [Sentence]) -> [(item: RelatedItem, evidence: ThemeModel.Evidence)] {
        let position = Dictionary(sentences.enumerated().map { ($1.span, $0) }, uniquingKeysWith: { a, _ in a })
        let organisations = Set(extraction.entities.filter { $0.type == .organization }.map(\.id))
        var organisationsBySentence: [SourceSpan: Set<String>] = [:]
        for entity in extraction.entities where organisations.contains(entity.id) {
            for mention in entity.mentions { organisationsBySentence[mention.sentence, default: []].insert(entity.id) }
        }
        var stated: [String: Set<String>] = [:]
        for relation in extraction.relations {
            if organisations.contains(relation.target) { stated[relation.source, default: []].insert(relation.target) }
            if organisations.contains(relation.source) { stated[relation.target, default: []].insert(relation.source) }
        }
        let named = extraction.entities.filter { RelatedItem.resultTypes.contains($0.type.rawValue) }
        let described = extraction.entities.filter {
            RelatedItem.resultTypes.contains($0.type.rawValue) || RelatedItem.queryTypes.contains($0.type.rawValue)
        }
        // Mentions of named items per sentence: a sentence listing several items blanks them all,
        // so the words of one name do not lend their themes to its neighbours in the list.
        var namedMentions: [SourceSpan: [Mention]] = [:]
        for entity in named { for mention in entity.mentions { namedMentions[mention.sentence, default: []].append(mention) } }
        let cache = SentenceScores(scorer: scorer)
        return described.map { entity in
            // Grouped once: an item named in thousands of sentences must not cost their square.
            let mentionsBySentence = Dictionary(grouping: entity.mentions, by: \.sentence)
            let spans = mentionsBySentence.keys.sorted()
            let mentioned = Set(spans.compactMap { position[$0] })
            var evidence = Evidence(names: [entity.name] + entity.aliases)
            evidence.isNetwork = entity.type == .network
            var texts: [String] = []
            for span in spans {
                guard let i = position[span] else { continue }
                let mentions = mentionsBySentence[span] ?? []
                texts.append(Self.blanking(mentions, in: sentences[i].text, at: span))
                let blanked = Self.blanking(namedMentions[span] ?? [], in: sentences[i].text, at: span)
                evidence.sentences += Set(mentions.map { Self.clause(around: $0, in: blanked, at: span) }).sorted()
                for mention in mentions {
                    let (phrase, apposition) = Self.phrase(around: mention, in: blanked, at: span)
                    evidence.phrases.append(phrase)
                    if Self.describes(apposition) { evidence.appositions.append(apposition) }
                }
                // Neighbours in the same section: a named thing is often explained in the next sentence
                // (unless that sentence names another item: then it explains that one).
                for j in [i - 1, i + 1] where sentences.indices.contains(j) && !mentioned.contains(j)
                    && sentences[j].span.document == span.document && abs(sentences[j].index - sentences[i].index) == 1
                    && sentences[j].section == sentences[i].section && namedMentions[sentences[j].span] == nil {
                    evidence.neighbours.append(sentences[j].text)
                }
            }
            evidence.sections = Set(mentioned.compactMap { sentences[$0].section }).sorted()
            // The rest of each paragraph the item is named in, beyond the next-door sentences and
            // the sentences naming other items.
            var seenParagraphs = Set<Int>()
            for span in spans {
                guard let i = position[span] else { continue }
                let same = { (j: Int) in
                    sentences.indices.contains(j) && sentences[j].span.document == span.document
                        && sentences[j].paragraph == sentences[i].paragraph
                        && abs(sentences[j].index - sentences[i].index) == abs(j - i)
                }
                var first = i
                while same(first - 1) { first -= 1 }
                guard seenParagraphs.insert(first).inserted else { continue }
                var last = i
                while same(last + 1) { last += 1 }
                let rest = (first...last).filter { j in
                    !mentioned.contains(j) && !mentioned.contains(j - 1) && !mentioned.contains(j + 1)
                        && namedMentions[sentences[j].span] == nil
                }
                if !rest.isEmpty { evidence.paragraphs.append(rest.map { sentences[$0].text }) }
            }
            var partners = stated[entity.id] ?? []
            for span in spans { partners.formUnion(organisationsBySentence[span] ?? []) }
            partners.remove(entity.id)
            let modelEvidence = self.evidence(evidence, score: cache.scores)
            return (RelatedItem(
                id: entity.id, label: entity.name, aliases: entity.aliases, type: entity.type.rawValue,
                communities: entity.communities, themes: themeScores(modelEvidence),
                terms: ContentWords.counts(texts), partners: partners.sorted()), modelEvidence)
        }
    }

    /// Words that open a phrase describing the name before it: an apposition ("a digital arts
    /// centre") or a relative clause ("which links…"). Any other start is the main clause after
    /// an introductory phrase ("Through programmes like X, the city has…"), which describes its
    /// own subject; "the" opens both, so it is left out.
    static let descriptionStarts: Set<String> = ["a", "an", "which", "where", "who", "whose", "that", "one"]

    static func describes(_ phrase: String) -> Bool {
        guard let first = phrase.split(whereSeparator: { !$0.isLetter }).first else { return false }
        return descriptionStarts.contains(first.lowercased())
    }

    /// Conjunctions that, after a comma, open a clause of its own ("…an accelerator opened, and
    /// its industrial estate is expanding…").
    static let clauseOpeners: Set<String> = ["and", "but", "while", "whereas", "yet"]
    /// Words each side of such a comma needs to be a clause, not the tail of a list ("…, and ICT").
    static let clauseWords = 5

    /// The clause of a (blanked) sentence that holds a mention: the sentence cut at semicolons
    /// and at ", and" / ", but" / ", while" between two stretches long enough to be clauses, so
    /// the words about another subject in the same sentence do not vote for the item.
    static func clause(around mention: Mention, in sentenceText: String, at sentence: SourceSpan) -> String {
        let scalars = Array(sentenceText.unicodeScalars)
        let at = max(0, min(scalars.count, mention.span.start - sentence.start))
        func words(_ range: Range<Int>) -> [Substring] {
            String(String.UnicodeScalarView(scalars[range])).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        }
        var cuts: [Int] = []
        for i in scalars.indices {
            if scalars[i] == ";" {
                cuts.append(i)
            } else if scalars[i] == ",", let next = words(i..<min(scalars.count, i + 12)).first,
                      clauseOpeners.contains(next.lowercased()) {
                cuts.append(i)
            }
        }
        var start = 0, end = scalars.count
        for (n, cut) in cuts.enumerated() {
            let before = n > 0 ? cuts[n - 1] : 0, after = n + 1 < cuts.count ? cuts[n + 1] : scalars.count
            let clauses = words(before..<cut).count >= clauseWords && words(cut..<after).count > clauseWords
            guard clauses || scalars[cut] == ";" else { continue }
            if cut < at { start = cut + 1 } else { end = min(end, cut) }
        }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The stretch of a (blanked) sentence around a mention between breaks (, ; : – — parentheses),
    /// without the mention itself, and the stretch after it when a comma follows the name (an
    /// apposition or a relative clause).
    static func phrase(around mention: Mention, in sentenceText: String, at sentence: SourceSpan) -> (phrase: String, next: String) {
        let scalars = Array(sentenceText.unicodeScalars)
        let breaks: Set<Unicode.Scalar> = [",", ";", ":", "\u{2013}", "\u{2014}", "(", ")"]
        let nameStart = max(0, min(scalars.count, mention.span.start - sentence.start))
        let nameEnd = max(nameStart, min(scalars.count, mention.span.end - sentence.start))
        var start = nameStart, end = nameEnd
        while start > 0, !breaks.contains(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, !breaks.contains(scalars[end]) { end += 1 }
        var next = end
        // Only a phrase right after the name describes it ("the Forge, a digital arts centre").
        let attached = scalars[nameEnd..<end].allSatisfy { $0 == " " || $0 == "\u{201D}" || $0 == "\"" }
        if attached, next < scalars.count, scalars[next] == "," {
            next += 1
            while next < scalars.count, !breaks.contains(scalars[next]) { next += 1 }
        }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let after = end < next ? text((end + 1)..<next) : ""
        return (text(start..<nameStart) + " . " + text(nameEnd..<end), after.trimmingCharacters(in: .whitespaces))
    }

    /// Event → theme, weighted by the theme's share of the event text's theme scores
    /// (1 when the text gives the theme no score of its own, as for footer awards).
    private func addEventThemes(_ events: [Event], to graph: inout KnowledgeGraph) {
        // Events of one sentence (or one footer line) share its text: scored once.
        let cache = SentenceScores(scorer: scorer)
        for event in events {
            let scores = cache.scores(event.text)
            let best = scores.values.max() ?? 0
            for theme in event.themes {
                let weight = best > 0 && (scores[theme] ?? 0) > 0 ? Self.round(scores[theme]! / best) : 1
                graph.add(GraphEdge(source: event.id, target: "theme-" + theme, type: "about", weight: weight))
            }
        }
    }

    /// Community → theme, weighted by the share of the community's events bearing on it.
    private func addCommunityThemes(_ extraction: Extraction, to graph: inout KnowledgeGraph) {
        let ids = Dictionary(extraction.communities.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        for profile in CommunityProfile.profiles(extraction.events.map { ($0.community, $0.themes) }) {
            guard let id = ids[profile.community] else { continue }
            for (theme, share) in profile.shares {
                graph.add(GraphEdge(source: id, target: "theme-" + theme, type: "about", weight: Self.round(share)))
            }
        }
    }

    /// One `related` edge per like pair (source < target), carrying the shared themes.
    private func addRelatedEdges(_ index: RelatedIndex, to graph: inout KnowledgeGraph) {
        var added: Set<EdgeKey> = []
        for (i, item) in index.items.enumerated() where item.isResult {
            for match in index.related(to: i, limit: relatedLimit, minScore: relatedThreshold)
            where !match.similarity.sharedThemes.isEmpty {
                let other = index.items[match.item].id
                let (a, b) = item.id < other ? (item.id, other) : (other, item.id)
                let edge = GraphEdge(source: a, target: b, type: "related", weight: Self.round(match.similarity.score),
                                     properties: ["shared_themes": .strings(match.similarity.sharedThemes),
                                                  "shared_terms": .strings(match.similarity.sharedTerms)])
                if added.insert(edge.key).inserted { graph.add(edge) }
            }
        }
    }

    /// The sentence with the item's own mentions blanked out: its name already votes once,
    /// and its words say nothing about other items.
    static func blanking(_ mentions: [Mention], in text: String, at sentence: SourceSpan) -> String {
        var scalars = Array(text.unicodeScalars)
        for mention in mentions {
            let start = max(0, mention.span.start - sentence.start), end = min(scalars.count, mention.span.end - sentence.start)
            for i in start..<max(start, end) { scalars[i] = " " }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func topTerms(_ terms: [String: Int], limit: Int) -> [(String, Int)] {
        terms.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map { ($0.key, $0.value) }
            .sorted { $0.0 < $1.0 }
    }

    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Theme scores of sentences that several items share as context (neighbours, paragraphs) or
/// several events share as their text, computed once each.
private final class SentenceScores {
    let scorer: any ThemeScoring
    var known: [String: [String: Double]] = [:]
    init(scorer: any ThemeScoring) { self.scorer = scorer }

    func scores(_ text: String) -> [String: Double] {
        if let hit = known[text] { return hit }
        let computed = scorer.scores(text)
        known[text] = computed
        return computed
    }
}
