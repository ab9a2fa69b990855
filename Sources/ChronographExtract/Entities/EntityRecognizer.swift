import ChronographCore

/// What entity recognition yields for a corpus.
public struct EntityResult: Sendable {
    public var entities: [EntityRecord] = []
    public var relations: [EntityRelation] = []
    public init(entities: [EntityRecord] = [], relations: [EntityRelation] = []) {
        self.entities = entities
        self.relations = relations
    }
}

/// Rule-and-lexicon entity recognition: candidate names per sentence (`CandidateFinder`),
/// resolved into one record per real thing (`EntityResolver`), with the organisation ↔
/// initiative relations their sentences state.
public struct EntityRecognizer: Sendable {
    public static let standard = EntityRecognizer()
    let lexicon: EntityLexicon

    public init() {
        self.init(lexicon: .standard)
    }

    init(lexicon: EntityLexicon) {
        self.lexicon = lexicon
    }

    /// Entities of all profiles, resolved to one record per real thing. `communities` carries
    /// the profiled names and their aliases (a profiled community is never an entity).
    public func recognize(_ profiles: [Profile], communities: [CommunityRecord]) -> EntityResult {
        let finder = CandidateFinder(lexicon: lexicon, communityForms: CommunityAliases.referenceForms(of: communities))
        // Candidates and cues of a sentence depend on nothing else: find them on all cores,
        // then resolve serially in corpus order.
        let findings = profiles.parallelMap { profile in
            profile.sentences.compactMap { sentence -> (Sentence, [Candidate], [RelationCue])? in
                let scanned = ScannedSentence(sentence.text)
                guard !Self.looksLikeHeading(scanned) else { return nil }
                return (sentence, finder.candidates(in: scanned), relationCues(sentence, scanned))
            }
        }
        var resolver = EntityResolver(lexicon: lexicon, finder: finder)
        var cues: [SourceSpan: [RelationCue]] = [:]
        for (profile, sentences) in zip(profiles, findings) {
            for (sentence, found, sentenceCues) in sentences {
                resolver.add(found, in: sentence, community: profile.name)
                if !sentenceCues.isEmpty { cues[sentence.span] = sentenceCues }
            }
            for award in profile.footer.awards {
                resolver.addAward(award.award, span: award.span, community: profile.name)
            }
        }
        // Themes of initiatives and networks are the graph layer's (ThemeLinks): one place.
        let entities = resolver.resolve()
        return EntityResult(entities: entities, relations: relations(entities, cues: cues))
    }

    /// A title-case line without closing punctuation is a heading, not narrative: its capitals
    /// say nothing about names.
    static func looksLikeHeading(_ sentence: ScannedSentence) -> Bool {
        guard let last = sentence.scalars.last(where: { !NameScanner.isSpace($0) }),
              !".!?\"”’')".unicodeScalars.contains(last) else { return false }
        let words = sentence.tokens.filter { $0.isWord && $0.shape != .number }
        let capitalised = words.filter(\.isNameWord).count
        return capitalised * 2 >= words.count
    }

    // MARK: relations

    struct RelationCue: Sendable { var offset: Int; var partner: Bool }

    private func relationCues(_ sentence: Sentence, _ scanned: ScannedSentence) -> [RelationCue] {
        let tokens = scanned.tokens, folded = scanned.folded
        var cues: [RelationCue] = []
        for (i, t) in tokens.enumerated() where t.shape == .lower {
            if lexicon.partnerWords.longest(endingAt: i + 1, in: folded, floor: max(0, i + 1 - lexicon.partnerWords.maxLength)) != nil {
                cues.append(RelationCue(offset: sentence.span.start + t.range.lowerBound, partner: true))
            } else if lexicon.operatesVerbs.longest(endingAt: i + 1, in: folded, floor: max(0, i + 1 - lexicon.operatesVerbs.maxLength)) != nil {
                cues.append(RelationCue(offset: sentence.span.start + t.range.lowerBound, partner: false))
            }
        }
        return cues
    }

    /// Organisations before an "operates" verb operate the initiatives after it; with a
    /// partnership word, the organisations and initiatives of the sentence are partners.
    private func relations(_ entities: [EntityRecord], cues: [SourceSpan: [RelationCue]]) -> [EntityRelation] {
        var bySentence: [SourceSpan: [(offset: Int, id: String, type: NodeType)]] = [:]
        for entity in entities where [.organization, .initiative, .network].contains(entity.type) {
            for mention in entity.mentions where cues[mention.sentence] != nil {
                bySentence[mention.sentence, default: []].append((mention.span.start, entity.id, entity.type))
            }
        }
        var seen: Set<String> = []
        var out: [EntityRelation] = []
        func emit(_ source: String, _ target: String, _ type: String, _ evidence: SourceSpan) {
            guard source != target, seen.insert("\(source)|\(target)|\(type)").inserted else { return }
            out.append(EntityRelation(source: source, target: target, type: type, evidence: evidence))
        }
        for sentence in bySentence.keys.sorted() {
            let named = bySentence[sentence]!.sorted { $0.offset < $1.offset }
            let orgs = named.filter { $0.type == .organization }
            let initiatives = named.filter { $0.type != .organization }
            guard !orgs.isEmpty else { continue }
            for cue in cues[sentence]! {
                if cue.partner {
                    for org in orgs {
                        for initiative in initiatives { emit(org.id, initiative.id, "partner-of", sentence) }
                        for other in orgs where other.offset > org.offset { emit(org.id, other.id, "partner-of", sentence) }
                    }
                } else {
                    for org in orgs where org.offset < cue.offset {
                        for initiative in initiatives where initiative.offset > cue.offset {
                            emit(org.id, initiative.id, "operates", sentence)
                        }
                    }
                }
            }
        }
        return out
    }
}
