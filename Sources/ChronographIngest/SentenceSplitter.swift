import ChronographCore

/// Splits a paragraph into sentences in one forward pass. A stop (. ! ? …) ends a sentence when
/// white space and a capital, digit or opening quote follow, unless the word before it is an
/// abbreviation ("Mr.", "Co.", "e.g."), an initial ("A.T.") or the stop is inside a number ("2.87").
public struct SentenceSplitter: Sendable {
    private let abbreviations: Set<String>

    public static let standard = SentenceSplitter(rules: RuleFile(bundle: .module, name: "abbreviations.txt"))

    public init(rules: RuleFile) {
        abbreviations = Set(rules.lines())
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{00AB}"]

    /// Sentence ranges inside `range` of `scalars`, trimmed of surrounding white space.
    public func split(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let s = scalars[i]
            guard s == "." || s == "!" || s == "?" || s == "\u{2026}" else { i += 1; continue }
            var end = i + 1
            while end < range.upperBound, scalars[end] == "." || scalars[end] == "!" || scalars[end] == "?" { end += 1 }
            while end < range.upperBound, Self.closers.contains(scalars[end]) { end += 1 }
            var next = end
            while next < range.upperBound, scalars[next].properties.isWhitespace { next += 1 }
            let hasSpace = next > end
            let startsSentence = next >= range.upperBound || startsNewSentence(scalars, at: next, limit: range.upperBound)
            if hasSpace, startsSentence, !(s == "." && isAbbreviation(scalars, stopAt: i, from: start)) {
                appendTrimmed(start..<end, scalars, into: &result)
                start = next
            }
            i = max(end, i + 1)
        }
        appendTrimmed(start..<range.upperBound, scalars, into: &result)
        return result
    }

    private func startsNewSentence(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        var j = index
        while j < limit, Self.openers.contains(scalars[j]) { j += 1 }
        guard j < limit else { return false }
        let c = scalars[j]
        return c.properties.isUppercase || ("0"..."9").contains(c) || (!c.properties.isLowercase && c.properties.isAlphabetic)
    }

    /// The word before a full stop: listed abbreviation, single capital, or dotted initials.
    private func isAbbreviation(_ scalars: [Unicode.Scalar], stopAt stop: Int, from floor: Int) -> Bool {
        var j = stop
        while j > floor, !scalars[j - 1].properties.isWhitespace, !Self.openers.contains(scalars[j - 1]) { j -= 1 }
        guard j < stop else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[j..<stop])
        let word = String(view)
        if abbreviations.contains(word) { return true }
        // "A.T." / "U.S." / a lone initial "J."
        let letters = word.split(separator: ".")
        return !letters.isEmpty && letters.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    /// The longest sentence passed on, in scalars. Every later stage works per sentence and
    /// copies its text into each event, so a run-on "sentence" (a 50 MB line, thousands of
    /// clauses) is cut into pieces of at most this size, at a space where there is one; real
    /// sentences stay far below it.
    public static let longestSentence = 1_000

    /// `range` trimmed of white space and cut into pieces of at most `longestSentence` scalars.
    func pieces(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        appendTrimmed(range, scalars, into: &result)
        return result
    }

    private func appendTrimmed(_ r: Range<Int>, _ scalars: [Unicode.Scalar], into out: inout [Range<Int>]) {
        var a = r.lowerBound, b = r.upperBound
        while a < b, scalars[a].properties.isWhitespace { a += 1 }
        while b > a, scalars[b - 1].properties.isWhitespace { b -= 1 }
        while b - a > Self.longestSentence {
            var cut = a + Self.longestSentence
            let floor = a + Self.longestSentence / 2
            while cut > floor, !scalars[cut].properties.isWhitespace { cut -= 1 }
            if cut == floor { cut = a + Self.longestSentence }
            appendTrimmed(a..<cut, scalars, into: &out)
            a = cut
            while a < b, scalars[a].properties.isWhitespace { a += 1 }
        }
        if a < b { out.append(a..<b) }
    }
}
