import ChronographCore
import Foundation

/// The kinds of evidence a word or phrase gives about a name. `facility` is a named place that
/// is built or opened: an initiative, unless the text makes it act as a party (organization).
enum EntityKind: String, Sendable {
    case person, organization, initiative, facility, network, award, place

    /// Tie-break order between kinds with equal votes: the more specific first.
    var order: Int {
        switch self {
        case .award: 0
        case .network: 1
        case .person: 2
        case .initiative: 3
        case .place: 4
        case .facility: 5
        case .organization: 6
        }
    }

    init?(label: String) { self.init(rawValue: label.trimmingCharacters(in: .whitespaces).lowercased()) }

    var nodeType: NodeType {
        switch self {
        case .person: .person
        case .organization: .organization
        case .initiative, .facility: .initiative
        case .network: .network
        case .award: .award
        case .place: .place
        }
    }
}

/// Word sequences keyed by their folded words, for longest-match lookups.
struct NamePhraseTable<Value: Sendable>: Sendable {
    private(set) var entries: [[String]: Value] = [:]
    private(set) var maxLength = 0
    /// Last words of the phrases: most text words end none, one set lookup rules them out.
    private var lastWords: Set<String> = []

    mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty, entries[words] == nil else { return }
        entries[words] = value
        maxLength = max(maxLength, words.count)
        lastWords.insert(words[words.count - 1])
    }

    subscript(_ words: [String]) -> Value? { entries[words] }
    subscript(_ words: ArraySlice<String>) -> Value? { entries[Array(words)] }

    /// The longest phrase ending at `end` (exclusive) and starting at or after `floor`.
    func longest(endingAt end: Int, in words: [String], floor: Int = 0) -> (start: Int, value: Value)? {
        guard end > floor, lastWords.contains(words[end - 1]) else { return nil }
        var length = min(maxLength, end - floor)
        while length > 0 {
            if let v = entries[Array(words[(end - length)..<end])] { return (end - length, v) }
            length -= 1
        }
        return nil
    }

    /// Whether a phrase starts at `start`.
    func hasPhrase(startingAt start: Int, in words: [String]) -> Bool {
        guard maxLength > 0, start < words.count else { return false }
        return (1...min(maxLength, words.count - start)).contains { entries[Array(words[start..<(start + $0)])] != nil }
    }
}

/// Everything the recogniser knows as data: the files of `Resources/entities/`.
struct EntityLexicon: Sendable {
    var notNames: Set<String> = []
    var calendar: Set<String> = []
    var genericWords: Set<String> = []
    var genericAcronyms: Set<String> = []
    var nationalities: Set<String> = []
    var connectors: Set<String> = []
    /// Last parts of hyphenated adjectives ("-based", "-owned") that never end a name.
    var adjectiveEndings: Set<String> = []
    /// "de", "du", "da": words after which a Romance-language name goes on in lower case.
    var romanceConnectors: Set<String> = []
    /// "greater", "east": words that make a place of the known place after them.
    var placeModifiers: Set<String> = []
    /// "-town", "-ville": endings of place names.
    var placeEndings: [String] = []
    /// "smart", "virtual": adjectives that make a programme's brand of a place name.
    var brandModifiers: Set<String> = []
    var functionWords: Set<String> = []
    /// Small words a title keeps in lower case between its capitalised words.
    var titleWords: Set<String> = []
    var genericPhrases = NamePhraseTable<Bool>()

    var titles = NamePhraseTable<Bool>()
    var roles = NamePhraseTable<Bool>()
    var givenNames: Set<String> = []
    /// East Asian family names, written first ("Park Ji-won", "Lee Hsien Loong").
    var familyNames: Set<String> = []
    /// Lower-case English words: a capitalised one alone is a common word, not a name.
    var englishWords: Set<String> = []

    var heads = NamePhraseTable<EntityKind>()
    var prefixes = NamePhraseTable<EntityKind>()
    var nouns = NamePhraseTable<EntityKind>()
    var connectivity: Set<String> = []
    /// "formerly", "renamed": the name after one of these is another name of the one before.
    var renameCues: Set<String> = []
    /// "now", "later": rename cues only right after the first name's comma ("X, now Y").
    var renameCuesAfterComma: Set<String> = []
    /// Words right after a name that only a person takes ("said", "told").
    var personAfter: Set<String> = []
    /// "de", "van", "bin": particles between a given name and a family name.
    var nameParticles: Set<String> = []
    var shortFormHeads: Set<String> = []
    /// Heads of recurring events whose edition year leads the name ("2030 Lakeport Games").
    var editionHeads: Set<String> = []
    var places = NamePhraseTable<Bool>()
    /// The generated world gazetteer: weaker than `places`, since many small towns share a
    /// name with a company or a family ("Nokia", "Campbell").
    var worldPlaces = NamePhraseTable<Bool>()
    /// "Lake X", "Mount X", "Port of X": the first words of a place name.
    var placePrefixes = NamePhraseTable<Bool>()
    /// Nouns after a possessive name that make it an organisation ("X's headquarters").
    var organizationPossessions: Set<String> = []
    /// Nouns that introduce a quoted slogan ("under the theme \"...\""): names inside it are none.
    var sloganNouns: Set<String> = []

    var placeBefore = NamePhraseTable<Bool>()
    var partyBefore = NamePhraseTable<Bool>()
    var organizationAfter = NamePhraseTable<Bool>()
    var initiativeAfter = NamePhraseTable<Bool>()
    var initiativeBefore = NamePhraseTable<Bool>()
    /// "won the", "finalist for the": a name after these is an award.
    var awardBefore = NamePhraseTable<Bool>()
    var networkBefore = NamePhraseTable<Bool>()
    var organizationBefore = NamePhraseTable<Bool>()
    var sentenceSubject = NamePhraseTable<Bool>()
    var operatesVerbs = NamePhraseTable<Bool>()
    var partnerWords = NamePhraseTable<Bool>()

    /// Words that name no particular thing: generic words ("City Council") and at most one head
    /// word ("the Station"); "Charter Communications" has two heads and is a name.
    func isGeneric(_ words: [String]) -> Bool {
        var heads = 0
        for w in words where !(genericWords.contains(w) || connectors.contains(w) || w == "the") {
            guard self.heads[[w]] != nil else { return false }
            heads += 1
        }
        return heads <= 1
    }

    static let standard = EntityLexicon(
        names: RuleFile(bundle: .module, name: "entities/names.lexicon"),
        people: RuleFile(bundle: .module, name: "entities/people.lexicon"),
        heads: RuleFile(bundle: .module, name: "entities/heads.lexicon"),
        nouns: RuleFile(bundle: .module, name: "entities/nouns.lexicon"),
        cues: RuleFile(bundle: .module, name: "entities/cues.lexicon"),
        places: RuleFile(bundle: .module, name: "entities/places.lexicon"),
        generated: GeneratedLists(givenNames: RuleFile(bundle: .module, name: "entities/given-names.lexicon"),
                                  gazetteer: RuleFile(bundle: .module, name: "entities/gazetteer.lexicon"),
                                  englishWords: RuleFile(bundle: .module, name: "entities/english-words.lexicon")))

    /// The word lists `scripts/make_lexicons.py` derives from open data.
    struct GeneratedLists: Sendable {
        var givenNames: RuleFile
        var gazetteer: RuleFile
        var englishWords: RuleFile
    }

    /// `generated` is nil in a lexicon built without the open-data word lists.
    init(names: RuleFile, people: RuleFile, heads: RuleFile, nouns: RuleFile, cues: RuleFile, places: RuleFile,
         generated: GeneratedLists? = nil) {
        func set(_ file: RuleFile, _ section: String) -> Set<String> { Set(file.lines(section).map(Slug.fold)) }
        func table(_ file: RuleFile, _ section: String) -> NamePhraseTable<Bool> {
            var t = NamePhraseTable<Bool>()
            for line in file.lines(section) { t.insert(NameScanner.words(line), true) }
            return t
        }
        notNames = set(names, "not-names")
        calendar = set(names, "calendar")
        genericWords = set(names, "generic-words")
        genericAcronyms = set(names, "generic-acronyms")
        nationalities = set(names, "nationalities")
        connectors = set(names, "connectors")
        adjectiveEndings = set(names, "adjective-endings")
        romanceConnectors = set(names, "romance-connectors")
        brandModifiers = set(names, "brand-modifiers")
        placeModifiers = set(places, "place-modifiers")
        placeEndings = places.lines("place-endings").map(Slug.fold)
        functionWords = set(names, "function-words")
        titleWords = set(names, "title-words")
        genericPhrases = table(names, "generic-phrases")

        self.titles = table(people, "titles")
        roles = table(people, "roles")
        givenNames = set(people, "given-names")
        familyNames = set(people, "family-names")
        nameParticles = set(people, "name-particles")

        for section in heads.sectionOrder {
            if section == "edition-heads" {
                editionHeads = set(heads, section)
            } else if section == "place-prefixes" {
                placePrefixes = table(heads, section)
            } else if section == "short-forms" {
                shortFormHeads = set(heads, section)
            } else if section == "facility-prefixes" {
                for line in heads.lines(section) { prefixes.insert(NameScanner.words(line), .facility) }
            } else if section == "organization-prefixes" {
                for line in heads.lines(section) { prefixes.insert(NameScanner.words(line), .organization) }
            } else if let kind = EntityKind(label: section) {
                for line in heads.lines(section) { self.heads.insert(NameScanner.words(line), kind) }
            }
        }
        for entry in nouns.entries() {
            guard let (noun, label) = entry.mapping, let kind = EntityKind(label: label) else { continue }
            self.nouns.insert(NameScanner.words(noun), kind)
        }
        connectivity = set(nouns, "connectivity")
        for section in places.sectionOrder where !["place-modifiers", "place-endings"].contains(section) {
            for line in places.lines(section) { self.places.insert(NameScanner.words(line), true) }
        }
        if let generated {
            givenNames.formUnion(generated.givenNames.lines().map(Slug.fold))
            for line in generated.gazetteer.lines() { worldPlaces.insert(NameScanner.words(line), true) }
            englishWords = Set(generated.englishWords.lines())
        }
        placeBefore = table(cues, "place-before")
        organizationPossessions = set(cues, "organization-possessions")
        sloganNouns = set(cues, "slogan-nouns")
        renameCues = set(cues, "rename-cues")
        renameCuesAfterComma = set(cues, "rename-cues-after-comma")
        personAfter = set(cues, "person-after")
        partyBefore = table(cues, "party-before")
        organizationAfter = table(cues, "organization-after")
        initiativeAfter = table(cues, "initiative-after")
        initiativeBefore = table(cues, "initiative-before")
        awardBefore = table(cues, "award-before")
        networkBefore = table(cues, "network-before")
        organizationBefore = table(cues, "organization-before")
        sentenceSubject = table(cues, "sentence-subject")
        operatesVerbs = table(cues, "operates-verbs")
        partnerWords = table(cues, "partner-words")
    }
}
