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
            let sentenceWords = Words.split(sentence.text)
            defer { previousWords = sentenceWords }
            let expressions = tagger.tag(sentence.text, context: &context)
            for expression in expressions {
                guard let date = expression.date, expression.kind != .duration else { continue }
                let clause = Clause.around(expression.range, in: sentence.text)
                let clauseWords = Words.split(clause.text)
                var type = types.type(clause: clauseWords, sentence: sentenceWords)
                var eventThemes = themes.eventThemes(clause: clauseWords, sentence: sentenceWords,
                                                     previous: previousWords, isAward: type == .award)
                if eventThemes.isEmpty { eventThemes = [type == .milestone ? "economy" : "innovation"] }
                if type == .award, !eventThemes.contains("recognition") { type = .milestone }
                let offset = sentence.span.start
                events.append(Event(
                    community: profile.name, date: date, mod: expression.mod, type: type,
                    title: Headline.make(clause: clause, expression: expression.range, in: sentence.text),
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

/// A short headline from a clause: the time expression, the words that introduce it
/// ("beginning in", "as of") and its comma dropped; first letter capitalised; at most twelve words.
enum Headline {
    static let introducers: Set<String> = ["in", "on", "at", "from", "since", "by", "during", "until", "till", "through",
                                           "beginning", "starting", "as", "of", "around", "about", "circa", "before",
                                           "after", "throughout", "between", "within", "over", "early", "late", "mid"]
    static let leadingFillers: Set<String> = ["and", "but", "then", "so", "while", "when"]

    static func make(clause: Clause.Found, expression: Range<Int>, in sentence: String) -> String {
        let scalars = Array(sentence.unicodeScalars)
        var cutStart = max(expression.lowerBound, clause.range.lowerBound)
        var cutEnd = min(expression.upperBound, clause.range.upperBound)
        // Walk back over introducing words.
        while true {
            var j = cutStart
            while j > clause.range.lowerBound, scalars[j - 1] == " " { j -= 1 }
            var k = j
            while k > clause.range.lowerBound, scalars[k - 1].properties.isAlphabetic { k -= 1 }
            let word = String(String.UnicodeScalarView(scalars[k..<j])).lowercased()
            guard k < j, introducers.contains(word) else { break }
            cutStart = k
        }
        let hadComma = cutEnd < clause.range.upperBound && scalars[cutEnd] == ","
        while cutEnd < clause.range.upperBound, scalars[cutEnd] == "," || scalars[cutEnd] == " " { cutEnd += 1 }
        // "a base that, in 1908, saw" → "a base that saw": the comma pair goes with the expression.
        var before = cutStart
        while before > clause.range.lowerBound, scalars[before - 1] == " " { before -= 1 }
        if hadComma, before > clause.range.lowerBound, scalars[before - 1] == "," { cutStart = before - 1 }
        let kept = String(String.UnicodeScalarView(scalars[clause.range.lowerBound..<cutStart] + [" "] + scalars[cutEnd..<clause.range.upperBound]))
        var words = kept.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        while let first = words.first,
              leadingFillers.contains(first.lowercased()) || first.allSatisfy({ $0.isPunctuation }) {
            words.removeFirst()
        }
        var headline = words.prefix(12).joined(separator: " ")
        while let last = headline.last, ",;:.".contains(last) { headline.removeLast() }
        if words.count > 12 { headline += "…" }
        guard let first = headline.first else { return String(String.UnicodeScalarView(scalars[expression])) }
        return first.uppercased() + headline.dropFirst()
    }
}
