import ChronographCore

/// Merges candidate mentions into one record per real thing, through hash maps keyed by
/// folded forms: the same name (accents, case and titles aside), a parenthetical alias,
/// an acronym of a known name, a person's surname, or a short form that ends a longer name
/// of the same profile ("Media Library" for "Lakeport Media Library").
struct EntityResolver {
    let lexicon: EntityLexicon
    let finder: CandidateFinder

    /// One candidate in its place: sentence, community, and the index of its paren partner.
    private struct Found {
        var candidate: Candidate
        var span: SourceSpan
        var sentence: SourceSpan
        var community: String
        var outer: Int?
        var order: Int
    }

    private struct Draft {
        var kind: EntityKind
        var strength: Int
        /// Type votes over the mentions, each weighted 4^strength: the strongest evidence
        /// decides, and many mentions of one kind outweigh a single slightly stronger cue.
        var votes: [EntityKind: Int] = [:]
        var party = false
        var forms: [(core: String, surface: String, span: SourceSpan)] = []
        var mentions: [Mention] = []
        var coreWords: [String]
    }

    private var found: [Found] = []
    private var drafts: [Draft] = []
    private var byKey: [String: Int] = [:]
    /// "community|short-form" → draft, or -1 when two names of the profile end the same way.
    private var bySuffix: [String: Int] = [:]
    private var byInitials: [String: Int] = [:]
    /// "community|surname" and "surname" → the people of that surname.
    private var bySurname: [String: [Int]] = [:]
    /// "Lakeport" for "Lakeport University": the first word of a two-word name whose second word
    /// is a head that may be dropped (heads.lexicon [short-forms]); -1 when two names share it.
    private var byShortForm: [String: Int] = [:]
    /// First word of an organisation named "<word> <organisation head>" ("X Research Center").
    private var byOwnerWord: [String: Int] = [:]

    init(lexicon: EntityLexicon, finder: CandidateFinder) {
        self.lexicon = lexicon
        self.finder = finder
    }

    mutating func add(_ candidates: [Candidate], in sentence: Sentence, community: String) {
        let base = found.count
        for candidate in candidates {
            let span = SourceSpan(document: sentence.span.document, start: sentence.span.start + candidate.range.lowerBound,
                                  end: sentence.span.start + candidate.range.upperBound)
            found.append(Found(candidate: candidate, span: span, sentence: sentence.span, community: community,
                               outer: candidate.aliasOf.map { base + $0 }, order: found.count))
            if let owner = candidate.owner {
                var parent = Candidate(range: owner.range, surface: owner.core, core: owner.core,
                                       coreWords: NameScanner.words(owner.core))
                parent.type(.organization, 2)
                let ownerSpan = SourceSpan(document: span.document, start: sentence.span.start + owner.range.lowerBound,
                                           end: sentence.span.start + owner.range.upperBound)
                found.append(Found(candidate: parent, span: ownerSpan, sentence: sentence.span, community: community,
                                   outer: nil, order: found.count))
            }
        }
    }

    /// A footer award line: the award entity of the same id as the community's award records.
    mutating func addAward(_ name: String, span: SourceSpan, community: String) {
        var award = Candidate(range: 0..<0, surface: name, core: name, coreWords: NameScanner.words(name))
        award.type(.award, 4)
        found.append(Found(candidate: award, span: span, sentence: span, community: community, outer: nil, order: found.count))
    }

    mutating func resolve() -> [EntityRecord] {
        var inners: [Int: [Int]] = [:]
        for f in found { if let outer = f.outer { inners[outer, default: []].append(f.order) } }
        // Longer names first, so that short forms find the names they shorten.
        let order = found.indices.filter { found[$0].outer == nil }.sorted {
            let a = found[$0].candidate, b = found[$1].candidate
            return (a.sentenceInitial ? 0 : 1, (a.kind ?? a.fallback) != nil ? 1 : 0, a.coreWords.count, -$0)
                > (b.sentenceInitial ? 0 : 1, (b.kind ?? b.fallback) != nil ? 1 : 0, b.coreWords.count, -$1)
        }
        for index in order {
            // "Nouvelle-France (New France)" when "New France" is already known: the same thing.
            let outerKey = key(withoutCommunityTail(found[index].candidate.coreWords))
            var known: Int?
            if byKey[outerKey] == nil {
                for inner in inners[index] ?? [] where known == nil {
                    known = byKey[key(withoutCommunityTail(found[inner].candidate.coreWords))]
                }
            }
            let draft = place(found[index], into: known)
            for inner in inners[index] ?? [] { _ = place(found[inner], into: draft) }
        }
        return drafts.compactMap(record)
    }

    // MARK: placing one mention

    /// The lookup key of a name: its folded words without middle initials ("Jane Q. Roe" is "Jane Roe").
    private func key(_ words: [String]) -> String {
        let kept = words.count > 2 ? words.filter { !($0.count == 2 && $0.hasSuffix(".")) } : words
        return Slug.make(kept.joined(separator: " "))
    }

    /// The words of a name without an "of <community>" tail ("Harbour Living Lab of Lakeport").
    private func withoutCommunityTail(_ words: [String]) -> [String] {
        guard let of = words.lastIndex(of: "of"), of > 0,
              finder.communityForms.contains(words[(of + 1)...].joined(separator: " ")),
              !isGeneric(Array(words[..<of])) else { return words }
        return Array(words[..<of])
    }

    private func isGeneric(_ words: [String]) -> Bool {
        words.allSatisfy { lexicon.genericWords.contains($0) || lexicon.heads[[$0]] != nil || lexicon.connectors.contains($0) || $0 == "the" }
    }

    /// Adds a mention to the draft it names; returns the draft, or nil when it names nothing known.
    private mutating func place(_ f: Found, into forced: Int?) -> Int? {
        let c = f.candidate
        let words = withoutCommunityTail(c.coreWords)
        let k = key(words)
        var target = forced ?? byKey[k]
        // A short form of an organisation ("Acme" for "Acme Corporation") before a surname,
        // unless the mention itself is a person's.
        if target == nil, c.kind != .person, let d = byShortForm[k], d >= 0,
           c.kind == nil || c.strength <= 2 && c.kind != .place || c.kind == drafts[d].kind { target = d }
        // (A bare head word such as "Park" says nothing of its own: it may be a surname.)
        if target == nil, words.count == 1, !c.isAcronym, c.kind == nil || c.kind == .person || c.strength <= 1 || isGeneric(words) {
            target = surnameOwner(k, community: f.community, at: f.span)
        }
        if target == nil, c.isAcronym, let d = byInitials[k] { target = d }
        if target == nil, let d = bySuffix[f.community + "|" + k], d >= 0 { target = d }
        if target == nil, c.kind == nil, words.count == 1, !c.sentenceInitial, byOwnerWord[k] != nil {
            // "Vantor" on its own, next to "Vantor Research Center": the parent organisation.
            var parent = c
            parent.type(.organization, 1)
            return create(Found(candidate: parent, span: f.span, sentence: f.sentence, community: f.community,
                                outer: nil, order: f.order), words: words)
        }
        if let d = target {
            attach(f, to: d, words: words)
            return d
        }
        // Footer award names ("Smart21") are names even though they are also head words.
        let footerAward = c.kind == .award && c.strength >= 4
        guard c.kind ?? c.fallback != nil, footerAward || !isGeneric(words) else { return nil }
        // A lone sentence-initial word is a new name only when the place lexicon knows it; a
        // lone common word ("Research") only on strong evidence.
        if c.sentenceInitial, !(c.kind == .place && c.strength >= 3) { return nil }
        // (The gazetteer keeps a place named like a common word only when it is large: "Reading".)
        if words.count == 1, c.strength < 3, !c.isAcronym, !c.party, c.kind != .place, lexicon.englishWords.contains(words[0]) { return nil }
        return create(f, words: words)
    }

    private mutating func create(_ f: Found, words: [String]) -> Int {
        let c = f.candidate
        drafts.append(Draft(kind: c.kind ?? c.fallback!, strength: c.strength, coreWords: words))
        let d = drafts.count - 1
        attach(f, to: d, words: words)
        if c.kind == .organization, words.count >= 2, lexicon.heads[Array(words.dropFirst())] == .organization,
           byOwnerWord[words[0]] == nil, !finder.communityForms.contains(words[0]) {
            byOwnerWord[words[0]] = d
        }
        return d
    }

    private mutating func attach(_ f: Found, to d: Int, words: [String]) {
        let c = f.candidate
        if let kind = c.kind ?? c.fallback {
            drafts[d].votes[kind, default: 0] += 1 << (2 * c.strength)
            drafts[d].strength = max(drafts[d].strength, c.strength)
            let best = drafts[d].votes.max { ($0.value, $1.key.order) < ($1.value, $0.key.order) }!
            drafts[d].kind = best.key
        }
        drafts[d].party = drafts[d].party || c.party
        drafts[d].forms.append((c.core, c.surface, f.span))
        drafts[d].mentions.append(Mention(span: f.span, sentence: f.sentence, community: f.community, text: c.surface))
        register(words, community: f.community, draft: d)
    }

    /// A form in an index of forms that may name one draft only: a second draft makes it -1.
    private static func claim(_ index: inout [String: Int], _ key: String, for d: Int) {
        if let other = index[key], other != d { index[key] = -1 } else { index[key] = d }
    }

    /// Indexes a form: its key, its multi-word endings in its profile, its initials, a surname.
    private mutating func register(_ words: [String], community: String, draft d: Int) {
        let k = key(words)
        if byKey[k] == nil { byKey[k] = d }
        // Endings that start inside the "of ..." complement are another thing ("Living Labs" in
        // "European Network of Living Labs").
        let complement = words.firstIndex { $0 == "of" || $0 == "for" } ?? words.count
        if words.count >= 3 {
            for start in 1...(words.count - 2) where start < complement && !lexicon.connectors.contains(words[start]) {
                let suffixKey = community + "|" + key(Array(words[start...]))
                Self.claim(&bySuffix, suffixKey, for: d)
            }
        }
        // "KDX Quarvo" → "Quarvo": the second word of a two-word company name, when it is
        // a word of its own (no common word, given name, place or head).
        if words.count == 2, drafts[d].kind == .organization, let last = words.last, !lexicon.englishWords.contains(last),
           !lexicon.givenNames.contains(last), lexicon.places[[last]] == nil, lexicon.worldPlaces[[last]] == nil,
           lexicon.heads[[last]] == nil, !finder.communityForms.contains(last) {
            let suffixKey = community + "|" + key([last])
            Self.claim(&bySuffix, suffixKey, for: d)
        }
        let initials = words.filter { !lexicon.connectors.contains($0) && $0 != "the" }.compactMap(\.first)
        if initials.count >= 2 {
            let acronym = String(initials)
            if byInitials[acronym] == nil { byInitials[acronym] = d }
        }
        for short in shortForms(words, kind: drafts[d].kind) {
            let sk = key(short)
            Self.claim(&byShortForm, sk, for: d)
        }
        if drafts[d].kind == .person, words.count >= 2 {
            // Family name first ("Park Ji-won", "Lee Hsien Loong") or last ("Jane Roe").
            let familyFirst = lexicon.familyNames.contains(words[0]) && (words[1].contains("-") || words.count == 3)
            let sk = key([familyFirst ? words[0] : words[words.count - 1]])
            for surnameKey in [community + "|" + sk, sk] where bySurname[surnameKey]?.contains(d) != true {
                bySurname[surnameKey, default: []].append(d)
            }
            // "Chao-ming Wu" and "Wu Chao-ming" are one person.
            if words.count == 2, words.contains(where: { $0.contains("-") }) {
                let swapped = key([words[1], words[0]])
                if byKey[swapped] == nil { byKey[swapped] = d }
            }
        }
    }

    /// The person a lone surname names: the only one of that surname in the profile, else the
    /// one of them named last before it in the same document, else the only one in the corpus.
    private func surnameOwner(_ surname: String, community: String, at span: SourceSpan) -> Int? {
        if let local = bySurname[community + "|" + surname] {
            if local.count == 1 { return local[0] }
            let before = local.compactMap { d in
                drafts[d].mentions.filter { $0.span.document == span.document && $0.span.start < span.start }.map(\.span.start).max().map { (d, $0) }
            }
            return before.max { $0.1 < $1.1 }?.0
        }
        if let all = bySurname[surname], all.count == 1 { return all[0] }
        return nil
    }

    /// Shorter forms the text may use for a name: without trailing heads that may be dropped
    /// ("Acme Motors Corporation" → "Acme Motors", "Acme"), a trailing year or place ("Future
    /// Lakeport 2030", "CityLab Lakeport" → "CityLab"), a place's own head ("Banqiao District")
    /// or the words after "de" ("Secretaria de Cultura" → "Secretaria"). Never a known place or
    /// given name of its own.
    private func shortForms(_ words: [String], kind: EntityKind) -> [[String]] {
        guard words.count >= 2, kind != .person else { return [] }
        var out: [[String]] = []
        var short = words
        func droppable(_ w: String) -> Bool {
            switch kind {
            // Administrative kinds only: "Lakeport District" is Lakeport, "Lakeport Bay" is not.
            // Rivers too: "the Quellan" for "the Quellan River".
            case .place: return ["district", "city", "county", "township", "province", "prefecture", "municipality", "ward", "river"].contains(w)
            case .award: return false
            default:
                return lexicon.shortFormHeads.contains(w) || w.allSatisfy(\.isNumber)
                    || finder.communityForms.contains(w) || lexicon.places[[w]] != nil
            }
        }
        while short.count >= 2, let last = short.last, droppable(last) {
            short.removeLast()
            // "Acme Systems & Services" → "Acme": two heads joined by "&" or "and".
            if short.count >= 3, ["&", "and"].contains(short[short.count - 1]), droppable(short[short.count - 2]) { short.removeLast() }
            out.append(short)
        }
        // "QX2000" for "the QX2000 Masterplan": a coined word before an initiative's head.
        if kind == .initiative || kind == .network, words.count == 2, lexicon.heads[[words[1]]] != nil,
           !lexicon.englishWords.contains(words[0]), !finder.communityForms.contains(words[0]) {
            out.append([words[0]])
        }
        if kind != .place, let de = words.firstIndex(where: { lexicon.romanceConnectors.contains($0) }), de > 0 {
            out.append(Array(words[..<de]))
            if de > 1 { out.append([words[0]]) }
        }
        return out.filter { short in
            let known = kind != .place && (lexicon.places[short] != nil || lexicon.worldPlaces[short] != nil)
            return !known && !(short.count == 1 && (lexicon.givenNames.contains(short[0]) || lexicon.englishWords.contains(short[0])))
                && !isGeneric(short)
        }
    }

    // MARK: records

    private func record(_ draft: Draft) -> EntityRecord? {
        var kind = draft.kind
        // A facility that acts as a party, or that other mentions name as a body, is the body.
        if kind == .facility { kind = draft.party || draft.votes[.organization, default: 0] >= 4 ? .organization : .initiative }
        // A named district or valley that hosts, signs or funds acts as a body.
        if kind == .place, draft.party, draft.strength <= 2 { kind = .organization }
        let forms = draft.forms.sorted { $0.span < $1.span }
        guard let first = forms.first else { return nil }
        var name = first.core
        for form in forms where form.core.unicodeScalars.count > name.unicodeScalars.count { name = form.core }
        var aliases: [String] = []
        for form in forms where form.surface != name && !aliases.contains(form.surface) { aliases.append(form.surface) }
        var communities: [String] = []
        for mention in draft.mentions.sorted() where !communities.contains(mention.community) { communities.append(mention.community) }
        let confidence = [1: 0.6, 2: 0.9].first { $0.key == draft.strength }?.value ?? 1.0
        return EntityRecord(id: EntityRecord.makeID(type: kind.nodeType, name: name), name: name, type: kind.nodeType,
                            aliases: aliases, communities: communities, mentions: draft.mentions.sorted(),
                            confidence: confidence)
    }
}
