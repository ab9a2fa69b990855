import ChronographCore

/// GraphML for Gephi, yEd and networkx: every key declared before use, typed values, and the
/// keys Gephi maps on import (`label`, `weight`, `r`, `g`, `b`, `size`) so colours and sizes
/// appear without set-up. Node and edge keys are declared apart (never `for="all"`, which some
/// readers mishandle): key ids are the attribute names, an edge key whose name a node key already
/// uses gets an `edge_` id.
public enum GraphMLWriter {
    public static func write(_ graph: KnowledgeGraph, to path: String) throws {
        let attributes = GraphAttributes(graph)
        let nodes = attributes.nodes, edges = attributes.edges
        let nodeProperties = nodes.map { node in
            var all = attributes.properties(of: node)
            let color = NodeStyle.color(node.type)
            all["r"] = .int(color.r)
            all["g"] = .int(color.g)
            all["b"] = .int(color.b)
            all["size"] = .double(attributes.size(of: node))
            return all
        }
        let nodeSchema = AttributeSchema(nodeProperties)
        let edgeProperties = edges.map(attributes.properties(of:))
        let edgeSchema = AttributeSchema(edgeProperties)
        let nodeKeys = Set(nodeSchema.attributes.map(\.name))
        let edgeKeyIDs = Dictionary(uniqueKeysWithValues: edgeSchema.attributes.map {
            ($0.name, nodeKeys.contains($0.name) ? "edge_" + $0.name : $0.name)
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
                writeKey(attribute.name, for: "node", attribute, to: xml)
            }
            for attribute in edgeSchema.attributes {
                writeKey(edgeKeyIDs[attribute.name]!, for: "edge", attribute, to: xml)
            }
            xml.start("graph")
            xml.attribute("id", "chronograph")
            xml.attribute("edgedefault", "directed")
            for (node, properties) in zip(nodes, nodeProperties) {
                xml.start("node")
                xml.attribute("id", node.id)
                writeData(properties, schema: nodeSchema, keyID: { $0 }, to: xml)
                xml.end()
            }
            for (index, (edge, properties)) in zip(edges, edgeProperties).enumerated() {
                xml.start("edge")
                xml.attribute("id", "e\(index)")
                xml.attribute("source", edge.source)
                xml.attribute("target", edge.target)
                writeData(properties, schema: edgeSchema, keyID: { edgeKeyIDs[$0]! }, to: xml)
                xml.end()
            }
            xml.end()
            xml.end()
            try xml.finish()
        }
    }

    private static func writeKey(_ id: String, for domain: String, _ attribute: AttributeSchema.Attribute,
                                 to xml: XMLWriter) {
        xml.element("key", attributes: [("id", id), ("for", domain), ("attr.name", attribute.name),
                                        ("attr.type", AttributeSchema.graphMLType(attribute.kind))])
    }

    private static func writeData(_ values: [String: JSONValue], schema: AttributeSchema, keyID: (String) -> String,
                                  to xml: XMLWriter) {
        for attribute in schema.attributes {
            guard let value = values[attribute.name], let text = AttributeSchema.text(value, as: attribute.kind) else { continue }
            xml.element("data", attributes: [("key", keyID(attribute.name))], text: text)
        }
    }
}
