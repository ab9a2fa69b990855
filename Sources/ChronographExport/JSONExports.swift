import ChronographCore

/// `graph.json` and `timeline.json` (spec/OUTPUTS.md): fixed key order, stable ids. Each file
/// names its JSON Schema (schemas/ in the repository) by the schema's stable `$id`.
public enum JSONExports {
    public static let graphSchemaID = "https://chronograph.dev/schemas/graph.schema.json"
    public static let timelineSchemaID = "https://chronograph.dev/schemas/timeline.schema.json"

    public static func graph(_ graph: KnowledgeGraph) -> JSONValue {
        .object([
            ("$schema", .string(graphSchemaID)),
            ("nodes", .array(graph.nodes.map(node))),
            ("edges", .array(graph.edges.map(edge))),
        ])
    }

    public static func node(_ node: GraphNode) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(node.id)), ("label", .string(node.label)),
                                            ("type", .string(node.type.rawValue))]
        pairs += node.properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return .object(pairs)
    }

    public static func edge(_ edge: GraphEdge) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("source", .string(edge.source)), ("target", .string(edge.target)),
                                            ("type", .string(edge.type)), ("weight", .double(edge.weight))]
        pairs += edge.properties.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return .object(pairs)
    }

    public static func timeline(_ events: [Event]) -> JSONValue {
        .object([("$schema", .string(timelineSchemaID)), ("events", .array(events.map(event)))])
    }

    public static func event(_ event: Event) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(event.id)),
            ("community", .string(event.community)),
            ("year", .int(event.year)),
            ("date", .string(event.date.description)),
            ("mod", .optional(event.mod?.rawValue)),
            ("type", .string(event.type.rawValue)),
            ("title", .string(event.title)),
            ("text", .string(event.text)),
            ("themes", .strings(event.themes)),
            ("entities", .strings(event.entities)),
            ("source", event.source.json),
        ]
        if let expression = event.timeExpression { pairs.append(("time_expression", .string(expression))) }
        if let span = event.timeSpan { pairs.append(("time_span", span.json)) }
        if let anchor = event.anchorDate { pairs.append(("anchor_date", .string(anchor))) }
        return .object(pairs)
    }
}
