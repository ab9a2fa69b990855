import Foundation
import ChronographCore

/// One event per (time expression, happening) in a profile's narrative: the sentence is the
/// event's text, the expression its date, cue rules its type, the theme lexicon its themes.
public struct EventExtractor: Sendable {
    public var tagger: TemporalTagger
    public var types: EventTypeRules
    public var themes: ThemeLexicon

    public init(tagger: TemporalTagger = .standard, types: EventTypeRules = .standard, themes: ThemeLexicon = .standard) {
        self.tagger = tagger
        self.types = types
        self.themes = themes
    }

    public func events(in profile: Profile, referenceDate: EDTFDate? = nil) -> [Event] {
        var context = TemporalContext(referenceDate: referenceDate)
        var events: [Event] = []
        var previousWords: [String] = []
        for sentence in profile.sentences {
            defer { previousWords = ThemeLexicon.words(sentence.text) }
            let expressions = tagger.tag(sentence.text, context: &context)
            for expression in expressions {
                guard let date = expression.date, expression.kind != .duration else { continue }
                let clause = Clause.around(expression.range, in: sentence.text)
                let sentenceWords = ThemeLexicon.words(sentence.text)
                let clauseWords = ThemeLexicon.words(clause.text)
                var type = types.type(clause: clauseWords, sentence: sentenceWords)
                var eventThemes = themes.eventThemes(clause: clauseWords, sentence: sentenceWords,
                                                     previous: previousWords, isAward: type == .award)
                if eventThemes.isEmpty { eventThemes = [type == .milestone ? "economy" : "innovation"] }
                if type == .award, !eventThemes.contains("recognition") { type = .milestone }
                let offset = sentence.span.start
                events.append(Event(
                    community: profile.name, date: date, mod: expression.mod, type: type,
                    title: Headline.make(clause: clause.text, removing: expression.text),
                    text: sentence.text, themes: eventThemes, source: sentence.span,
                    timeExpression: expression.text,
                    timeSpan: SourceSpan(document: sentence.span.document,
                                         start: offset + expression.range.lowerBound, end: offset + expression.range.upperBound),
                    anchorDate: expression.anchor?.description))
            }
        }
        return events
    }
}

/// The clause of a sentence around a scalar range: bounded by ; : – — and by commas that
/// separate clauses (a comma right after an introductory time phrase does not end it).
enum Clause {
    struct Found { var text: String; var range: Range<Int> }

    static func around(_ range: Range<Int>, in sentence: String) -> Found {
        let scalars = Array(sentence.unicodeScalars)
        let hard: Set<Unicode.Scalar> = [";", ":", "\u{2013}", "\u{2014}", "(", ")"]
        var start = range.lowerBound
        while start > 0, !hard.contains(scalars[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < scalars.count, !hard.contains(scalars[end]) { end += 1 }
        // Cut at commas only when the remaining clause still holds a verb-sized piece.
        if let comma = (range.upperBound..<end).first(where: { scalars[$0] == "," }), comma - range.upperBound > 40 {
            end = comma
        }
        if let comma = (start..<range.lowerBound).last(where: { scalars[$0] == "," }), range.lowerBound - comma > 40 {
            start = comma + 1
        }
        return Found(text: String(String.UnicodeScalarView(scalars[start..<end])), range: start..<end)
    }
}

/// A short headline from a clause: the time expression and its preposition dropped,
/// first letter capitalised, at most twelve words.
enum Headline {
    static let leadingFillers: Set<String> = ["in", "on", "by", "since", "as", "of", "at", "from", "during", "until",
                                              "and", "but", "then", "that", "the", "year", "same", "following", "when", "after"]

    static func make(clause: String, removing expression: String) -> String {
        var text = clause
        if let r = text.range(of: expression) { text.removeSubrange(r) }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        while let first = words.first, leadingFillers.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters)) || first.allSatisfy({ $0.isPunctuation }) {
            words.removeFirst()
        }
        var headline = words.prefix(12).joined(separator: " ")
        while let last = headline.last, ",;:.".contains(last) { headline.removeLast() }
        if words.count > 12 { headline += "…" }
        guard let first = headline.first else { return expression }
        return first.uppercased() + headline.dropFirst()
    }
}
