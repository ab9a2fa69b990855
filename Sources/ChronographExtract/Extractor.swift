import ChronographCore

/// Runs the extractors over profiles, one profile at a time (profiles are independent).
public struct Extractor: Sendable {
    public var awards: NarrativeAwardFinder
    public var themes: ThemeLexicon

    public init(awards: NarrativeAwardFinder = .standard, themes: ThemeLexicon = .standard) {
        self.awards = awards
        self.themes = themes
    }

    public func extract(_ profiles: [Profile]) -> Extraction {
        var result = Extraction()
        for profile in profiles {
            let (community, events) = extract(profile)
            result.communities.append(community)
            result.events += events
        }
        result.events = EventIdentifiers.assign(result.events)
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
        for sentence in profile.sentences {
            for found in awards.find(in: sentence.text) {
                guard let year = YearScan.nearest(in: sentence.text, to: found.range.lowerBound) else { continue }
                let record = AwardRecord(award: found.name, year: year)
                if !community.awards.contains(record) { community.awards.append(record) }
                var themes = ["recognition"]
                themes += self.themes.themes(sentence.text).filter { $0 != "recognition" }
                events.append(Event(community: profile.name, date: .year(year), type: .award,
                                    title: "\(found.name) (\(year))", text: sentence.text,
                                    themes: Array(themes.prefix(3)), source: sentence.span))
            }
        }
        return (community, events)
    }
}

/// Stable event ids: `evt-<community>-<year>-<n>`, numbered in timeline order.
public enum EventIdentifiers {
    public static func assign(_ events: [Event]) -> [Event] {
        var counts: [String: Int] = [:]
        return events.sorted(by: Event.chronological).map { event in
            var event = event
            let stem = "evt-\(Slug.make(event.community))-\(event.year)"
            counts[stem, default: 0] += 1
            event.id = "\(stem)-\(counts[stem]!)"
            return event
        }
    }
}

/// Plain four-digit years in a sentence (1800–2199), for cues that need only the year.
enum YearScan {
    static func nearest(in sentence: String, to offset: Int) -> Int? {
        let scalars = Array(sentence.unicodeScalars)
        var best: (distance: Int, year: Int)?
        var i = 0
        while i + 4 <= scalars.count {
            let isDigit = { (k: Int) in k >= 0 && k < scalars.count && ("0"..."9").contains(scalars[k]) }
            if (i..<i + 4).allSatisfy(isDigit), !isDigit(i - 1), !isDigit(i + 4) {
                let year = Int(String(String.UnicodeScalarView(scalars[i..<i + 4])))!
                if (1800...2199).contains(year), best == nil || abs(i - offset) < best!.distance {
                    best = (abs(i - offset), year)
                }
                i += 4
            } else {
                i += 1
            }
        }
        return best?.year
    }
}
