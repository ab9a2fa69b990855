import ChronographCore

/// Runs the extractors over profiles: community facts and awards, entities, dated events,
/// then links each event to the entities mentioned in its sentence.
public struct Extractor: Sendable {
    public var awards: NarrativeAwardFinder
    public var events: EventExtractor
    public var entities: EntityRecognizer
    /// Anchors "this year", "last year" when a document has no earlier date (news-style text).
    public var referenceDate: EDTFDate?

    public init(awards: NarrativeAwardFinder = .standard, events: EventExtractor = EventExtractor(),
                entities: EntityRecognizer = .standard, referenceDate: EDTFDate? = nil) {
        self.awards = awards
        self.events = events
        self.entities = entities
        self.referenceDate = referenceDate
    }

    public var themes: ThemeLexicon { events.themes }

    public func extract(_ profiles: [Profile]) -> Extraction {
        var result = Extraction()
        // Profiles are independent until entity resolution: extract them on all cores.
        for (community, events) in profiles.parallelMap({ extract($0) }) {
            result.communities.append(community)
            result.events += events
        }
        let found = entities.recognize(profiles, communities: result.communities)
        result.entities = found.entities
        result.relations = found.relations
        result.events = EventIdentifiers.assign(link(result.events, to: found.entities))
        return result
    }

    func extract(_ profile: Profile) -> (CommunityRecord, [Event]) {
        var community = CommunityRecord(
            name: profile.name,
            aliases: CommunityAliases.find(name: profile.name, in: profile.sentences.map(\.text)),
            population: profile.footer.population, laborForce: profile.footer.laborForce,
            website: profile.footer.website, source: profile.nameSpan)
        var events: [Event] = []
        for award in profile.footer.awards {
            community.awards.append(AwardRecord(award: award.award, year: award.year))
            events.append(Event(community: profile.name, date: .year(award.year), type: .award,
                                title: "\(award.award) \(award.year)", text: award.line,
                                themes: ["recognition"], source: award.span))
        }
        var narrative = self.events.events(in: profile, referenceDate: referenceDate)
        awards.attach(to: &narrative, records: &community.awards, sentences: profile.sentences)
        return (community, events + narrative)
    }

    /// Events list the entities whose mentions fall inside their sentence.
    private func link(_ events: [Event], to entities: [EntityRecord]) -> [Event] {
        var bySentence: [SourceSpan: [String]] = [:]
        let spans = Set(events.map(\.source))
        var starts: [String: [SourceSpan]] = [:]
        for span in spans { starts[span.document, default: []].append(span) }
        for key in starts.keys { starts[key]!.sort() }
        for entity in entities {
            for mention in entity.mentions {
                guard let list = starts[mention.span.document],
                      let sentence = SortedSpans.containing(mention.span, in: list) else { continue }
                if !(bySentence[sentence]?.contains(entity.id) ?? false) { bySentence[sentence, default: []].append(entity.id) }
            }
        }
        return events.map { event in
            var event = event
            event.entities = (bySentence[event.source] ?? []).sorted()
            return event
        }
    }
}

/// Binary search for the span (sorted by start) that contains another span.
enum SortedSpans {
    static func containing(_ inner: SourceSpan, in sorted: [SourceSpan]) -> SourceSpan? {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].start <= inner.start { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            let candidate = sorted[k]
            if candidate.end >= inner.end && candidate.start <= inner.start { return candidate }
            if candidate.end < inner.start { break }
            k -= 1
        }
        return nil
    }
}

/// Event ids from content, not position: `evt-<community>-<year>-<hash>`, the hash of the
/// event's document, sentence and time-expression offsets, date, type and title, so adding,
/// changing or removing one document leaves every other document's event ids alone.
public enum EventIdentifiers {
    public static func assign(_ events: [Event]) -> [Event] {
        var used: Set<String> = []
        var slugs: [String: String] = [:]
        return events.sorted(by: Event.chronological).map { event in
            var event = event
            let slug = slugs[event.community] ?? Slug.make(event.community)
            slugs[event.community] = slug
            let time = event.timeSpan.map { "\($0.start)-\($0.end)" } ?? ""
            let content = [event.source.document, "\(event.source.start)-\(event.source.end)", time,
                           event.date.description, event.type.rawValue, event.title].joined(separator: "\u{1F}")
            let stem = "evt-\(slug)-\(event.year)-\(ContentHash.hex(content.utf8).prefix(10))"
            // Two events of identical content (one document) are told apart in timeline order.
            var id = stem, copy = 1
            while !used.insert(id).inserted {
                copy += 1
                id = "\(stem)-\(copy)"
            }
            event.id = id
            return event
        }
    }
}
