import ChronographCore

/// The attributes every graph format (GraphML, GEXF, Neo4j) writes for a node or edge: the
/// node's own properties plus `type`, `community`, `first_year`, `last_year`, `degree` and its
/// style, derived once per graph so the formats agree. Holds the graph's nodes and edges in
/// output order, sorted once.
struct GraphAttributes {
    let nodes: [GraphNode]
    let edges: [GraphEdge]
    let spans: GraphTimeSpans
    private let degrees: [String: Int]

    init(_ graph: KnowledgeGraph) {
        nodes = graph.nodes
        edges = graph.edges
        spans = GraphTimeSpans(graph, nodes: nodes, edges: edges)
        var degrees: [String: Int] = [:]
        for edge in edges {
            degrees[edge.source, default: 0] += 1
            degrees[edge.target, default: 0] += 1
        }
        self.degrees = degrees
    }

    /// Properties of a node; `label` included so every format carries the name under one key.
    func properties(of node: GraphNode) -> [String: JSONValue] {
        var all = node.properties
        all["label"] = .string(node.label)
        all["type"] = .string(node.type.rawValue)
        if let community = community(of: node) { all["community"] = .string(community) }
        if let span = spans.nodes[node.id] {
            all["first_year"] = .int(span.firstYear)
            all["last_year"] = .int(span.lastYear)
        }
        all["degree"] = .int(degree(of: node))
        return all
    }

    func properties(of edge: GraphEdge) -> [String: JSONValue] {
        var all = edge.properties
        all["label"] = .string(edge.type)
        all["type"] = .string(edge.type)
        all["weight"] = .double(edge.weight)
        if let start = spans.start(of: edge) { all["first_year"] = .int(start.year) }
        return all
    }

    func degree(of node: GraphNode) -> Int { degrees[node.id] ?? 0 }

    func size(of node: GraphNode) -> Double {
        NodeStyle.size(mentions: node.properties["mentions"]?.intValue, degree: degree(of: node))
    }

    /// The community a node belongs to: an event's community, a community itself, or the first
    /// of an entity's communities (so Gephi can partition by one value).
    func community(of node: GraphNode) -> String? {
        switch node.type {
        case .community: return node.label
        default:
            if let own = node.properties["community"]?.stringValue { return own }
            return node.properties["communities"]?.arrayValue?.first?.stringValue
        }
    }
}
