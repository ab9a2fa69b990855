import ChronographCore

/// GraphML for Gephi, yEd and networkx: every key declared before use, node and edge keys
/// kept apart, `label` and `weight` under the names Gephi maps, typed values.
public enum GraphMLWriter {
    public static func write(_ graph: KnowledgeGraph, to path: String) throws {
        let nodes = graph.nodes, edges = graph.edges
        let nodeSchema = AttributeSchema(nodes.map(properties(of:)))
        let edgeSchema = AttributeSchema(edges.map(properties(of:)))
        let nodeKeyIDs = Dictionary(uniqueKeysWithValues: nodeSchema.attributes.map { ($0.name, $0.name) })
        let edgeKeyIDs = Dictionary(uniqueKeysWithValues: edgeSchema.attributes.map {
            ($0.name, nodeKeyIDs[$0.name] == nil ? $0.name : "edge_" + $0.name)
        })

        try AtomicFile.write(path) { temp in
            let xml = try XMLWriter(path: temp)
            xml.startDocument()
            xml.start("graphml")
            xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns")
            xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
            xml.attribute("xsi:schemaLocation",
                          "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
            for attribute in nodeSchema.attributes {
                xml.element("key", attributes: [("id", nodeKeyIDs[attribute.name]!), ("for", "node"),
                                                ("attr.name", attribute.name), ("attr.type", attribute.kind.rawValue)])
            }
            for attribute in edgeSchema.attributes {
                xml.element("key", attributes: [("id", edgeKeyIDs[attribute.name]!), ("for", "edge"),
                                                ("attr.name", attribute.name), ("attr.type", attribute.kind.rawValue)])
            }
            xml.start("graph")
            xml.attribute("id", "chronograph")
            xml.attribute("edgedefault", "directed")
            for node in nodes {
                xml.start("node")
                xml.attribute("id", node.id)
                writeData(properties(of: node), schema: nodeSchema, keyIDs: nodeKeyIDs, to: xml)
                xml.end()
            }
            for (index, edge) in edges.enumerated() {
                xml.start("edge")
                xml.attribute("id", "e\(index)")
                xml.attribute("source", edge.source)
                xml.attribute("target", edge.target)
                writeData(properties(of: edge), schema: edgeSchema, keyIDs: edgeKeyIDs, to: xml)
                xml.end()
            }
            xml.end()
            xml.end()
            try xml.finish()
        }
    }

    static func properties(of node: GraphNode) -> [String: JSONValue] {
        var all = node.properties
        all["label"] = .string(node.label)
        all["type"] = .string(node.type.rawValue)
        return all
    }

    static func properties(of edge: GraphEdge) -> [String: JSONValue] {
        var all = edge.properties
        all["label"] = .string(edge.type)
        all["type"] = .string(edge.type)
        all["weight"] = .double(edge.weight)
        return all
    }

    private static func writeData(_ values: [String: JSONValue], schema: AttributeSchema, keyIDs: [String: String],
                                  to xml: XMLWriter) {
        for attribute in schema.attributes {
            guard let value = values[attribute.name], let text = AttributeSchema.text(value, as: attribute.kind) else { continue }
            xml.element("data", attributes: [("key", keyIDs[attribute.name]!)], text: text)
        }
    }
}
