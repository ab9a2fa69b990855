import ChronographCore

/// When each node and edge of a graph is first and last dated, derived in one place for every
/// dynamic export. A node is dated by the events it touches: an event node by its own date, any
/// node linked to an event (`event-of`, `involves`, `about`, ...) by that event's date, and both
/// ends of an edge carrying `years` (a community's `received` award) by those years.
/// Nodes that no dated fact reaches have no span and are shown at every time.
public struct GraphTimeSpans: Sendable {
    /// The first and last day a node or edge is dated by.
    public struct Span: Sendable, Equatable {
        public var first: EDTFDate.Day
        public var last: EDTFDate.Day
        public var firstYear: Int { first.year }
        public var lastYear: Int { last.year }

        func union(_ other: Span) -> Span { Span(first: min(first, other.first), last: max(last, other.last)) }
    }

    public private(set) var nodes: [String: Span] = [:]

    public init(_ graph: KnowledgeGraph) {
        self.init(graph, nodes: graph.nodes, edges: graph.edges)
    }

    /// The same from the graph's nodes and edges already sorted (sorting is a writer's main cost).
    init(_ graph: KnowledgeGraph, nodes graphNodes: [GraphNode], edges graphEdges: [GraphEdge]) {
        for node in graphNodes where node.type == .event {
            if let span = GraphTimeSpans.eventSpan(node) { include(node.id, span) }
        }
        for edge in graphEdges {
            let eventEnd = [edge.source, edge.target].first { graph.node($0)?.type == .event }
            guard let dated = GraphTimeSpans.ownSpan(of: edge) ?? eventEnd.flatMap({ nodes[$0] }) else { continue }
            include(edge.source, dated)
            include(edge.target, dated)
        }
    }

    /// When an edge starts: its own years when it has them, else when both of its ends exist.
    public func start(of edge: GraphEdge) -> EDTFDate.Day? {
        if let own = GraphTimeSpans.ownSpan(of: edge) { return own.first }
        let ends = [nodes[edge.source], nodes[edge.target]].compactMap { $0?.first }
        return ends.max()
    }

    private mutating func include(_ id: String, _ span: Span) {
        nodes[id] = nodes[id].map { $0.union(span) } ?? span
    }

    /// An event node's span from its EDTF `date` (an open end counts as its known end).
    static func eventSpan(_ node: GraphNode) -> Span? {
        guard let text = node.properties["date"]?.stringValue, let date = try? EDTFDate(parsing: text),
              let first = date.earliest ?? date.latest, let last = date.latest ?? date.earliest else { return nil }
        return Span(first: first, last: last)
    }

    /// The span of an edge's own `years` list, if it has one.
    static func ownSpan(of edge: GraphEdge) -> Span? {
        let years = (edge.properties["years"]?.arrayValue ?? []).compactMap(\.intValue)
        guard let lo = years.min(), let hi = years.max() else { return nil }
        return Span(first: EDTFDate.Day(year: lo, month: 1, day: 1), last: EDTFDate.Day(year: hi, month: 12, day: 31))
    }
}
