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

    public init(text: String, range: Range<Int>, date: EDTFDate?, mod: TimeModifier? = nil, kind: Kind = .explicit,
                anchor: EDTFDate? = nil) {
        self.text = text
        self.range = range
        self.date = date
        self.mod = mod
        self.kind = kind
        self.anchor = anchor
    }
}

/// What the tagger remembers while reading one profile: the last explicit date, for relative
/// expressions, and an optional reference date for "this year", "last year" (news-style text).
public struct TemporalContext: Sendable {
    public var lastExplicit: EDTFDate?
    public var referenceDate: EDTFDate?
    public init(referenceDate: EDTFDate? = nil) { self.referenceDate = referenceDate }
}

/// PLACEHOLDER until the rule-based tagger lands: plain four-digit years only.
public struct TemporalTagger: Sendable {
    public static let standard = TemporalTagger()
    public init() {}

    /// Time expressions of one sentence, in reading order; updates `context`.
    public func tag(_ sentence: String, context: inout TemporalContext) -> [TimeExpression] {
        let scalars = Array(sentence.unicodeScalars)
        var found: [TimeExpression] = []
        var i = 0
        let isDigit = { (k: Int) in k >= 0 && k < scalars.count && ("0"..."9").contains(scalars[k]) }
        while i + 4 <= scalars.count {
            if (i..<i + 4).allSatisfy(isDigit), !isDigit(i - 1), !isDigit(i + 4) {
                let text = String(String.UnicodeScalarView(scalars[i..<i + 4]))
                if let year = Int(text), (1800...2199).contains(year) {
                    found.append(TimeExpression(text: text, range: i..<i + 4, date: .year(year)))
                    context.lastExplicit = .year(year)
                }
                i += 4
            } else {
                i += 1
            }
        }
        return found
    }
}
