/// An award a community received, from the footer or the narrative.
public struct AwardRecord: Hashable, Sendable {
    public var award: String
    public var year: Int
    public init(award: String, year: Int) {
        self.award = award
        self.year = year
    }
}

/// One profiled community, as the graph and the scorer see it.
public struct CommunityRecord: Sendable {
    public var name: String
    public var aliases: [String]
    public var population: Int?
    public var laborForce: Int?
    public var website: String?
    public var awards: [AwardRecord]
    public var source: SourceSpan

    public init(name: String, aliases: [String] = [], population: Int? = nil, laborForce: Int? = nil,
                website: String? = nil, awards: [AwardRecord] = [], source: SourceSpan) {
        self.name = name
        self.aliases = aliases
        self.population = population
        self.laborForce = laborForce
        self.website = website
        self.awards = awards
        self.source = source
    }

    public var id: String { "community-" + Slug.make(name) }
}

/// A named thing found in the narrative, resolved to one record per real thing.
public struct EntityRecord: Sendable, Equatable {
    public var id: String
    public var name: String
    public var type: NodeType
    public var aliases: [String]
    public var communities: [String]
    public var mentions: [Mention]
    public var themes: [String]
    /// How sure the typing rules are (1 for lexicon or cue evidence, lower for guesses).
    public var confidence: Double

    public init(id: String, name: String, type: NodeType, aliases: [String] = [], communities: [String] = [],
                mentions: [Mention] = [], themes: [String] = [], confidence: Double = 1) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.communities = communities
        self.mentions = mentions
        self.themes = themes
        self.confidence = confidence
    }

    public static func makeID(type: NodeType, name: String) -> String { type.rawValue + "-" + Slug.make(name) }
}

/// What extraction yields for a set of profiles.
public struct Extraction: Sendable {
    public var communities: [CommunityRecord] = []
    public var events: [Event] = []
    public var entities: [EntityRecord] = []
    public var relations: [EntityRelation] = []
    public init(communities: [CommunityRecord] = [], events: [Event] = [], entities: [EntityRecord] = [],
                relations: [EntityRelation] = []) {
        self.communities = communities
        self.events = events
        self.entities = entities
        self.relations = relations
    }
}

/// One place an entity is named: the surface form's span, the sentence, the community.
public struct Mention: Sendable, Equatable, Comparable {
    public var span: SourceSpan
    public var sentence: SourceSpan
    public var community: String
    /// The surface form as written.
    public var text: String

    public init(span: SourceSpan, sentence: SourceSpan, community: String, text: String) {
        self.span = span
        self.sentence = sentence
        self.community = community
        self.text = text
    }

    public static func < (a: Mention, b: Mention) -> Bool { a.span < b.span }
}

/// A relation the text states between two entities ("X partnered with Y", "X operates Y").
public struct EntityRelation: Sendable, Equatable {
    public var source: String
    public var target: String
    /// `partner-of` or `operates`.
    public var type: String
    public var evidence: SourceSpan

    public init(source: String, target: String, type: String, evidence: SourceSpan) {
        self.source = source
        self.target = target
        self.type = type
        self.evidence = evidence
    }
}
