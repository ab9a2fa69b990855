import ChronographCore

/// Assembles the knowledge graph from an extraction: communities, awards, themes, entities
/// and events as nodes; typed, weighted edges between them.
public struct GraphBuilder: Sendable {
    /// Theme ids, in the guidelines' order; each becomes a theme node.
    public var themeIDs: [String]

    public init(themeIDs: [String]) {
        self.themeIDs = themeIDs
    }

    public func build(_ extraction: Extraction) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for theme in themeIDs {
            graph.add(GraphNode(id: "theme-" + theme, label: theme, type: .theme))
        }
        for community in extraction.communities {
            addCommunity(community, to: &graph)
        }
        return graph
    }

    private func addCommunity(_ community: CommunityRecord, to graph: inout KnowledgeGraph) {
        graph.add(GraphNode(id: community.id, label: community.name, type: .community, properties: [
            "aliases": .strings(community.aliases),
            "population": .optional(community.population),
            "labor_force": .optional(community.laborForce),
            "website": .optional(community.website),
            "awards": .array(community.awards.map { .object([("award", .string($0.award)), ("year", .int($0.year))]) }),
            "document": .string(community.source.document),
        ]))
        for award in community.awards {
            let id = EntityRecord.makeID(type: .award, name: award.award)
            graph.add(GraphNode(id: id, label: award.award, type: .award, properties: ["communities": .strings([])]))
            graph.update(id) { node in
                var names = node.properties["communities"]?.arrayValue ?? []
                if !names.contains(.string(community.name)) { names.append(.string(community.name)) }
                node.properties["communities"] = .array(names.sorted { ($0.stringValue ?? "") < ($1.stringValue ?? "") })
            }
            graph.add(GraphEdge(source: community.id, target: id, type: "received", weight: 1,
                                properties: ["years": .array([.int(award.year)])]))
        }
    }
}
