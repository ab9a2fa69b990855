import ChronographCore

/// Assembles the knowledge graph from an extraction: communities, awards, themes, entities
/// and events as nodes; typed, weighted edges between them.
public struct GraphBuilder: Sendable {
    /// Theme ids, in the guidelines' order; each becomes a theme node.
    public var themeIDs: [String]
    /// Theme scores, `about` and `related` edges.
    public var themeLinks: ThemeLinks

    public init(themes: any ThemeScoring) {
        self.themeIDs = themes.themeIDs
        self.themeLinks = ThemeLinks(scorer: themes)
    }

    /// `sentences`: the profiles' sentences, for the themes and terms of what they mention.
    public func build(_ extraction: Extraction, sentences: [Sentence] = []) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for theme in themeIDs {
            graph.add(GraphNode(id: "theme-" + theme, label: theme, type: .theme))
        }
        // An award record naming something the recogniser typed otherwise (a title naming a
        // living lab) points at that entity instead of making an award node of its own.
        var claimed: [String: String] = [:]
        for entity in extraction.entities where entity.type != .award { claimed[Slug.make(entity.name)] = entity.id }
        var awardCommunities: [String: Set<String>] = [:]
        for community in extraction.communities {
            addCommunity(community, claimed: claimed, awardCommunities: &awardCommunities, to: &graph)
        }
        // Each award node lists its communities once, sorted (not re-sorted per community).
        for (id, names) in awardCommunities {
            graph.update(id) { $0.properties["communities"] = .strings(names.sorted()) }
        }
        let communityIDs = Dictionary(extraction.communities.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        for entity in extraction.entities {
            addEntity(entity, communityIDs: communityIDs, to: &graph)
        }
        addCoOccurrences(extraction.entities, to: &graph)
        for relation in extraction.relations {
            graph.add(GraphEdge(source: relation.source, target: relation.target, type: relation.type))
        }
        for event in extraction.events {
            addEvent(event, communityIDs: communityIDs, to: &graph)
        }
        themeLinks.apply(extraction, sentences: sentences, to: &graph)
        return graph
    }

    private func addEntity(_ entity: EntityRecord, communityIDs: [String: String], to graph: inout KnowledgeGraph) {
        var properties: [String: JSONValue] = [
            "aliases": .strings(entity.aliases),
            "communities": .strings(entity.communities),
            "mentions": .int(entity.mentions.count),
            "confidence": .double(entity.confidence),
        ]
        if entity.type == .initiative || entity.type == .network { properties["themes"] = .strings(entity.themes) }
        if let first = entity.mentions.min() { properties["source"] = first.span.json }
        // Provenance of every mention: where the name stands and the sentence that holds it.
        properties["occurrences"] = .array(entity.mentions.sorted().map { mention in
            .object([("document", .string(mention.span.document)), ("start", .int(mention.span.start)),
                     ("end", .int(mention.span.end)), ("sentence_start", .int(mention.sentence.start)),
                     ("sentence_end", .int(mention.sentence.end))])
        })
        if graph.node(entity.id) != nil {
            // Award entities meet the award nodes made from community records: merge communities.
            graph.update(entity.id) { node in
                let known = Set((node.properties["communities"]?.arrayValue ?? []).compactMap(\.stringValue))
                node.properties["communities"] = .strings(known.union(entity.communities).sorted())
                node.properties["aliases"] = .strings(entity.aliases)
                node.properties["mentions"] = .int(entity.mentions.count)
            }
        } else {
            graph.add(GraphNode(id: entity.id, label: entity.name, type: entity.type, properties: properties))
        }
        var perCommunity: [String: Int] = [:]
        for mention in entity.mentions { perCommunity[mention.community, default: 0] += 1 }
        for community in entity.communities {
            guard let target = communityIDs[community] else { continue }
            graph.add(GraphEdge(source: entity.id, target: target, type: "mentioned-in",
                                weight: Double(max(1, perCommunity[community] ?? 0))))
        }
    }

    /// Entity pairs named in the same sentence (weight = sentences), through a sentence index
    /// rather than a scan over all entity pairs.
    private func addCoOccurrences(_ entities: [EntityRecord], to graph: inout KnowledgeGraph) {
        var bySentence: [SourceSpan: Set<String>] = [:]
        for entity in entities {
            for mention in entity.mentions { bySentence[mention.sentence, default: []].insert(entity.id) }
        }
        for ids in bySentence.values where ids.count > 1 {
            let sorted = ids.sorted()
            for (i, a) in sorted.enumerated() {
                for b in sorted[(i + 1)...] {
                    graph.add(GraphEdge(source: a, target: b, type: "co-occurs"))
                }
            }
        }
    }

    private func addEvent(_ event: Event, communityIDs: [String: String], to graph: inout KnowledgeGraph) {
        graph.add(GraphNode(id: event.id, label: event.title, type: .event, properties: [
            "community": .string(event.community),
            "date": .string(event.date.description),
            "year": .int(event.year),
            "mod": .optional(event.mod?.rawValue),
            "event_type": .string(event.type.rawValue),
            "themes": .strings(event.themes),
            "text": .string(event.text),
            "source": event.source.json,
        ]))
        if let community = communityIDs[event.community] {
            graph.add(GraphEdge(source: event.id, target: community, type: "event-of"))
        }
        for entity in event.entities where graph.node(entity) != nil {
            graph.add(GraphEdge(source: event.id, target: entity, type: "involves"))
        }
    }

    private func addCommunity(_ community: CommunityRecord, claimed: [String: String],
                              awardCommunities: inout [String: Set<String>], to graph: inout KnowledgeGraph) {
        graph.add(GraphNode(id: community.id, label: community.name, type: .community, properties: [
            "aliases": .strings(community.aliases),
            "population": .optional(community.population),
            "labor_force": .optional(community.laborForce),
            "website": .optional(community.website),
            "awards": .array(community.awards.map { .object([("award", .string($0.award)), ("year", .int($0.year))]) }),
            "document": .string(community.source.document),
        ]))
        for award in community.awards {
            if let entity = claimed[Slug.make(award.award)] {
                graph.add(GraphEdge(source: community.id, target: entity, type: "received", weight: 1,
                                    properties: ["years": .array([.int(award.year)])]))
                continue
            }
            let id = EntityRecord.makeID(type: .award, name: award.award)
            graph.add(GraphNode(id: id, label: award.award, type: .award, properties: ["communities": .strings([])]))
            awardCommunities[id, default: []].insert(community.name)
            graph.add(GraphEdge(source: community.id, target: id, type: "received", weight: 1,
                                properties: ["years": .array([.int(award.year)])]))
        }
    }
}
