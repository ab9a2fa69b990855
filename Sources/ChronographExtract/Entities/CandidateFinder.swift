import ChronographCore

/// A possible name in one sentence, with what its own words and its context say about it.
struct Candidate: Sendable {
    /// Scalar range in the sentence of the surface form (title included, "the" excluded).
    var range: Range<Int>
    var surface: String
    /// The name without a leading title ("Mayor Ramírez" → "Ramírez").
    var core: String
    var coreWords: [String]
    var kind: EntityKind?
    /// 4 name says network or legal form, 3 lexicon or explicit context noun, 2 head word,
    /// 1 weak cue, 0 shape only.
    var strength = 0
    /// Named as a party to an action (co-operates, hosts, partners...).
    var party = false
    /// A lone sentence-initial word, a name only if known from elsewhere.
    var sentenceInitial = false
    /// All-capitals single word ("ICF", "EU").
    var isAcronym = false
    /// Index (in the sentence's candidates) of the name this one is a parenthetical alias of.
    var aliasOf: Int?
    /// Owner prefix: an organization name inside a longer name ("World Bank" in "World Bank ... Indicators").
    var owner: (core: String, range: Range<Int>)?
    /// The possessive community before the name ("Lakeport’s Living Lab"), for the alias surface form.
    var ownerSurface: Range<Int>?
    /// The type of a name no word or cue types: what its shape suggests (a capitalised word
    /// that is no English word is most often a company). The weakest evidence of all.
    var fallback: EntityKind?

    mutating func type(_ kind: EntityKind, _ strength: Int) {
        if strength > self.strength { self.kind = kind; self.strength = strength }
    }
}

/// Finds candidate names in a sentence: capitalised runs joined by name connectors, typed by
/// their head words, the lexicons and the words around them. One pass over the tokens.
struct CandidateFinder: Sendable {
    let lexicon: EntityLexicon
    /// Folded forms that name a profiled community ("lakeport", "city of lakeport").
    let communityForms: Set<String>

    func candidates(in sentence: ScannedSentence) -> [Candidate] {
        let tokens = sentence.tokens, folded = sentence.folded
        var runs = extendForeignNames(baseRuns(tokens), tokens)
        runs = joinRuns(runs, tokens, folded)
        runs = joinTopicLists(runs, tokens, folded)
        runs = runs.map { withEditionYear($0, tokens, folded) }
        runs = runs.flatMap { splitPersonRun($0, folded) }
        runs = runs.flatMap { splitPlaceOfPlace($0, folded) }
        var found: [Candidate] = []
        var runOfCandidate: [Range<Int>] = []
        let slogans = sloganSpans(tokens)
        for run in runs where !slogans.contains(where: { $0.contains(run.lowerBound) }) {
            guard let candidate = candidate(run, tokens, folded, sentence.scalars) else { continue }
            found.append(candidate)
            runOfCandidate.append(run)
        }
        linkParentheses(&found, runOfCandidate, tokens)
        shareListTypes(&found, runOfCandidate, tokens)
        placeBeforeRegion(&found, runOfCandidate, tokens)
        for t in tokens where t.shape == .joiner && isAdjective(t) {
            // "a Lakeport-based firm": the place in a hyphenated adjective.
            guard let hyphen = t.text.lastIndex(of: "-") else { continue }
            let stem = String(t.text[..<hyphen])
            let words = NameScanner.words(stem)
            guard lexicon.places[words] != nil || lexicon.worldPlaces[words] != nil, !communityForms.contains(Slug.fold(stem)) else { continue }
            var place = Candidate(range: t.range.lowerBound..<(t.range.lowerBound + stem.unicodeScalars.count), surface: stem, core: stem, coreWords: words)
            place.type(.place, 3)
            found.append(place)
        }
        return found
    }

    /// Token ranges inside quotations that a slogan noun opens: `theme "…"`, `motto, "…"`,
    /// `slogan: "…"`. One pass: any quote ends the current span; “ opens one, and so does a
    /// straight quote that is odd in the sentence.
    private func sloganSpans(_ tokens: [WordToken]) -> [Range<Int>] {
        var spans: [Range<Int>] = [], straight = 0, open: Int?
        for (i, t) in tokens.enumerated() where "\"“”".contains(t.text) {
            if t.text == "\"" { straight += 1 }
            if let o = open { spans.append((o + 1)..<i); open = nil }
            guard t.text == "“" || t.text == "\"" && straight % 2 == 1 else { continue }
            var noun = i - 1
            while noun >= 0, [",", ":"].contains(tokens[noun].folded) { noun -= 1 }
            if noun >= 0, lexicon.sloganNouns.contains(tokens[noun].folded) { open = i }
        }
        if let o = open { spans.append((o + 1)..<tokens.count) }
        return spans
    }

    // MARK: runs

    private func isRunWord(_ t: WordToken) -> Bool {
        t.isNameWord && !lexicon.calendar.contains(t.folded) || t.shape == .joiner && hasPlaceSuffix(t)
    }

    /// "Sinsa-dong", "Minato-ku": a capitalised word with a hyphenated place suffix.
    private func hasPlaceSuffix(_ t: WordToken) -> Bool {
        guard let hyphen = t.folded.lastIndex(of: "-"), hyphen > t.folded.startIndex else { return false }
        return lexicon.placeEndings.contains(String(t.folded[hyphen...]))
    }

    /// Maximal capitalised runs with connectors, numbers and company suffixes inside.
    private func baseRuns(_ tokens: [WordToken]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        let firstWord = tokens.firstIndex(where: \.isWord)
        var i = 0
        while i < tokens.count {
            var t = tokens[i]
            guard isRunWord(t) else { i += 1; continue }
            // Sentence-initial function words ("The", "In", "By") are not part of a name; nor
            // after a colon or a table bar ("- 2006: A trial runs ...", "| 2003 | A plan ...").
            let opensClause = i == firstWord || i > 0 && [":", "|"].contains(tokens[i - 1].folded)
            if opensClause, lexicon.notNames.contains(t.folded) { i += 1; continue }
            let start = i
            var last = i
            var j = i + 1
            while j < tokens.count, !t.possessive {
                let next = tokens[j]
                let after = j + 1 < tokens.count ? tokens[j + 1] : nil
                if isRunWord(next) || (next.shape == .joiner && after.map(isRunWord) == true && !isAdjective(next)) {
                    last = j
                } else if next.shape == .joiner, lexicon.familyNames.contains(tokens[j - 1].folded), !isAdjective(next) {
                    // "Park Ji-won": a hyphenated given name after a family name ends the name.
                    last = j
                    break
                } else if next.shape == .number, tokens[j - 1].isWord, next.range.lowerBound == tokens[j - 1].range.upperBound + 1 {
                    last = j
                    // "Plan 2020–2025": a range of years ends the name.
                    if let a = after, a.text == "–" || a.text == "-", j + 2 < tokens.count, tokens[j + 2].shape == .number,
                       a.range.lowerBound == next.range.upperBound, tokens[j + 2].range.lowerBound == a.range.upperBound {
                        last = j + 2
                        break
                    }
                } else if next.shape == .lower, lexicon.connectors.contains(next.folded), let a = after, isRunWord(a) {
                    // connector: continue
                } else if next.folded == "the", ["of", "for"].contains(tokens[j - 1].folded), let a = after, isRunWord(a) {
                    // "of the Year", "Institute for the Blind"
                } else if next.folded == ",", let a = after, NameScanner.commaSuffixes.contains(a.folded) {
                    // "Co., Ltd."
                } else if next.folded == "&", let a = after, isRunWord(a) {
                } else {
                    break
                }
                t = next
                j += 1
            }
            runs.append(start..<(last + 1))
            i = last + 1
        }
        return runs
    }

    /// "Conseil de la ville numérique (City Digital Council)", "Secretaria de Ciência e Tecnologia":
    /// a name in a Romance language goes on in lower case after "de", "du", "da"...; it is taken
    /// up to the punctuation that closes it (at most eight words), never over English words.
    private func extendForeignNames(_ runs: [Range<Int>], _ tokens: [WordToken]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for run in runs {
            if let last = out.last, last.upperBound > run.lowerBound { continue }
            var end = run.upperBound
            // Also "Assemblée nationale du X", "(Tekninen opisto, ...)": lower-case words
            // that are no English words, after a name word that is none either, with an accent
            // or opening a parenthesis.
            let foreignStart = end < tokens.count && tokens[end].shape == .lower && !lexicon.englishWords.contains(tokens[end].folded)
                && !lexicon.functionWords.contains(tokens[end].folded) && !lexicon.englishWords.contains(tokens[end - 1].folded)
                && tokens[end - 1].shape == .capitalised && !tokens[end - 1].possessive
                && (tokens[end].text.unicodeScalars.contains { !$0.isASCII } || tokens[end - 1].text.unicodeScalars.contains { !$0.isASCII }
                    || run.lowerBound > 0 && tokens[run.lowerBound - 1].text == "(")
            if end < tokens.count, tokens[end].shape == .lower, lexicon.romanceConnectors.contains(tokens[end].folded) || foreignStart {
                var j = end + 1
                while j < tokens.count, j - end <= 8, tokens[j].isWord, tokens[j].shape != .number,
                      !lexicon.functionWords.contains(tokens[j].folded) || lexicon.romanceConnectors.contains(tokens[j].folded) { j += 1 }
                let closed = j == tokens.count || tokens[j].shape == .punct && !"-&".contains(tokens[j].text)
                if closed, j > end + (foreignStart ? 0 : 1), !lexicon.romanceConnectors.contains(tokens[j - 1].folded) { end = j }
            }
            out.append(run.lowerBound..<end)
        }
        return out
    }

    /// "Lakeport-based", "state-owned": a hyphenated adjective in front of a name is not part of it.
    private func isAdjective(_ t: WordToken) -> Bool {
        guard let hyphen = t.folded.lastIndex(of: "-") else { return false }
        return lexicon.adjectiveEndings.contains(String(t.folded[t.folded.index(after: hyphen)...]))
    }

    /// A person's name stops before a connector: "Dr. Jane Roe of Lakeport University" is a
    /// person and an organisation, "Jane and John Roe" two people. Not when the words before the
    /// connector end in a head word ("Jane Roe School of Music").
    private func splitPersonRun(_ run: Range<Int>, _ words: [String]) -> [Range<Int>] {
        let first = words[run.lowerBound]
        // "Mayor of Lakeport", "Minister for Ports": a role, and the body or place it serves.
        if run.count >= 3, lexicon.titles[[first]] != nil, ["of", "for"].contains(words[run.lowerBound + 1]) {
            return [(run.lowerBound + 2)..<run.upperBound]
        }
        // "Acme President": the organisation; the title goes with the name after it.
        if run.count >= 2, lexicon.titles[[words[run.upperBound - 1]]] != nil, lexicon.titles[[first]] == nil {
            return [run.lowerBound..<(run.upperBound - 1)]
        }
        guard run.count >= 3, lexicon.titles[[first]] != nil || lexicon.givenNames.contains(first)
                || lexicon.familyNames.contains(first),
              let cut = run.dropFirst().first(where: { ["of", "and", "&", "for", "at", "from", "in", "on", "the"].contains(words[$0]) }),
              cut > run.lowerBound + 1 || lexicon.titles[[first]] == nil,
              head(Array(words[run.lowerBound..<cut])) == nil else { return [run] }
        let rest = (cut + 1)..<run.upperBound
        return rest.isEmpty || words[cut] == "the" ? [run.lowerBound..<cut] : [run.lowerBound..<cut, rest]
    }

    /// "the 2030 Lakeport Games": a year in front of a recurring event's name is part of it.
    private func withEditionYear(_ run: Range<Int>, _ tokens: [WordToken], _ words: [String]) -> Range<Int> {
        guard run.lowerBound > 0, let h = head(Array(words[run])), h.end == run.count,
              lexicon.editionHeads.contains(words[run.lowerBound + h.start]) else { return run }
        let year = tokens[run.lowerBound - 1]
        guard year.shape == .number, year.text.count == 4, year.text.allSatisfy(\.isNumber) else { return run }
        return (run.lowerBound - 1)..<run.upperBound
    }

    /// "Eastdale District of Lakeport", "Millbrook County of Westland Province": a place inside
    /// another is two places, not one name.
    private func splitPlaceOfPlace(_ run: Range<Int>, _ words: [String]) -> [Range<Int>] {
        guard let of = run.first(where: { words[$0] == "of" }), of > run.lowerBound + 1, of + 1 < run.upperBound,
              head(Array(words[run.lowerBound..<of])).map({ $0.kind == .place && $0.end == of - run.lowerBound }) == true
        else { return [run] }
        let rest = Array(words[(of + 1)..<run.upperBound])
        let known = lexicon.places[rest] != nil || lexicon.worldPlaces[rest] != nil || communityForms.contains(rest.joined(separator: " "))
            || head(rest).map { $0.kind == .place && $0.end == rest.count } == true
        return known ? [run.lowerBound..<of, (of + 1)..<run.upperBound] : [run]
    }

    /// "Smart District and Village System": a run joins the next one over "and" when only the
    /// second has a head word; "Test in Lakeport program": over "in" when a type noun follows.
    private func joinRuns(_ runs: [Range<Int>], _ tokens: [WordToken], _ words: [String]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for run in runs {
            // "Queen's University", "the Mayor's Task Force": a possessive title, given name or
            // common word belongs to the name after it (a place or a company owns it instead).
            if let previous = out.last, run.lowerBound == previous.upperBound, tokens[previous.upperBound - 1].possessive,
               head(Array(words[run])).map({ $0.end == run.count }) == true,
               previous.allSatisfy({ lexicon.titles[[words[$0]]] != nil || lexicon.givenNames.contains(words[$0])
                   || lexicon.englishWords.contains(words[$0]) }) {
                out[out.count - 1] = previous.lowerBound..<run.upperBound
                continue
            }
            if let previous = out.last, run.lowerBound == previous.upperBound + 1 {
                let between = tokens[previous.upperBound].folded
                let leftHead = head(Array(words[previous]))?.kind
                let rightHead = head(Array(words[run]))?.kind
                // Topics coordinated inside one name, not two names in a list ("A, B and C").
                let leftStartsList = previous.lowerBound > 0 && tokens[previous.lowerBound - 1].folded == ","
                let leftPrefixed = longestPrefix(lexicon.prefixes, Array(words[previous])) != nil
                let rightHeadEnds = head(Array(words[run])).map { $0.end == run.count } ?? false
                let leftAcronym = tokens[previous].contains { $0.shape == .acronym }
                // "the Harbour Strategy and Action Plan", "the Media Lab and Maker Space": a second
                // head of common words only is the companion part of one named thing.
                let companion = leftHead == .initiative && (rightHead == .initiative || rightHead == .facility)
                    && run.count <= 3 && run.allSatisfy { lexicon.englishWords.contains(words[$0]) && tokens[$0].shape == .capitalised }
                let joinAnd = between == "and" && rightHead != nil && rightHeadEnds && !leftAcronym && !leftStartsList
                    && (leftHead == nil || leftHead == .facility || leftHead == .place && rightHead != .place || companion)
                    && (rightHead != .organization || leftPrefixed)
                    && !tokens[previous.upperBound - 1].possessive
                let joinIn = (between == "in" || between == "on") && leftHead == nil && rightHead == nil
                    && followingNoun(tokens, after: run.upperBound, plural: false) != nil
                if joinAnd || joinIn {
                    out[out.count - 1] = previous.lowerBound..<run.upperBound
                    continue
                }
            }
            if let previous = out.last, isTitle(previous, run, tokens, words) {
                out[out.count - 1] = previous.lowerBound..<run.upperBound
                continue
            }
            out.append(run)
        }
        return out
    }

    /// "Learn While You Earn"-style titles with small words in lower case: "Linking to Prosperity",
    /// "Library as a Platform", "Teach Like a Pilot". Two runs of capitalised common words (no
    /// place, person or foreign word in either, no head in either) over one or two title words
    /// make one name when the whole is at most eight words; the context must still type it, or
    /// it is dropped.
    private func isTitle(_ left: Range<Int>, _ right: Range<Int>, _ tokens: [WordToken], _ words: [String]) -> Bool {
        let gap = left.upperBound..<right.lowerBound
        guard (1...2).contains(gap.count), left.count + gap.count + right.count <= 8,
              tokens[gap].allSatisfy({ $0.shape == .lower && lexicon.titleWords.contains($0.folded) }),
              !tokens[left.upperBound - 1].possessive else { return false }
        func common(_ run: Range<Int>) -> Bool {
            run.allSatisfy { i in
                tokens[i].shape == .capitalised && lexicon.englishWords.contains(words[i]) && !lexicon.givenNames.contains(words[i])
                    || lexicon.connectors.contains(words[i]) && i > run.lowerBound
            } && lexicon.places[Array(words[run])] == nil && lexicon.worldPlaces[Array(words[run])] == nil
        }
        // (A left run with a head or a prefix is a name of its own: "Ministry of Finance as the ...";
        // a head on the right makes a slogan look typed: "City as a Living Lab".)
        let leftWords = Array(words[left])
        return common(left) && common(right) && head(leftWords) == nil && head(Array(words[right])) == nil
            && longestPrefix(lexicon.prefixes, leftWords) == nil
    }

    /// Topics listed inside one name: "School of Arts, Design and Media", "Ministry of Trade and
    /// Industry", "Parks, Recreation and Culture Department". The listed runs are common words
    /// (no head of their own); the list ends in "and"; either the first run has an "of"/"for"
    /// complement of common words, or the last run ends in a head word.
    private func joinTopicLists(_ runs: [Range<Int>], _ tokens: [WordToken], _ words: [String]) -> [Range<Int>] {
        func isTopic(_ run: Range<Int>, maxWords: Int) -> Bool {
            run.count <= maxWords && head(Array(words[run])) == nil
                && run.allSatisfy { tokens[$0].shape == .capitalised && lexicon.englishWords.contains(words[$0]) }
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < runs.count {
            var k = i, closed = false
            while k + 1 < runs.count, !closed {
                let gap = Array(words[runs[k].upperBound..<runs[k + 1].lowerBound])
                if gap == ["and"] || gap == [",", "and"] || gap == ["&"] { closed = true } else if gap != [","] { break }
                k += 1
                // "World Trade, Finance and Services Alliance": the last item joined inside the last run.
                if gap == [","], words[runs[k]].contains(where: { $0 == "and" || $0 == "&" }) { closed = true }
            }
            if closed, k > i, runs[(i + 1)..<k].allSatisfy({ isTopic($0, maxWords: 2) }) {
                let first = runs[i]
                let complement = first.dropFirst().first { words[$0] == "of" || words[$0] == "for" }
                let ofList = complement.map { of in
                    head(Array(words[first.lowerBound..<of])) != nil || lexicon.prefixes[[words[of - 1], words[of]]] != nil
                        ? isTopic((of + 1)..<first.upperBound, maxWords: 3) && isTopic(runs[k], maxWords: 3) : false
                } ?? false
                let headList = isTopic(first, maxWords: 2) && head(Array(words[runs[k]])).map { $0.end == runs[k].count } == true
                if ofList || headList {
                    out.append(first.lowerBound..<runs[k].upperBound)
                    i = k + 1
                    continue
                }
            }
            out.append(runs[i])
            i += 1
        }
        return out
    }

    // MARK: typing

    struct Head { var kind: EntityKind; var start: Int; var end: Int }

    /// The rightmost head word of a name, allowing an "of ..." tail or trailing acronyms/numbers.
    func head(_ words: [String]) -> Head? {
        var end = words.count
        while end > 0 {
            if let (start, kind) = lexicon.heads.longest(endingAt: end, in: words) {
                return Head(kind: kind, start: start, end: end)
            }
            end -= 1
        }
        return nil
    }

    private func candidate(_ run: Range<Int>, _ tokens: [WordToken], _ folded: [String], _ scalars: [Unicode.Scalar]) -> Candidate? {
        var words = Array(folded[run])
        var start = run.lowerBound
        // A nationality in front of a title ("the French Minister") is not part of a name.
        while start < run.upperBound - 1, lexicon.nationalities.contains(words[0]), lexicon.titles[[words[1]]] != nil {
            start += 1
            words.removeFirst()
        }
        var prefixOwner: (core: String, range: Range<Int>)?
        // "Lakeport Chairman Jane Roe", "Acme CEO Kim Lee": an organisation named before a title.
        if longestPrefix(lexicon.titles, words) == nil, words.count >= 3,
           let at = (1..<min(3, words.count - 1)).first(where: { p in
               longestPrefix(lexicon.titles, Array(words[p...])).map { p + $0.0 < words.count } ?? false }) {
            let ownerRange = tokens[start].range.lowerBound..<tokens[start + at - 1].range.upperBound
            if !lexicon.isGeneric(Array(words[..<at])) { prefixOwner = (NameScanner.string(scalars[ownerRange]), ownerRange) }
            start += at
            words.removeFirst(at)
        }
        let range = tokens[start].range.lowerBound..<tokens[run.upperBound - 1].range.upperBound
        let surface = NameScanner.string(scalars[range])
        if communityForms.contains(Slug.fold(surface)) { return nil }
        if words.count == 1 {
            let w = words[0]
            // "A$7.9 million", "NT$30 million": a currency, not a name.
            if w.count <= 3, range.upperBound < scalars.count, scalars[range.upperBound] == "$" { return nil }
            if lexicon.genericAcronyms.contains(w) || lexicon.nationalities.contains(w)
                || lexicon.notNames.contains(w) && start == tokens.firstIndex(where: \.isWord) { return nil }
        }
        if lexicon.nationalities.contains(words.joined(separator: " ")) || lexicon.genericPhrases[words] != nil { return nil }
        // "Lakeporters", "Han Chinese": a people, not a named thing.
        if let last = words.last, words.count <= 2, isNationality(last) { return nil }
        var c = Candidate(range: range, surface: surface, core: surface, coreWords: words)
        // "The Lakeport Forum" mid-sentence: "The" is the article, kept in the surface only.
        if words.count >= 2, words[0] == "the" {
            c.coreWords = Array(words.dropFirst())
            c.core = NameScanner.string(scalars[tokens[start + 1].range.lowerBound..<range.upperBound])
        }
        c.isAcronym = words.count == 1 && tokens[start].shape == .acronym
        c.sentenceInitial = start == tokens.firstIndex(where: \.isWord) && words.count == 1 && tokens[start].shape == .capitalised
        if let prefixOwner { c.owner = prefixOwner }

        // Title + name → person, titles stripped ("General Lord Roe" → "Roe").
        if let end = titlesEnd(words), end < words.count, head(Array(words[end...])).map({ $0.end == words.count - end }) != true,
           tokens[start + end].isNameWord || tokens[start + end].shape == .joiner, !lexicon.connectors.contains(words[end]) {
            let coreRange = tokens[start + end].range.lowerBound..<range.upperBound
            c.core = NameScanner.string(scalars[coreRange])
            c.coreWords = Array(words[end...])
            c.type(.person, 3)
        } else if words.count == 1, lexicon.titles[words] != nil {
            return nil
        }
        let coreWords = c.coreWords
        if lexicon.places[coreWords] != nil { c.type(.place, 3) } else if !c.isAcronym, lexicon.worldPlaces[coreWords] != nil { c.type(.place, 1) }
        if let (end, _) = longestPrefix(lexicon.placePrefixes, coreWords), end < coreWords.count { c.type(.place, 2) }
        if isPlaceCompound(tokens[start..<run.upperBound]) || coreWords.count == 1 && hasPlaceSuffix(tokens[start]) { c.type(.place, 2) }
        if coreWords.count == 1, tokens[start].text.hasPrefix("#") { c.type(.initiative, 2) }
        // "the 2030 Lakeport Forum": a name led by its edition year is an event held, an initiative.
        if coreWords.count >= 2, tokens[start].shape == .number, tokens[start].text.count == 4 { c.type(.initiative, 3) }
        // "Vision 2030", "Lakeport 2.0": a name that ends in a year or a version names a plan or
        // programme ("Between 1990", "Highway 10" do not).
        if c.kind == nil, coreWords.count >= 2, tokens[run.upperBound - 1].shape == .number,
           tokens[run.upperBound - 1].text.count >= 3 || tokens[run.upperBound - 1].text.contains("."),
           !lexicon.functionWords.contains(coreWords[0]), !(coreWords.count == 2 && start == tokens.firstIndex(where: \.isWord)) {
            c.type(.initiative, 2)
        }
        // "Greater Lakeport", "East Millbrook": a direction or extent in front of a known place.
        if coreWords.count >= 2, lexicon.placeModifiers.contains(coreWords[0]) {
            // (Two of them too: "North West Ruritania".)
            let modifiers = coreWords.count >= 3 && lexicon.placeModifiers.contains(coreWords[1]) ? 2 : 1
            let rest = Array(coreWords.dropFirst(modifiers))
            if lexicon.places[rest] != nil || lexicon.worldPlaces[rest] != nil || communityForms.contains(rest.joined(separator: " ")) {
                c.type(.place, 3)
            }
        }
        if coreWords.count >= 2, coreWords.count <= 3, lexicon.placeModifiers.contains(coreWords[0]),
           coreWords.dropFirst().allSatisfy({ !lexicon.englishWords.contains($0) && lexicon.heads[[$0]] == nil }) {
            c.type(.place, 2)
        }
        // "Xinbei City", "Zhudong Township": an unknown word and a kind of place (weak: new
        // districts and developments are named so too).
        if coreWords.count == 2, ["city", "town", "township", "county", "province", "prefecture", "village"].contains(coreWords[1]),
           !lexicon.englishWords.contains(coreWords[0]), tokens[start].shape == .capitalised { c.type(.place, 1) }
        // "Jane Q. Roe", "John Roe Jr.": a middle initial or a generational suffix makes a person.
        if coreWords.count >= 3, (1..<(coreWords.count - 1)).contains(where: { coreWords[$0].count == 2 && coreWords[$0].hasSuffix(".") }),
           !coreWords.contains(where: { lexicon.connectors.contains($0) }), head(coreWords) == nil {
            c.type(.person, 2)
        }
        if coreWords.count >= 2, let last = coreWords.last, ["jr.", "jr", "sr.", "ii", "iii"].contains(last) { c.type(.person, 3) }
        // "Jean-Luc Roe": a hyphenated given name.
        if coreWords.count >= 2, coreWords.count <= 3, tokens[start].text.contains("-"),
           let part = coreWords[0].split(separator: "-").first, lexicon.givenNames.contains(String(part)) { c.type(.person, 2) }
        if let (end, kind) = longestPrefix(lexicon.prefixes, coreWords), end < coreWords.count { c.type(kind, 3) }
        if var h = head(coreWords) {
            // "European Network of Living Labs": a head inside the "of ..." complement does not
            // type the name; the words before "of" do.
            if let of = coreWords.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0, h.start > of {
                if lexicon.prefixes[[coreWords[of - 1], coreWords[of]]] == .organization {
                    h = Head(kind: .organization, start: of - 1, end: coreWords.count)
                } else if let before = head(Array(coreWords[..<of])) {
                    h = Head(kind: before.kind, start: before.start, end: coreWords.count)
                }
            }
            let tail = coreWords[h.end...]
            let tailOK = tail.isEmpty || tail.first == "of" || tail.first == "for"
                || tokens[(start + h.end)..<run.upperBound].allSatisfy { $0.shape == .acronym || $0.shape == .number }
            // "Centre for Applied Optics", "Institute of Design": a facility head with a field
            // complement names the institution.
            var kind = h.kind == .facility && (tail.first == "for" || tail.first == "of") ? EntityKind.organization : h.kind
            // "Lakeport Park", "Roe Park": a park named after a place or a person is a green
            // space, unless the text builds or opens it (GUIDELINES: then an initiative);
            // "Lakeport Science Park" is a facility.
            if coreWords[h.start...].first == "park", h.end == coreWords.count, h.start > 0,
               coreWords[..<h.start].allSatisfy({ !lexicon.englishWords.contains($0) }),
               !phraseEnds(lexicon.initiativeBefore, folded, at: start) { kind = .place }
            if tailOK { c.type(kind, kind == .network ? 4 : 2) }
        }
        // "Lakeport Data Center LLC": a legal form settles the type whatever the other words say.
        if coreWords.count >= 2, let last = coreWords.last, NameScanner.commaSuffixes.contains(last) { c.type(.organization, 4) }
        let coreStart = start + (words.count - coreWords.count)
        if c.kind == .organization || c.kind == .award || c.kind == nil, let owner = ownerName(coreWords, from: coreStart, tokens) {
            // "World Bank Doing Business Indicators", "France Telecom R&D": an organisation named
            // inside a longer name is an entity of its own.
            let ownerRange = tokens[coreStart].range.lowerBound..<tokens[owner].range.upperBound
            c.owner = (NameScanner.string(scalars[ownerRange]), ownerRange)
        }
        // ("Wireless@X", "LakeNet5G": inside a handle or as a generation suffix too.)
        if coreWords.contains(where: { word in word.split(whereSeparator: { $0 == "@" || $0 == "-" }).contains { ["wifi", "wireless", "broadband", "lora"].contains(String($0)) }
               || word == "wi-fi" || word.count > 4 && (word.hasSuffix("5g") || word.hasSuffix("4g")) }),
           longestPrefix(lexicon.prefixes, coreWords) == nil,
           head(coreWords).map({ [.organization, .initiative, .award].contains($0.kind) && $0.end == coreWords.count }) != true {
            // (Not "Lakeport Wireless Declaration", "Acme Broadband Ltd": the head says what it is.)
            c.type(.network, 4)
        }
        if c.kind == nil, coreWords.count >= 2, coreWords.count <= 4, lexicon.givenNames.contains(coreWords[0]),
           tokens[start..<run.upperBound].allSatisfy({ $0.shape == .capitalised }) {
            c.type(.person, 2)
        }
        // "Jeanne de Roe", "Pieter van Dam": a given name, a particle and a family name.
        if c.kind == nil, coreWords.count >= 3, coreWords.count <= 4, lexicon.givenNames.contains(coreWords[0]),
           coreWords.dropFirst().dropLast().allSatisfy({ lexicon.nameParticles.contains($0) }), head(coreWords) == nil {
            c.type(.person, 2)
        }
        // "J.R. Roe": initials and a family name.
        if c.kind == nil, coreWords.count == 2, NameScanner.isInitials(String(tokens[start].text.dropLast())),
           tokens[start + 1].shape == .capitalised { c.type(.person, 2) }
        if c.kind == nil, coreWords.count >= 2, coreWords.count <= 3, lexicon.familyNames.contains(coreWords[0]),
           tokens[start + 1].shape == .joiner || tokens[start..<run.upperBound].allSatisfy({ $0.shape == .capitalised })
               && coreWords.dropFirst().allSatisfy({ !lexicon.englishWords.contains($0) }) {
            c.type(.person, 2)
        }
        typeFromContext(&c, run: start..<run.upperBound, tokens, folded)
        if c.kind == nil, coreWords.count >= 2, coreWords.count <= 3, head(coreWords) == nil, personFollows(tokens, after: run.upperBound) {
            c.type(.person, 1)
        }
        if c.kind == nil { c.fallback = fallbackKind(Array(tokens[start..<run.upperBound])) }
        // "Creative Waterside, set up in 2011 by ...": common words that came about name a programme.
        let next = run.upperBound < tokens.count && folded[run.upperBound] == "," ? run.upperBound + 1 : run.upperBound
        if c.kind == nil, c.fallback == nil, lexicon.initiativeAfter.hasPhrase(startingAt: next, in: folded) { c.type(.initiative, 1) }
        return c
    }

    /// Words made from other words, never names alone: contractions ("I've"), plurals of titles
    /// and generic acronyms ("CEOs"), fiscal years ("FY2020"), and people of a profiled place
    /// ("Lakeporters", "Millbrookians").
    private func isDerivedWord(_ word: String) -> Bool {
        if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "’" }),
           ["ve", "ll", "re", "m", "d", "t"].contains(String(word[word.index(after: apostrophe)...])) { return true }
        if word.hasSuffix("s"), lexicon.titles[[String(word.dropLast())]] != nil || lexicon.genericAcronyms.contains(String(word.dropLast())) { return true }
        let letters = word.filter(\.isLetter)
        if letters.count < word.count, lexicon.calendar.contains(letters) || letters == "fy" || letters == "q" { return true }
        for ending in ["ians", "ian", "ers", "er", "ites", "ite", "ans", "an"] where word.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            guard stem.count >= 4 else { continue }
            if communityForms.contains(where: { $0.hasPrefix(stem.dropLast(stem.count > 5 ? 1 : 0)) && !$0.contains(" ") }) { return true }
        }
        return false
    }

    private func isNationality(_ word: String) -> Bool {
        lexicon.nationalities.contains(word) || word.hasSuffix("s") && lexicon.nationalities.contains(String(word.dropLast()))
    }

    /// "Lakeport-Millbrook", "Eastdale-Westdale-Lakeport": a hyphenated compound of capitalised
    /// parts one of which is a known place, or of three or more parts, names a region.
    private func isPlaceCompound(_ run: ArraySlice<WordToken>) -> Bool {
        guard run.count == 1, let t = run.first, t.shape == .capitalised, t.text.contains("-") else { return false }
        let parts = t.text.split(separator: "-").map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        // Three or more parts ("Aundh-Baner-Balewadi") join localities into an area.
        return parts.count >= 3 || parts.contains { part in
            let w = Slug.fold(part)
            return lexicon.places[[w]] != nil || lexicon.worldPlaces[[w]] != nil || communityForms.contains(w)
        }
    }

    /// The last capitalised part of a camel-case word, folded ("CityLab" → "lab"), if any.
    private func camelTail(_ word: String) -> String? {
        guard let last = word.indices.dropFirst().last(where: { word[$0].isUppercase }),
              word[last...].dropFirst().allSatisfy(\.isLowercase), word.distance(from: last, to: word.endIndex) >= 2 else { return nil }
        return Slug.fold(String(word[last...]))
    }

    /// "Jane Roe, who ...", "Jane Roe said": words after a name that only a person takes.
    private func personFollows(_ tokens: [WordToken], after end: Int) -> Bool {
        guard end < tokens.count else { return false }
        if tokens[end].folded == ",", end + 1 < tokens.count, tokens[end + 1].folded == "who" { return true }
        return lexicon.personAfter.contains(tokens[end].folded)
    }

    /// What the shape of an otherwise untyped name says: an acronym, a mixed-case word or a
    /// word that is no English word, given name or initial names an organisation; so does a
    /// longer run with such a word in it. Runs of common words ("Digital Future") say nothing.
    private func fallbackKind(_ run: [WordToken]) -> EntityKind? {
        let words = run.filter { $0.isWord && !lexicon.connectors.contains($0.folded) }
        if words.count == 1, isDerivedWord(words[0].folded) { return nil }
        func distinctive(_ t: WordToken) -> Bool {
            switch t.shape {
            case .acronym: return !lexicon.genericAcronyms.contains(t.folded)
            case .mixed: return true
            case .capitalised:
                return !t.folded.hasSuffix(".") && !lexicon.englishWords.contains(t.folded) && !isNationality(t.folded)
                    && !lexicon.givenNames.contains(t.folded) && !lexicon.calendar.contains(t.folded)
                    && !(t.folded.hasSuffix("s") && lexicon.calendar.contains(String(t.folded.dropLast())))
            default: return false
            }
        }
        guard words.contains(where: distinctive) else { return nil }
        // "Larsen & Toubro", "Procter & Gamble": names joined by "&" are firms.
        if run.contains(where: { $0.folded == "&" }) { return .organization }
        if words.count == 1, lexicon.familyNames.contains(words[0].folded) { return nil }
        // "Millchester", "Eastbrookville": English place-name endings.
        if words.count == 1, lexicon.placeEndings.contains(where: { words[0].folded.hasSuffix($0) && words[0].folded.count > $0.count + 2 }) {
            return .place
        }
        // "Kenji Hatano": two capitalised words that are neither English words nor places, a
        // pattern of personal names far more than of company names.
        if words.count == 2, words.allSatisfy({ $0.shape == .capitalised && distinctive($0) && !$0.text.contains("-")
            && !$0.text.dropFirst().contains(where: \.isUppercase) && lexicon.worldPlaces[[$0.folded]] == nil }) { return .person }
        // "Virtual Lakeport", "Smarter Sustainable Lakeport": a brand made of a place and
        // programme adjectives names a programme.
        let placeWords = words.filter { communityForms.contains($0.folded) || lexicon.places[[$0.folded]] != nil || lexicon.worldPlaces[[$0.folded]] != nil }
        if !placeWords.isEmpty, words.count > placeWords.count,
           words.allSatisfy({ placeWords.map(\.range).contains($0.range) || $0.folded.split(separator: "-").allSatisfy { lexicon.brandModifiers.contains(String($0)) } }) {
            return .initiative
        }
        // "CityLab", "Lakeport GovHub": the last part of a camel-case word is a head.
        if let last = words.last, let part = camelTail(last.text), let kind = lexicon.heads[[part]] { return kind }
        // "kids@school": a campaign or programme handle.
        if words.contains(where: { NameScanner.isHandle($0.text) }) { return .initiative }
        return .organization
    }


    /// Token index of an organisation head inside a name (not first, followed by a capitalised
    /// word rather than "of ..." or a company-form suffix).
    private func ownerName(_ words: [String], from start: Int, _ tokens: [WordToken]) -> Int? {
        guard words.count >= 3 else { return nil }
        for k in stride(from: words.count - 2, through: 1, by: -1) {
            guard let (headStart, kind) = lexicon.heads.longest(endingAt: k + 1, in: words, floor: 1), kind == .organization,
                  headStart > 0 else { continue }
            let next = tokens[start + k + 1]
            guard next.isNameWord, !NameScanner.commaSuffixes.contains(next.folded),
                  lexicon.heads[[next.folded]] != .organization else { continue }
            return start + k
        }
        return nil
    }

    /// Where the titles at the front of a name end ("Deputy Mayor Dr. Jane Roe" → 3), if any.
    private func titlesEnd(_ words: [String]) -> Int? {
        var end = 0
        while end < words.count - 1, let (length, _) = longestPrefix(lexicon.titles, Array(words[end...])) { end += length }
        return end > 0 ? end : nil
    }

    private func longestPrefix<V>(_ table: NamePhraseTable<V>, _ words: [String]) -> (Int, V)? {
        var length = min(table.maxLength, words.count)
        while length > 0 {
            if let v = table[words[..<length]] { return (length, v) }
            length -= 1
        }
        return nil
    }

    /// The type noun a few lower-case words after position `from` ("the X free wireless network").
    func followingNoun(_ tokens: [WordToken], after from: Int, plural: Bool, limit: Int = 4) -> EntityKind? {
        var j = from, seen = 0
        while j < tokens.count, seen < limit {
            let t = tokens[j]
            if t.shape == .punct {
                if "\"“”'’".contains(t.text) { j += 1; continue }
                return nil
            }
            guard t.shape == .lower || (t.shape == .acronym && lexicon.genericAcronyms.contains(t.folded)) else { return nil }
            if lexicon.functionWords.contains(t.folded) || t.folded == "and" { return nil }
            if let kind = lexicon.nouns[[t.folded]] {
                let isPlural = Self.isPlural(t.folded)
                let nextIsNoun = j + 1 < tokens.count && lexicon.nouns[[tokens[j + 1].folded]] != nil
                if !nextIsNoun { return isPlural == plural ? kind : nil }
            }
            seen += 1
            j += 1
        }
        return nil
    }

    static func isPlural(_ word: String) -> Bool {
        word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && word != "series"
    }

    /// The type noun of an apposition after the name: ", a Paris company", ", which is the city’s
    /// first maker space", " is a new program", ", creator of ...".
    private func appositionNoun(_ tokens: [WordToken], after end: Int) -> EntityKind? {
        var j = end
        guard j < tokens.count else { return nil }
        if tokens[j].folded == "," { j += 1 }
        if j + 1 < tokens.count, tokens[j].folded == "which", tokens[j + 1].folded == "is" { j += 2 }
        else if j < tokens.count, tokens[j].folded == "is", j == end { j += 1 }
        guard j < tokens.count else { return nil }
        if ["a", "an", "the"].contains(tokens[j].folded) {
            j += 1
        } else if let kind = lexicon.nouns[[tokens[j].folded]] ?? (lexicon.roles[[tokens[j].folded]] != nil ? .person : nil), j > end {
            return kind
        } else {
            return nil
        }
        var seen = 0
        while j < tokens.count, seen < 6 {
            let t = tokens[j]
            // ", a €25 million project": an amount is part of the noun phrase.
            if t.shape == .punct, !"$€£¥".contains(t.text) { return nil }
            if lexicon.functionWords.contains(t.folded) { return nil }
            if lexicon.roles[[t.folded]] != nil, lexicon.nouns[[t.folded]] == nil { return .person }
            if let kind = lexicon.nouns[[t.folded]] {
                let nextIsNoun = j + 1 < tokens.count && lexicon.nouns[[tokens[j + 1].folded]] != nil
                if !nextIsNoun { return kind }
            }
            seen += 1
            j += 1
        }
        return nil
    }

    /// The type noun before the name: "aviator X", "park X", "a service called X",
    /// "a festival of education: X", "industrialist, X", "companies like X".
    private func precedingNoun(_ tokens: [WordToken], before start: Int) -> EntityKind? {
        var j = start - 1
        while j >= 0, tokens[j].folded == "the" || "\"“'‘".contains(tokens[j].text) { j -= 1 }
        guard j >= 0 else { return nil }
        let word = tokens[j].folded
        if word == "called" || word == "named" || word == ":" || (word == "as" && j > 0 && tokens[j - 1].folded == "known") {
            var k = j - (word == "as" ? 2 : 1), seen = 0
            while k >= 0, seen < 4 {
                let t = tokens[k]
                if t.shape != .lower { return nil }
                if let kind = lexicon.nouns[[t.folded]] { return kind }
                if lexicon.roles[[t.folded]] != nil { return .person }
                k -= 1
                seen += 1
            }
            return nil
        }
        if word == "like", j > 0 {
            return lexicon.nouns[[tokens[j - 1].folded]]
        }
        // "companies such as X", "operators, including X"
        if word == "as", j > 1, tokens[j - 1].folded == "such" { return lexicon.nouns[[tokens[j - 2].folded]] }
        if word == "including", j > 0 {
            let k = tokens[j - 1].folded == "," && j > 1 ? j - 2 : j - 1
            return lexicon.nouns[[tokens[k].folded]]
        }
        if word == ",", j > 0, lexicon.roles[[tokens[j - 1].folded]] != nil { return .person }
        // "a network of their own, LakeNet,": a noun phrase in apposition before the name,
        // which a comma or full stop closes.
        if word == ",", let end = tokens[start...].firstIndex(where: { !$0.isNameWord && !lexicon.connectors.contains($0.folded) }),
           [",", ".", ")"].contains(tokens[end].folded), let kind = nounPhraseBefore(tokens, comma: j) { return kind }
        guard tokens[j].shape == .lower, j == start - 1 else { return nil }
        if lexicon.roles[[word]] != nil { return .person }
        // "the company Acme", "park X", "branded the network LakeNet", "the programme X".
        // (Not "the incubator X": an initiative noun there often names its operator.)
        if let kind = lexicon.nouns[[word]], kind != .person, kind != .initiative, !Self.isPlural(word) { return kind }
        return nil
    }

    /// The type noun of "a/an/the/its/their ... NOUN [of ...]" ending at a comma, within six
    /// lower-case words ("a network of their own,").
    private func nounPhraseBefore(_ tokens: [WordToken], comma: Int) -> EntityKind? {
        var j = comma - 1, noun: EntityKind?
        while j >= 0, comma - j <= 6, tokens[j].shape == .lower {
            let w = tokens[j].folded
            // (A determiner inside an "of ..." complement, "of its own", does not open the phrase.)
            if ["a", "an", "the", "its", "their", "his", "her", "our"].contains(w), noun != nil { return noun }
            if let kind = lexicon.nouns[[w]], !Self.isPlural(w), kind != .person { noun = kind }
            j -= 1
        }
        return nil
    }

    private func phraseEnds<V>(_ table: NamePhraseTable<V>, _ folded: [String], at end: Int) -> Bool {
        table.longest(endingAt: end, in: folded, floor: max(0, end - table.maxLength)) != nil
    }

    private func typeFromContext(_ c: inout Candidate, run: Range<Int>, _ tokens: [WordToken], _ folded: [String]) {
        var before = run.lowerBound
        if before > 0, "\"“'‘".contains(tokens[before - 1].text) { before -= 1 }
        // "the consultant Televate", "the developer JBG SMITH": a role noun before one word or
        // capitals may name a firm; a personal name has capitalised words.
        let preceding = precedingNoun(tokens, before: run.lowerBound)
        if let kind = preceding,
           kind != .person || c.kind == .person
               || run.count >= 2 && tokens[run].allSatisfy({ $0.shape == .capitalised || lexicon.nameParticles.contains($0.folded) }) {
            c.type(kind, 3)
        }
        // (A role after a body's name, "the Lakeport Technology Centre, founder of ...", is
        // the role of a person named before it.)
        if let kind = appositionNoun(tokens, after: run.upperBound), kind != .person || head(c.coreWords) == nil {
            c.type(kind, 3)
            // "X, a free service with the network name Y": a connectivity service is a network.
            let appositionEnd = tokens[(run.upperBound + 1)...].firstIndex { [",", ".", ";", ":"].contains($0.folded) } ?? tokens.count
            if kind == .initiative, c.kind == .initiative, c.strength == 3,
               tokens[run.upperBound..<min(appositionEnd, run.upperBound + 10)].contains(where: { lexicon.connectivity.contains($0.folded) }) {
                c.type(.network, 4)
            }
        }
        // "the Acme services centre" may name Acme's centre rather than say what Acme is: a
        // facility noun after a name is weaker evidence than other nouns.
        if let kind = followingNoun(tokens, after: run.upperBound, plural: false) {
            c.type(kind, kind == .facility ? 2 : 3)
            if kind == .initiative, c.kind == .initiative, c.strength == 3,
               connectivityFollows(tokens, after: run.upperBound) || connectivityPrecedes(tokens, before: run.lowerBound) {
                c.type(.network, 4)
            }
        }
        if c.kind == .initiative, c.strength == 3, preceding != nil,
           connectivityFollows(tokens, after: run.upperBound) {
            c.type(.network, 4)
        }
        if phraseEnds(lexicon.networkBefore, folded, at: before) { c.type(.network, 4) }
        if tokens[run.upperBound - 1].possessive, run.upperBound < tokens.count,
           lexicon.organizationPossessions.contains(folded[run.upperBound]) || tokens[run.upperBound].isNameWord && c.kind != .place
               || folded[run.upperBound..<min(tokens.count, run.upperBound + 2)].contains(where: lexicon.organizationPossessions.contains) && c.kind != .place {
            // "Acme's headquarters", "Acme's handset business", "Acme's Lakeport Challenge": an
            // owner is an organisation.
            c.type(.organization, 2)
        }
        // "Acme moved its head office", "Acme sold its plant": a body's own premises and trade
        // (not "Roe as its head").
        if run.upperBound + 3 < tokens.count, ["its", "their"].contains(folded[run.upperBound + 1]),
           tokens[run.upperBound].shape == .lower, folded[run.upperBound] != "as", c.kind != .person,
           lexicon.organizationPossessions.contains(folded[run.upperBound + 2]),
           folded[run.upperBound + 2] != "head" || ["office", "offices", "quarters"].contains(folded[run.upperBound + 3]) {
            c.type(.organization, 2)
        }
        // (It acts, or has officers: a named centre or park so cued is a body.)
        if phraseEnds(lexicon.organizationBefore, folded, at: before) { c.type(.organization, 1); c.party = true }
        // Party: a partnership phrase within the few words before the name.
        for end in stride(from: before, through: max(0, before - 5), by: -1) {
            if end < before, tokens[end].shape == .punct, tokens[end].folded != "," { break }
            if phraseEnds(lexicon.partyBefore, folded, at: end) { c.party = true; break }
        }
        if c.party { c.type(.organization, 1) }
        if phraseEnds(lexicon.initiativeBefore, folded, at: before) { c.type(.initiative, 1) }
        // "won the Lakeport Challenge": what is won is an award, whatever its head says.
        // (Not "won the Smart Services category": the category of an award.)
        if phraseEnds(lexicon.awardBefore, folded, at: before), c.kind != .person, c.kind != .place || c.strength < 3,
           run.upperBound == tokens.count || !["category", "categories"].contains(folded[run.upperBound]) { c.type(.award, 3) }
        if let (_, _) = lexicon.organizationAfter.longest(endingAt: min(tokens.count, run.upperBound + 2), in: folded, floor: run.upperBound) {
            c.type(.organization, 1)
        } else if run.upperBound < tokens.count, lexicon.organizationAfter[[folded[run.upperBound]]] != nil {
            c.type(.organization, 1)
        }
        if c.kind == nil || c.strength < 1 {
            // "in Millbrook", "to Eastdale"; not "to LakeNet", "to Lakeport2": camel case and digits name products.
            let plain = tokens[run].allSatisfy { $0.shape == .capitalised && !$0.text.dropFirst().contains(where: \.isUppercase)
                && !$0.text.contains(where: \.isNumber) && (!lexicon.englishWords.contains($0.folded) || lexicon.heads[[$0.folded]] == .place)
                || $0.shape == .lower && lexicon.romanceConnectors.contains($0.folded) && $0.range.lowerBound > tokens[run.lowerBound].range.lowerBound }
            if phraseEnds(lexicon.placeBefore, folded, at: before), plain { c.type(.place, 1) }
        }
        // "in Adelaide": a gazetteer place after a place preposition is that place.
        if c.kind == .place, c.strength == 1, lexicon.worldPlaces[c.coreWords] != nil, phraseEnds(lexicon.placeBefore, folded, at: before) {
            c.type(.place, 3)
        }
        // "One of the projects ... is X."
        if let first = tokens.firstIndex(where: \.isWord), run.lowerBound > 0, folded[run.lowerBound - 1] == "is",
           let (length, _) = longestPrefix(lexicon.sentenceSubject, Array(folded[first...].prefix(lexicon.sentenceSubject.maxLength))),
           first + length < tokens.count, let kind = lexicon.nouns[[folded[first + length]]] {
            c.type(kind, 3)
        }
    }

    /// Connectivity words in the clause right after a name ("... will extend 100 Mbps broadband").
    /// Connectivity words in the twelve words before a position, within the sentence part
    /// ("free hotspots into ... the X service").
    private func connectivityPrecedes(_ tokens: [WordToken], before start: Int) -> Bool {
        var j = start - 1
        while j >= 0, j >= start - 12 {
            if [".", ";", ":"].contains(tokens[j].folded) { return false }
            if lexicon.connectivity.contains(tokens[j].folded) { return true }
            j -= 1
        }
        return false
    }

    private func connectivityFollows(_ tokens: [WordToken], after end: Int) -> Bool {
        var j = end
        while j < tokens.count, j < end + 8 {
            let t = tokens[j]
            if t.shape == .punct, t.folded != "-" { return false }
            if lexicon.connectivity.contains(t.folded) { return true }
            j += 1
        }
        return false
    }

    // MARK: links between candidates of a sentence

    /// Other names of one thing: "Intelligent Community Forum (ICF)", "Conseil du numérique (CN,
    /// the Digital Council)", "Acme, formerly Lakeport Telephone", "ICF, the Intelligent Community
    /// Forum,". The later name becomes an alias of the earlier one and they share their type.
    private func linkParentheses(_ found: inout [Candidate], _ runs: [Range<Int>], _ tokens: [WordToken]) {
        guard found.count > 1 else { return }
        func link(_ k: Int, to outer: Int) {
            found[k].aliasOf = outer
            if found[k].strength > found[outer].strength, let kind = found[k].kind { found[outer].type(kind, found[k].strength) }
            if found[outer].strength > found[k].strength, let kind = found[outer].kind { found[k].type(kind, found[outer].strength) }
        }
        for k in 1..<found.count {
            let inner = runs[k]
            // In a parenthesis right after a name, names separated only by commas and "the".
            var outer = k - 1
            while outer > 0, found[outer].aliasOf != nil { outer -= 1 }
            let open = runs[outer].upperBound
            if found[outer].aliasOf == nil, open < inner.lowerBound, tokens[open].text == "(",
               ((open + 1)..<inner.lowerBound).allSatisfy({ j in ["," , "the", "or"].contains(tokens[j].folded)
                   || runs[(outer + 1)..<k].contains { $0.contains(j) } }),
               inner.upperBound < tokens.count, [")", ","].contains(tokens[inner.upperBound].text) {
                link(k, to: outer)
                continue
            }
            let previous = k - 1
            guard found[previous].aliasOf == nil, found[previous].kind != .person else { continue }
            let gap = tokens[runs[previous].upperBound..<inner.lowerBound].map(\.folded).filter { $0 != "the" }
            // "Acme College, chartered on 26 December 1831 as the Acme Academy": the date between
            // the verb and "as" does not matter.
            let undated = gap.filter { w in !(w == "," || w == "in" || w == "on" || lexicon.calendar.contains(w) || w.contains(where: \.isNumber)) }
            // "Acme, formerly Lakeport Telephone", "was renamed Acme"; not a comparison ("known
            // as the Venice of the North": another place's nickname, not a second name).
            let comparison = inner.upperBound < tokens.count && tokens[inner.upperBound].folded == "of"
            // (Not "now North America's largest port": a possessive starts a description.)
            let renamed = (1...max(1, min(3, undated.count))).contains(where: { lexicon.renameCues.contains(undated.suffix($0).joined(separator: " ")) })
                || gap.count == 2 && gap[0] == "," && lexicon.renameCuesAfterComma.contains(gap[1])
            if !undated.isEmpty, gap.count <= 10, undated.count <= 5, !comparison, !gap.contains(";"), renamed,
               !tokens[inner.upperBound - 1].possessive {
                link(k, to: previous)
                continue
            }
            // "renamed Eastdale Station as Lakeport Eastdale Station".
            let before = runs[previous].lowerBound
            if gap == ["as"], before > 0, ["renamed", "rebranded"].contains(tokens[before - 1].folded) {
                link(k, to: previous)
                continue
            }
            // "LIT, the Lakeport Institute of Technology,", "LIT is the Lakeport Institute of
            // Technology.": an acronym glossed in apposition or by "is".
            if found[previous].isAcronym, gap == [","] || gap == ["is"], tokens[runs[previous].upperBound + 1].folded == "the",
               head(found[k].coreWords) != nil, inner.upperBound == tokens.count || [",", ".", ";"].contains(tokens[inner.upperBound].folded) {
                link(k, to: previous)
            }
        }
    }

    /// "Millbrook, Ontario", "Eastdale, Kenya": a name followed by a comma and a known state,
    /// province or country (itself closing the phrase) is a place in it; so are the two ends
    /// of "from X to Y".
    private func placeBeforeRegion(_ found: inout [Candidate], _ runs: [Range<Int>], _ tokens: [WordToken]) {
        guard found.count > 1 else { return }
        for k in 0..<(found.count - 1) where found[k].strength <= 1 && found[k].kind != .person {
            let region = runs[k + 1]
            guard region.lowerBound == runs[k].upperBound + 1, tokens[runs[k].upperBound].folded == ",",
                  found[k + 1].kind == .place, found[k + 1].strength >= 3 || tokens[region].allSatisfy({ NameScanner.isInitials(String($0.text.dropLast())) }),
                  region.upperBound == tokens.count || tokens[region.upperBound].shape == .punct && tokens[region.upperBound].folded != "&"
                      || tokens[region.upperBound].shape == .lower && tokens[region.upperBound].folded != "and" else { continue }
            found[k].type(.place, 2)
        }
        // "from Eastdale to Millbrook": two names as the ends of a route or a move are places,
        // unless other evidence types them (funding "from Acme" alone says nothing).
        for k in 0..<(found.count - 1) where runs[k + 1].lowerBound == runs[k].upperBound + 1 {
            let start = runs[k].lowerBound
            guard start > 0, tokens[start - 1].folded == "from", ["to", "–", "-"].contains(tokens[runs[k].upperBound].folded),
                  found[k].strength <= 1, found[k + 1].strength <= 1,
                  tokens[runs[k]].allSatisfy({ $0.shape == .capitalised }), tokens[runs[k + 1]].allSatisfy({ $0.shape == .capitalised }) else { continue }
            found[k].type(.place, 1)
            found[k + 1].type(.place, 1)
        }
    }

    /// Names listed together ("the A, B and C companies", "between X and Y") share a type.
    private func shareListTypes(_ found: inout [Candidate], _ runs: [Range<Int>], _ tokens: [WordToken]) {
        var group: [Int] = []
        func flush() {
            defer { group = [] }
            guard group.count > 1 else { return }
            let last = runs[group.last!]
            // A gazetteer place types its list only after a place preposition ("in A and B").
            let first = runs[group[0]].lowerBound
            let placeList = first > 0 && lexicon.placeBefore[[tokens[first - 1].folded]] != nil
            var shared: (EntityKind, Int)?
            if let kind = followingNoun(tokens, after: last.upperBound, plural: true) { shared = (kind, 3) }
            if shared == nil, let best = group.compactMap({ i in found[i].kind.map { ($0, found[i].strength) } })
                .first(where: { $0.1 >= 1 && $0.0 != .person && $0.0 != .award && ($0.0 != .place || $0.1 >= 2 || placeList) }) {
                shared = (best.0, min(best.1, 1))
            }
            guard let (kind, strength) = shared else { return }
            for i in group where found[i].kind == nil || found[i].strength < strength { found[i].type(kind, max(strength, 1)) }
        }
        for k in found.indices {
            if let previous = group.last {
                let gap = tokens[runs[previous].upperBound..<runs[k].lowerBound].map(\.folded)
                if gap == [","] || gap == ["and"] || gap == [",", "and"] || gap == ["&"] {
                    group.append(k)
                    continue
                }
                flush()
            }
            group = [k]
        }
        flush()
    }
}
