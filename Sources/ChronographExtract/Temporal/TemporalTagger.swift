import ChronographCore

/// A time expression found in a sentence, normalised to EDTF.
public struct TimeExpression: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// States its own date ("in 1994", "March 2015", "the 1970s").
        case explicit
        /// Resolved against an earlier explicit date ("the following year").
        case relative
        /// Tied to the time of writing ("today", "this year"): not an event unless a reference date is given.
        case deictic
        /// Only a length of time ("for decades", "nearly 40 years"): never an event by itself.
        case duration
        /// A repetition ("every year", "weekly"): never an event.
        case set
    }

    /// The expression as written.
    public var text: String
    /// Scalar offsets within the sentence (end exclusive).
    public var range: Range<Int>
    public var date: EDTFDate?
    public var mod: TimeModifier?
    public var kind: Kind
    /// For relative expressions: the explicit date they were resolved against.
    public var anchor: EDTFDate?
    /// The TimeML reading: type, value, mod.
    public var timex: Timex3
    /// The TimeML extent within the sentence: `range` without a leading signal word ("since 1990"
    /// is the timex "1990"; `mod` keeps what the signal said).
    public var extent: Range<Int>

    public init(text: String, range: Range<Int>, date: EDTFDate?, mod: TimeModifier? = nil, kind: Kind = .explicit,
                anchor: EDTFDate? = nil, timex: Timex3? = nil, extent: Range<Int>? = nil) {
        self.text = text
        self.range = range
        self.date = date
        self.mod = mod
        self.kind = kind
        self.anchor = anchor
        self.timex = timex ?? Timex3(kind: kind, date: date, mod: mod)
        self.extent = extent ?? range
    }
}

/// What the tagger remembers while reading one profile: the last explicit date, for relative
/// expressions, and an optional reference date for "this year", "last year" (news-style text).
public struct TemporalContext: Sendable {
    public var lastExplicit: EDTFDate?
    /// The last dated expression of any kind and its TIMEX3 value: with a reference date (news)
    /// it is what "a year earlier" and "two days later" count from, at its own granularity
    /// ("the third quarter … a year earlier" is the quarter a year before).
    public var lastMentioned: (date: EDTFDate, timex: String)?
    public var referenceDate: EDTFDate?
    public init(referenceDate: EDTFDate? = nil) { self.referenceDate = referenceDate }
}

/// A rule-based temporal tagger (in the manner of HeidelTime): the sentence is tokenised once,
/// then at each token four readers (relative, deictic, explicit, duration) try to match and the
/// longest reading wins. Vocabulary and phrase lists live in `Resources/temporal/lexicon.rules`.
public struct TemporalTagger: Sendable {
    public static let standard = TemporalTagger()
    let lexicon: TemporalLexicon

    public init() { lexicon = .standard }

    /// A profile's own date of writing: its front matter's, or the full date of a dateline that
    /// opens it ("WASHINGTON, March 12, 2013 (Xinhua) --").
    public func referenceDate(of profile: Profile) -> EDTFDate? {
        if let date = profile.referenceDate { return date }
        guard let first = profile.sentences.first?.text.trimmingSpacesAtEnd, first.hasSuffix("--") || first.hasSuffix("\u{2014}") else { return nil }
        var context = TemporalContext()
        return tag(first, context: &context).lazy.compactMap(\.date).first { !$0.isInterval && $0.start?.day != nil }
    }

    /// Time expressions of one sentence, in reading order; updates `context`.
    public func tag(_ sentence: String, context: inout TemporalContext) -> [TimeExpression] {
        let scalars = Array(sentence.unicodeScalars)
        let reader = TemporalReader(lexicon: lexicon, tokens: TemporalTokenizer.tokens(scalars))
        var found: [TimeExpression] = []
        var i = 0
        while i < reader.tokens.count {
            guard reader.mayStart(at: i) else {
                i += 1
                continue
            }
            guard let reading = reader.best(at: i, context: context) else {
                i += 1
                continue
            }
            i = reading.end
            guard !reading.silent else { continue }
            let range = reader.tokens[reading.start].range.lowerBound..<reader.tokens[reading.end - 1].range.upperBound
            // A value outside the years the exports carry stays an expression without a date.
            let date = reading.date.flatMap { $0.isWithinSupportedYears ? $0 : nil }
            let mod = date == nil ? nil : reading.mod
            var timex = Timex3(kind: reading.kind, date: date, mod: mod)
            if let value = reading.timex { timex = Timex3(kind: reading.kind, value: value, mod: timex.mod) }
            if let timexMod = reading.timexMod { timex.mod = timexMod }
            let extentStart = reader.tokens[reader.extentStart(of: reading)].range.lowerBound
            var extentEnd = reading.timexEnd.map { reader.tokens[$0 - 1].range.upperBound } ?? range.upperBound
            // "last year's budget": the possessive ending stays outside.
            if reader.tokens[reading.end - 1].text.hasSuffix("'s"), reading.timexEnd == nil { extentEnd -= 2 }
            found.append(TimeExpression(text: String(String.UnicodeScalarView(scalars[range])), range: range,
                                        date: date, mod: mod, kind: reading.kind, anchor: reading.anchor, timex: timex,
                                        extent: extentStart..<extentEnd))
            if let date, reading.kind == .explicit || (reading.kind == .relative && !date.isInterval) {
                context.lastExplicit = date
            }
            if let date, let value = timex.value, value.first?.isNumber == true, timex.type != .duration, !reading.comparison {
                context.lastMentioned = (date, value)
            }
        }
        return found
    }
}

extension String {
    var trimmingSpacesAtEnd: String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
