import ChronographCore
@testable import ChronographExtract

/// Builds profiles from sentences (offsets laid end to end) and runs the standard recogniser.
enum EntityFixture {
    static func profile(_ name: String, _ sentences: [String], document: String = "test.txt", start: Int = 0,
                        footer: FooterFacts = FooterFacts()) -> Profile {
        var offset = start + name.unicodeScalars.count + 1
        var built: [Sentence] = []
        for (i, text) in sentences.enumerated() {
            let length = text.unicodeScalars.count
            built.append(Sentence(text: text, span: SourceSpan(document: document, start: offset, end: offset + length), index: i))
            offset += length + 1
        }
        return Profile(name: name, nameSpan: SourceSpan(document: document, start: start, end: start + name.unicodeScalars.count),
                       sentences: built, footer: footer)
    }

    static func community(_ profile: Profile, aliases: [String] = []) -> CommunityRecord {
        CommunityRecord(name: profile.name, aliases: aliases, source: profile.nameSpan)
    }

    static func recognize(_ name: String, _ sentences: [String], aliases: [String] = []) -> EntityResult {
        let p = profile(name, sentences)
        return EntityRecognizer.standard.recognize([p], communities: [community(p, aliases: aliases)])
    }
}

extension EntityResult {
    func named(_ name: String) -> EntityRecord? {
        let wanted = Slug.fold(name)
        return entities.first { Slug.fold($0.name) == wanted || $0.aliases.contains { Slug.fold($0) == wanted } }
    }

    /// Both forms are names (or aliases) of one entity.
    func sameNode(_ a: String, _ b: String) -> Bool {
        guard let first = named(a), let second = named(b) else { return false }
        return first.id == second.id
    }
}
