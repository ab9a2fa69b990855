/// Node kinds of the knowledge graph (OUTPUTS.md).
public enum NodeType: String, Sendable, CaseIterable, Comparable {
    case community, person, organization, initiative, network, award, place, theme, event
    /// Declaration order: communities first, events last.
    public static func < (a: NodeType, b: NodeType) -> Bool {
        declared.firstIndex(of: a)! < declared.firstIndex(of: b)!
    }
    /// `allCases` builds a new array on every call; sorting compares types very often.
    private static let declared = allCases
}

public struct GraphNode: Sendable, Equatable {
    public var id: String
    public var label: String
    public var type: NodeType
    /// Typed attributes; writers emit them in key order.
    public var properties: [String: JSONValue]

    public init(id: String, label: String, type: NodeType, properties: [String: JSONValue] = [:]) {
        self.id = id
        self.label = label
        self.type = type
        self.properties = properties
    }
}

public struct GraphEdge: Sendable, Equatable {
    public var source: String
    public var target: String
    public var type: String
    public var weight: Double
    public var properties: [String: JSONValue]

    public init(source: String, target: String, type: String, weight: Double = 1, properties: [String: JSONValue] = [:]) {
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
        self.properties = properties
    }

    public var key: EdgeKey { EdgeKey(source: source, target: target, type: type) }
}

public struct EdgeKey: Hashable, Comparable, Sendable {
    public var source: String
    public var target: String
    public var type: String
    public static func < (a: EdgeKey, b: EdgeKey) -> Bool { (a.source, a.target, a.type) < (b.source, b.target, b.type) }
}

/// Nodes by id and edges by (source, target, type); adding an edge twice sums its weight,
/// so every writer sees merged edges.
public struct KnowledgeGraph: Sendable {
    public private(set) var nodesByID: [String: GraphNode] = [:]
    public private(set) var edgesByKey: [EdgeKey: GraphEdge] = [:]

    public init() {}

    /// Adds a node, or merges properties into an existing one (existing values win).
    public mutating func add(_ node: GraphNode) {
        // Mutated in place: a copy taken out of the dictionary would copy its properties.
        if nodesByID[node.id] != nil {
            nodesByID[node.id]!.properties.merge(node.properties) { old, _ in old }
        } else {
            nodesByID[node.id] = node
        }
    }

    public mutating func update(_ id: String, _ change: (inout GraphNode) -> Void) {
        guard nodesByID[id] != nil else { return }
        change(&nodesByID[id]!)
    }

    /// Adds an edge; a duplicate sums weights and appends new list values (no repeats).
    public mutating func add(_ edge: GraphEdge) {
        let key = edge.key
        guard edgesByKey[key] != nil else { edgesByKey[key] = edge; return }
        edgesByKey[key]!.weight += edge.weight
        for (name, value) in edge.properties {
            switch (edgesByKey[key]!.properties[name], value) {
            case let (.array(old)?, .array(new)):
                edgesByKey[key]!.properties[name] = .array(old + new.filter { !old.contains($0) })
            case (nil, _):
                edgesByKey[key]!.properties[name] = value
            default:
                break
            }
        }
    }

    public func node(_ id: String) -> GraphNode? { nodesByID[id] }

    /// Nodes ordered by type then id, for stable output. Sorting positions, not the nodes
    /// themselves, keeps reference counting out of the comparisons.
    public var nodes: [GraphNode] {
        let all = Array(nodesByID.values)
        return all.indices.sorted { i, j in
            all[i].type != all[j].type ? all[i].type < all[j].type : all[i].id < all[j].id
        }.map { all[$0] }
    }

    /// Edges ordered by (source, target, type).
    public var edges: [GraphEdge] {
        let all = Array(edgesByKey)
        return all.indices.sorted { all[$0].key < all[$1].key }.map { all[$0].value }
    }
}
