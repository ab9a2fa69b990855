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
        eventsWithEvidence(in: profile, referenceDate: referenceDate).map(\.event)
    }

    /// The events, each with the evidence its themes were decided from (training data).
    public func eventsWithEvidence(in profile: Profile, referenceDate: EDTFDate? = nil) -> [(event: Event, evidence: ThemeModel.Evidence)] {
        // A document's own date (front matter, dateline) anchors its deictic expressions first.
        var context = TemporalContext(referenceDate: tagger.referenceDate(of: profile) ?? referenceDate)
        var events: [(event: Event, evidence: ThemeModel.Evidence)] = []
        // Each sentence split into words once: its own events, the next one and its paragraph read them.
        let words = profile.sentences.map { Words.split($0.text) }
        // Theme scores of the sentence and of the one before, computed once per sentence.
        var previousScores: [String: Double]?
        for (position, sentence) in profile.sentences.enumerated() {
            let sentenceWords = words[position]
            var sentenceScores: [String: Double]?
            defer { previousScores = sentenceScores }
            let scalars = Array(sentence.text.unicodeScalars)
            let expressions = tagger.tag(sentence.text, context: &context)
                .filter { $0.date != nil && $0.kind != .duration && !Self.isDestination($0, in: scalars) }
            var themeContext = ThemeLexicon.EventContext()
            if !expressions.isEmpty {
                sentenceScores = themes.scores(words: sentenceWords)
                if previousScores == nil { previousScores = themes.scores(words: position > 0 ? words[position - 1] : []) }
                // The paragraph around the sentence and its section title: what a theme-less
                // sentence is about ("By 2019 it had grown to 40 sites").
                let paragraph = (max(0, position - 2)..<min(profile.sentences.count, position + 3)).filter {
                    profile.sentences[$0].paragraph == sentence.paragraph && profile.sentences[$0].index != sentence.index
                }
                themeContext = ThemeLexicon.EventContext(
                    sentence: sentenceScores ?? [:], previous: previousScores ?? [:],
                    paragraph: themes.scores(words: paragraph.flatMap { words[$0] }),
                    section: sentence.section.map { themes.scores($0) } ?? [:])
            }
            var previousType: EventType?
            for (index, expression) in expressions.enumerated() {
                guard let date = expression.date else { continue }
                let clause = Clause.around(expression.range, in: scalars,
                                           previous: index > 0 ? expressions[index - 1].range : nil,
                                           next: index + 1 < expressions.count ? expressions[index + 1].range : nil)
                let clauseWords = Words.split(clause.text)
                let text = { (r: Range<Int>) in String(String.UnicodeScalarView(scalars[r])) }
                let before = Array(Words.split(text(clause.range.lowerBound..<expression.range.lowerBound)).suffix(Self.typeWindow))
                var after = Array(Words.split(text(expression.range.upperBound..<clause.range.upperBound)).prefix(Self.typeWindow))
                // A clause of a few words and no cue has no verb of its own.
                let bare = before.count + after.count <= 4 && types.scores(words: before + after).isEmpty
                var type: EventType
                if bare, let previousType {
                    // "named an All-America City in 2007, again in 2012": it shares the verb of
                    // the dated happening before it.
                    type = previousType
                } else {
                    if bare {
                        // "- 2006: A trial runs ...", "Council, 2013: strategy published": a date
                        // used as a label heads the words after the boundary.
                        let end = index + 1 < expressions.count ? expressions[index + 1].range.lowerBound : scalars.count
                        if clause.range.upperBound < end {
                            after = Array((after + Words.split(text(clause.range.upperBound..<end))).prefix(Self.typeWindow))
                        }
                    }
                    type = types.type(
                        before: before, after: after,
                        outside: expressions.count == 1
                            ? Words.split(text(0..<clause.range.lowerBound)) + Words.split(text(clause.range.upperBound..<scalars.count))
                            : [],
                        measured: expression.mod == .by || expression.mod == .asOf)
                }
                defer { previousType = type }
                let evidence = themes.eventEvidence(clause: themes.scores(words: clauseWords), context: themeContext, type: type)
                let eventThemes = themes.eventThemes(evidence)
                let offset = sentence.span.start
                events.append((Event(
                    community: profile.name, date: date, mod: expression.mod, type: type,
                    title: Headline.make(clause: clause, expression: expression.range, in: scalars),
                    text: sentence.text, themes: eventThemes, source: sentence.span,
                    timeExpression: expression.text,
                    timeSpan: SourceSpan(document: sentence.span.document,
                                         start: offset + expression.range.lowerBound, end: offset + expression.range.upperBound),
                    anchorDate: expression.anchor?.description), evidence))
            }
        }
        return events
    }
}

extension EventExtractor {
    /// Words each side of a time expression that the type rules read. A clause without
    /// punctuation can run the length of a sentence piece (a list of hundreds of years); the
    /// verb and cues of a happening sit near its date, and the rules' cost grows with the square
    /// of the words they are given.
    static let typeWindow = 40

    /// "a journey to the 21st Century", "heading into the 2020s": a decade or century named as
    /// where something is going dates no happening.
    static func isDestination(_ expression: TimeExpression, in scalars: [Unicode.Scalar]) -> Bool {
        guard let start = expression.date?.start, start.unspecifiedDigits > 0, !expression.date!.isInterval else { return false }
        var end = expression.range.lowerBound
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        var begin = end
        while begin > 0, scalars[begin - 1].properties.isAlphabetic { begin -= 1 }
        let word = String(String.UnicodeScalarView(scalars[begin..<end])).lowercased()
        return ["to", "into", "toward", "towards"].contains(word)
    }
}

/// The clause of a sentence around a scalar range: bounded by ; : – — and by commas that
/// separate clauses (a comma right after an introductory time phrase does not end it).
enum Clause {
    struct Found { var text: String; var range: Range<Int> }

    static func around(_ range: Range<Int>, in sentence: String) -> Found {
        around(range, in: Array(sentence.unicodeScalars), previous: nil, next: nil)
    }

    /// With neighbouring time expressions, the clause also stops at the last comma, "and" or
    /// "while" between this expression and the next (or after the previous): each dated
    /// happening keeps its own words.
    static func around(_ range: Range<Int>, in scalars: [Unicode.Scalar], previous: Range<Int>?, next: Range<Int>?) -> Found {
        let hard: Set<Unicode.Scalar> = [";", ":", "\u{2013}", "\u{2014}"]
        // A parenthesis bounds the clause of an expression inside it ("(founded 2008)"); a
        // parenthetical elsewhere ("the Board (NCB) was set up") is skipped over whole.
        var start = range.lowerBound
        while start > 0, !hard.contains(scalars[start - 1]), scalars[start - 1] != "(" {
            start -= 1
            if scalars[start] == ")", let open = scalars[..<start].lastIndex(of: "(") { start = open }
        }
        var end = range.upperBound
        while end < scalars.count, !hard.contains(scalars[end]), scalars[end] != ")" {
            if scalars[end] == "(", let close = scalars[end...].firstIndex(of: ")") { end = close }
            end += 1
        }
        // Cut at commas only when the remaining clause still holds a verb-sized piece.
        if let comma = (range.upperBound..<end).first(where: { isComma(scalars, $0) }), comma - range.upperBound > 40 {
            end = comma
        }
        if let comma = (start..<range.lowerBound).last(where: { isComma(scalars, $0) }), range.lowerBound - comma > 40 {
            start = comma + 1
        }
        if let next, next.lowerBound < end, let cut = boundaries(in: scalars, range.upperBound..<next.lowerBound).first {
            end = cut.lowerBound
        }
        if let previous, previous.upperBound > start, let cut = boundaries(in: scalars, previous.upperBound..<range.lowerBound).last {
            start = cut.upperBound
        }
        return Found(text: String(String.UnicodeScalarView(scalars[start..<end])), range: start..<end)
    }

    /// A comma between clauses; the one in "3,000" separates thousands.
    private static func isComma(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        let digit = { (j: Int) in scalars.indices.contains(j) && scalars[j].properties.numericType != nil }
        return scalars[i] == "," && !(digit(i - 1) && digit(i + 1))
    }

    private static let joiners: [[Unicode.Scalar]] = [",", " and ", " while ", " but ", " whereas "].map { Array($0.unicodeScalars) }

    /// Ranges of clause joiners inside `window`, in order.
    private static func boundaries(in scalars: [Unicode.Scalar], _ window: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = window.lowerBound
        while i < window.upperBound {
            if let joiner = joiners.first(where: { j in i + j.count <= window.upperBound && scalars[i..<i + j.count].elementsEqual(j) }),
               joiner != [","] || isComma(scalars, i) {
                found.append(i..<i + joiner.count)
                i += joiner.count
            } else {
                i += 1
            }
        }
        return found
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
        make(clause: clause, expression: expression, in: Array(sentence.unicodeScalars))
    }

    static func make(clause: Clause.Found, expression: Range<Int>, in scalars: [Unicode.Scalar]) -> String {
        // A clause may begin inside a number ("23,000" cut at its comma): the headline keeps it whole.
        var clause = clause
        let isDigit = { (k: Int) in k >= 0 && k < scalars.count && ("0"..."9").contains(scalars[k]) }
        var lower = clause.range.lowerBound
        while isDigit(lower) && (isDigit(lower - 1) || (lower >= 2 && scalars[lower - 1] == "," && isDigit(lower - 2))) {
            lower -= scalars[lower - 1] == "," ? 2 : 1
        }
        clause.range = lower..<clause.range.upperBound
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
        // Spaces too: dropping a final " ." must not leave "came ".
        while let last = headline.last, ",;:. ".contains(last) { headline.removeLast() }
        if words.count > 12 { headline += "…" }
        guard let first = headline.first else { return String(String.UnicodeScalarView(scalars[expression])) }
        return first.uppercased() + headline.dropFirst()
    }
}
