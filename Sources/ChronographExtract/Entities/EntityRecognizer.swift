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

/// PLACEHOLDER until the rule-and-lexicon recogniser lands: finds nothing.
public struct EntityRecognizer: Sendable {
    public static let standard = EntityRecognizer()
    public init() {}

    /// Entities of all profiles, resolved to one record per real thing. `communities` carries
    /// the profiled names and their aliases (a profiled community is never an entity).
    public func recognize(_ profiles: [Profile], communities: [CommunityRecord]) -> EntityResult {
        EntityResult()
    }
}
