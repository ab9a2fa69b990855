import ChronographCore
import Foundation

/// Awards stated in the narrative ("ICF named Mayor X its Intelligent Community Visionary of
/// the Year", "won the Y Award", "one of 15 finalists for the Z Awards", "made the Smart21 list"),
/// found by the cue phrases of `awards.rules` and named as `awards.rules` says.
public struct NarrativeAwardFinder: Sendable {
    /// `designation`: the name needs no award head ("named the town an All-America City").
    struct Cue: Sendable { var before: [String]; var after: [String]; var designation = false }
    /// Cues by their first word (lower case), so most tokens cost one dictionary miss.
    private let cues: [String: [Cue]]
    /// Award heads as words ("Award", "of the Year").
    private let heads: [[String]]
    /// Words that open a prize within a programme ("First Prize of the X Awards").
    private let generic: Set<String>
    /// `written form => canonical name`, matched as words inside a found name.
    private let canonical: [([String], String)]

    public static let standard = NarrativeAwardFinder(rules: RuleFile(bundle: .module, name: "awards.rules"))

    public init(rules: RuleFile) {
        let list = ["cues", "designations"].flatMap { section in
            rules.lines(section).map { line in
                let words = line.lowercased().split(separator: " ").map(String.init)
                let p = words.firstIndex(of: "{party}")
                return Cue(before: Array(words[..<(p ?? words.count)]), after: p.map { Array(words[($0 + 1)...]) } ?? [],
                           designation: section == "designations")
            }
        }
        cues = Dictionary(grouping: list, by: { $0.before[0] })
        heads = rules.lines("heads").map { $0.split(separator: " ").map(String.init) }
        generic = Set(rules.lines("generic").map { $0.lowercased() })
        canonical = rules.entries("canonical").compactMap(\.mapping).map { (Words.split($0.0), $0.1) }
    }

    /// An award name found in a sentence, with its scalar range relative to the sentence and
    /// the year it is for when the sentence says so ("the Smart21 of 2017").
    public struct Found: Equatable, Sendable {
        public var name: String
        public var range: Range<Int>
        public var year: Int?
        /// The name with the words read around it (a year before it, "of 2017" after it).
        public var extent: Range<Int>? = nil
    }

    public func find(in sentence: String) -> [Found] {
        // Most sentences hold no cue: skip them before tokenizing with offsets. A cue's words
        // before the party are whole tokens, so they are also consecutive plain words.
        let words = Words.split(sentence)
        guard words.indices.contains(where: { i in
            cues[words[i]]?.contains { cue in words[i...].starts(with: cue.before) } ?? false
        }) else { return [] }
        let tokens = Token.split(sentence)
        var found: [Found] = []
        var i = 0
        while i < tokens.count {
            // The first cue here whose words are followed by an award's name.
            if let (nameStart, name) = cueStarts(tokens, at: i).lazy
                .compactMap({ start, designation in
                    self.name(tokens, from: start, in: sentence, designation: designation).map { (start, $0) }
                }).first {
                if !found.contains(where: { $0.name == name.name }) { found.append(name) }
                i = nameStart + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// Types the events of `sentences` that state an award and adds the awards to `records`.
    /// The award takes the date of the nearest time expression of its sentence, and the later
    /// expressions that share its verb ("an All-America City in 2007, again in 2012"); the
    /// record's year is the stated award year, else the date's.
    public func attach(to events: inout [Event], records: inout [AwardRecord], sentences: [Sentence]) {
        // Grouped once: a run-on text names awards in thousands of sentences.
        let bySentence = Dictionary(grouping: events.indices.filter { events[$0].timeSpan != nil }, by: { events[$0].source })
        for sentence in sentences {
            let found = find(in: sentence.text)
            guard !found.isEmpty else { continue }
            let indices = (bySentence[sentence.span] ?? []).sorted { events[$0].timeSpan!.start < events[$1].timeSpan!.start }
            for award in found {
                let start = sentence.span.start + award.range.lowerBound
                // "named on 21 October 2015 to its Smart21 of 2016": the year the award is for
                // dates the event only when the sentence has no other time.
                let extent = award.extent ?? award.range
                let within = Set(indices.filter { extent.contains(events[$0].timeSpan!.start - sentence.span.start) })
                // An award never takes a date across a semicolon ("...; Singapore had received it
                // the year before"), and an explicit date outranks a relative one.
                let candidates = (within.count < indices.count ? indices.filter { !within.contains($0) } : indices)
                    .filter { distance(events[$0], extent, sentence) != nil }
                guard let nearest = candidates.min(by: { a, b in
                          (events[a].anchorDate != nil ? 1 : 0, distance(events[a], extent, sentence)!)
                              < (events[b].anchorDate != nil ? 1 : 0, distance(events[b], extent, sentence)!)
                      }),
                      let position = indices.firstIndex(of: nearest) else { continue }
                for index in within { events[index].type = .award }
                // Later expressions that share the verb ("in 2007, again in 2012 and once more in
                // 2013"), up to the next award's name.
                let nextAward = found.map { sentence.span.start + $0.range.lowerBound }.filter { $0 > start }.min() ?? Int.max
                var shared: [Int] = []
                for (previous, index) in zip(indices[position...], indices[(position + 1)...]) {
                    guard events[index].timeSpan!.start < nextAward,
                          Self.onlyConnects(sentence.text, from: events[previous].timeSpan!.end - sentence.span.start,
                                            to: events[index].timeSpan!.start - sentence.span.start) else { break }
                    shared.append(index)
                }
                for index in [nearest] + shared {
                    events[index].type = .award
                    events[index].title = award.name
                    if !events[index].themes.contains("recognition") {
                        events[index].themes = Array((["recognition"] + events[index].themes).prefix(3))
                    }
                    var year = index == nearest ? award.year ?? events[index].year : events[index].year
                    // Named late in a year to a list the footer gives for the next year only: the
                    // announcement of the next year's award (GUIDELINES.md, Awards).
                    if index == nearest, award.year == nil, (events[index].date.start?.month ?? 0) >= 9,
                       records.contains(AwardRecord(award: award.name, year: year + 1)),
                       !records.contains(AwardRecord(award: award.name, year: year)) {
                        year += 1
                    }
                    let record = AwardRecord(award: award.name, year: year)
                    if !records.contains(record) { records.append(record) }
                }
            }
        }
    }

    /// How far a time expression is from an award's words: a clause break between them ("won
    /// the X Award, and in 2013 ...", "in 2009, then named it ...") counts as far away, and
    /// across a semicolon the expression is none of the award's (nil).
    private func distance(_ event: Event, _ extent: Range<Int>, _ sentence: Sentence) -> Int? {
        let at = event.timeSpan!.start - sentence.span.start
        let scalars = Array(sentence.text.unicodeScalars)
        let gap = at < extent.lowerBound ? at..<extent.lowerBound : extent.upperBound..<max(extent.upperBound, at)
        let between = String(String.UnicodeScalarView(scalars[gap.clamped(to: 0..<scalars.count)]))
        guard !between.contains(";") else { return nil }
        let broken = [", and ", ", but ", ", then ", ", while "].contains { between.contains($0) }
        return gap.count + (broken ? scalars.count : 0)
    }

    /// Whether the words between two time expressions only join them ("in 2007, again in 2012
    /// and once more in 2013"): the later one shares the earlier one's verb.
    private static func onlyConnects(_ sentence: String, from: Int, to: Int) -> Bool {
        let scalars = Array(sentence.unicodeScalars)
        guard from <= to, to <= scalars.count else { return false }
        let words = Words.split(String(String.UnicodeScalarView(scalars[from..<to])))
        return words.count <= 4 && words.allSatisfy(connecting.contains)
    }

    private static let connecting: Set<String> = ["and", "again", "once", "more", "in", "on", "then", "also", "twice", "or"]

    /// Index of the first token after each cue starting at `i`, in file order, and whether the
    /// cue names a designation.
    private func cueStarts(_ tokens: [Token], at i: Int) -> [(Int, Bool)] {
        var starts: [(Int, Bool)] = []
        for cue in cues[tokens[i].text.lowercased()] ?? [] {
            guard matches(tokens, at: i, cue.before) else { continue }
            var j = i + cue.before.count
            if cue.after.isEmpty { starts.append((j, cue.designation)); continue }
            let limit = min(tokens.count, j + 9)
            j += 1
            while j < limit {
                if matches(tokens, at: j, cue.after) { starts.append((j + cue.after.count, cue.designation)); break }
                j += 1
            }
        }
        return starts
    }

    private func matches(_ tokens: [Token], at i: Int, _ words: [String]) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        return zip(tokens[i..<i + words.count], words).allSatisfy { $0.text.lowercased() == $1 }
    }

    private static let connectors: Set<String> = ["of", "the", "for", "and", "de", "in", "&"]
    private static let determiners: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "our",
                                                   "two", "three", "four", "five", "six", "several", "many"]

    private func name(_ tokens: [Token], from start: Int, in sentence: String, designation: Bool = false) -> Found? {
        guard start < tokens.count else { return nil }
        let scalars = Array(sentence.unicodeScalars)
        // A quoted name runs to the closing quote (or the end of the sentence).
        if let open = tokens[start].leadingQuote {
            var end = scalars.count
            if let close = scalars[(tokens[start].range.lowerBound + 1)...].firstIndex(where: { Token.closing(open).contains($0) }) {
                end = close
            }
            var a = tokens[start].range.lowerBound + 1, b = end
            while b > a, ".,;: ".unicodeScalars.contains(scalars[b - 1]) { b -= 1 }
            while a < b, scalars[a] == " " { a += 1 }
            guard a < b else { return nil }
            return Found(name: text(scalars, a..<b), range: a..<b)
        }
        var first = skipLead(tokens, from: start)
        let leadYear = (start..<first).lazy.compactMap { Self.year(tokens[$0].bare) }.first
        // "the safety prize of the X Awards": a prize named in lower case within a programme.
        if first < tokens.count, tokens[first].bare.first?.isLowercase == true {
            guard let of = nextOf(tokens, from: first, within: 6) else { return nil }
            first = skipLead(tokens, from: of + 1)
        }
        guard var run = capitalisedRun(tokens, from: first) else { return nil }
        // "First Prize of the Y Awards", "the Z category of the 2024 Y Award": a prize within a
        // programme is recorded by the programme's name.
        while generic.contains(tokens[run.lowerBound].bare.lowercased())
                || run.upperBound < tokens.count && generic.contains(tokens[run.upperBound].bare.lowercased()) {
            let from = headEnd(tokens, in: run) ?? run.upperBound
            guard let of = nextOf(tokens, from: from, within: 5),
                  let next = capitalisedRun(tokens, from: skipLead(tokens, from: of + 1)) else { return nil }
            run = next
        }
        // "the IoT Cities competition": a head in lower case may close the capitalised words.
        if run.upperBound < tokens.count, !tokens[run.upperBound - 1].endsClause,
           heads.contains([tokens[run.upperBound].bare]) {
            run = run.lowerBound..<run.upperBound + 1
        }
        // The name ends with its first head ("the X Award of the Y Awards" is the X Award), or
        // with the words naming what it is for ("Award for Public Sector Transformation").
        var last = run.upperBound - 1
        if let end = headEnd(tokens, in: run), !(end < run.upperBound && tokens[end].bare == "for") {
            last = end - 1
        }
        // "an All-America City in 2007": the date after a name is not part of it.
        while last > run.lowerBound, Self.year(tokens[last].bare) != nil || Self.connectors.contains(tokens[last].bare.lowercased()) {
            last -= 1
        }
        let range = tokens[run.lowerBound].bareRange.lowerBound..<tokens[last].bareRange.upperBound
        var name = text(scalars, range)
        let words = Words.split(name)
        if let form = canonical.first(where: { form in words.indices.contains { words[$0...].starts(with: form.0) } }) {
            name = form.1
        } else if designation ? last == run.lowerBound && !tokens[last].bare.contains("-") : headEnd(tokens, in: run.lowerBound..<last + 1) == nil {
            return nil
        }
        let stated = statedYear(tokens, in: last + 1..<run.upperBound + 1)
        let extentEnd = stated.map { _ in tokens[min(tokens.count, run.upperBound + 1) - 1].range.upperBound } ?? range.upperBound
        return Found(name: name, range: range, year: stated?.year ?? leadYear,
                     extent: tokens[start].range.lowerBound..<max(extentEnd, range.upperBound))
    }

    /// The token index just after the first award head inside `run` ("Award", "of the Year").
    private func headEnd(_ tokens: [Token], in run: Range<Int>) -> Int? {
        for k in run {
            for head in heads where k + head.count <= run.upperBound
                && zip(tokens[k..<k + head.count], head).allSatisfy({ $0.bare == $1 }) {
                return k + head.count
            }
        }
        return nil
    }

    /// The next "of" within a few tokens, not across a clause break.
    private func nextOf(_ tokens: [Token], from start: Int, within limit: Int) -> Int? {
        var k = start
        while k < min(tokens.count, start + limit) {
            if tokens[k].bare.lowercased() == "of", k + 1 < tokens.count { return k }
            if tokens[k].endsClause { return nil }
            k += 1
        }
        return nil
    }

    /// Skips determiners, a possessive ("the government's"), a sum ("£10 million") and a year.
    private func skipLead(_ tokens: [Token], from start: Int) -> Int {
        var i = start
        while i < tokens.count {
            let bare = tokens[i].bare, lower = bare.lowercased()
            if Self.determiners.contains(lower) || lower.hasSuffix("'s") || lower.hasSuffix("\u{2019}s")
                || lower == "million" || lower == "billion"
                || tokens[i].text.first.map({ !$0.isLetter && !$0.isNumber && !"\"\u{201C}'\u{2018}".contains($0) }) == true
                || Self.year(bare) != nil {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// Capitalised words with inner connectors and numbers, ending on a capitalised word.
    private func capitalisedRun(_ tokens: [Token], from start: Int) -> Range<Int>? {
        var end = start
        var lastCapital = -1
        while end < tokens.count {
            let word = tokens[end].bare
            if word.first?.isUppercase == true || word.first?.isNumber == true && end > start {
                lastCapital = end
            } else if !(Self.connectors.contains(word.lowercased()) && end > start) {
                break
            }
            if tokens[end].endsClause { break }
            end += 1
        }
        return lastCapital >= start ? start..<lastCapital + 1 : nil
    }

    /// "the Smart21 for 2017", "Top7 Intelligent Communities of 2016": a year just after the head.
    private func statedYear(_ tokens: [Token], in window: Range<Int>) -> (year: Int, token: Int)? {
        for k in window where k + 1 < tokens.count && ["of", "for"].contains(tokens[k].bare.lowercased()) {
            if let year = Self.year(tokens[k + 1].bare) { return (year, k + 1) }
            if tokens[k].endsClause { break }
        }
        return nil
    }

    private static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1800...2200).contains(year) else { return nil }
        return year
    }

    private func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

/// A white-space separated word of a sentence with its scalar range.
struct Token: Sendable {
    var text: String
    var range: Range<Int>
    /// Without surrounding quotes and punctuation.
    var bare: String
    var bareRange: Range<Int>

    static let openQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{2018}", "\u{00AB}", "'"]
    static func closing(_ open: Unicode.Scalar) -> Set<Unicode.Scalar> {
        switch open {
        case "\u{201C}": return ["\u{201D}", "\""]
        case "\u{2018}": return ["\u{2019}"]
        case "\u{00AB}": return ["\u{00BB}"]
        default: return [open]
        }
    }

    var leadingQuote: Unicode.Scalar? {
        guard let first = text.unicodeScalars.first, Token.openQuotes.contains(first) else { return nil }
        return first
    }

    var endsClause: Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ",;:.!?)\u{201D}\"".unicodeScalars.contains(last)
    }

    static func split(_ sentence: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(sentence.unicodeScalars)
        var i = 0
        while i < scalars.count {
            while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
            let start = i
            while i < scalars.count, !scalars[i].properties.isWhitespace { i += 1 }
            guard start < i else { break }
            var a = start, b = i
            while a < b, !scalars[a].properties.isAlphabetic, !("0"..."9").contains(scalars[a]) { a += 1 }
            while b > a, !scalars[b - 1].properties.isAlphabetic, !("0"..."9").contains(scalars[b - 1]) { b -= 1 }
            var whole = String.UnicodeScalarView(), bare = String.UnicodeScalarView()
            whole.append(contentsOf: scalars[start..<i])
            bare.append(contentsOf: scalars[a..<b])
            tokens.append(Token(text: String(whole), range: start..<i, bare: String(bare), bareRange: a..<b))
        }
        return tokens
    }
}
