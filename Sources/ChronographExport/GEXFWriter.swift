import ChronographCore

/// GEXF 1.3 for Gephi: typed attributes, `viz:color` by node type, `viz:size` by mentions or
/// degree, and dynamics so Gephi's Timeline grows the graph year by year.
///
/// Time: `timeformat="date"`, `timerepresentation="interval"`. Each node and edge gets a `start`
/// (the first day of its first dated event, from `GraphTimeSpans`) and no `end`: what the profiles
/// report stays part of the story, so the graph accumulates. Undated nodes have no `start` and are
/// shown at every time; `first_year`/`last_year` are also plain attributes for filtering.
public enum GEXFWriter {
    /// Carried by the element itself (label, weight), not repeated as attributes.
    static let elementAttributes: Set<String> = ["label", "weight"]

    public static func write(_ graph: KnowledgeGraph, to path: String) throws {
        let attributes = GraphAttributes(graph)
        let nodes = attributes.nodes, edges = attributes.edges
        let nodeProperties = nodes.map(attributes.properties(of:)), edgeProperties = edges.map(attributes.properties(of:))
        let nodeSchema = AttributeSchema(nodeProperties.map { $0.filter { !elementAttributes.contains($0.key) } })
        let edgeSchema = AttributeSchema(edgeProperties.map { $0.filter { !elementAttributes.contains($0.key) } })

        try AtomicFile.write(path) { temp in
            let xml = try XMLWriter(path: temp)
            xml.startDocument()
            xml.start("gexf")
            xml.attribute("xmlns", "http://gexf.net/1.3")
            xml.attribute("xmlns:viz", "http://gexf.net/1.3/viz")
            xml.attribute("version", "1.3")
            xml.start("meta")
            xml.element("creator", text: "Chronograph")
            xml.element("description", text: "Communities, entities, themes and dated events; nodes and edges start at their first dated event.")
            xml.end()
            xml.start("graph")
            xml.attribute("defaultedgetype", "directed")
            xml.attribute("mode", "dynamic")
            xml.attribute("timeformat", "date")
            xml.attribute("timerepresentation", "interval")
            writeDeclarations(nodeSchema, class: "node", to: xml)
            writeDeclarations(edgeSchema, class: "edge", to: xml)

            xml.start("nodes")
            xml.attribute("count", String(nodes.count))
            for (node, properties) in zip(nodes, nodeProperties) {
                xml.start("node")
                xml.attribute("id", node.id)
                xml.attribute("label", node.label)
                if let span = attributes.spans.nodes[node.id] { xml.attribute("start", date(span.first)) }
                writeValues(properties, schema: nodeSchema, to: xml)
                let color = NodeStyle.color(node.type)
                xml.element("viz:color", attributes: [("r", String(color.r)), ("g", String(color.g)), ("b", String(color.b))])
                xml.element("viz:size", attributes: [("value", JSONSerializer.format(attributes.size(of: node)))])
                xml.end()
            }
            xml.end()

            xml.start("edges")
            xml.attribute("count", String(edges.count))
            for (index, (edge, properties)) in zip(edges, edgeProperties).enumerated() {
                xml.start("edge")
                xml.attribute("id", "e\(index)")
                xml.attribute("source", edge.source)
                xml.attribute("target", edge.target)
                xml.attribute("label", edge.type)
                // Gephi keeps parallel edges apart only when their kinds differ.
                xml.attribute("kind", edge.type)
                xml.attribute("weight", JSONSerializer.format(edge.weight))
                if let start = attributes.spans.start(of: edge) { xml.attribute("start", date(start)) }
                writeValues(properties, schema: edgeSchema, to: xml)
                xml.end()
            }
            xml.end()
            xml.end()
            xml.end()
            try xml.finish()
        }
    }

    private static func writeDeclarations(_ schema: AttributeSchema, class domain: String, to xml: XMLWriter) {
        xml.start("attributes")
        xml.attribute("class", domain)
        xml.attribute("mode", "static")
        for attribute in schema.attributes {
            xml.element("attribute", attributes: [("id", attribute.name), ("title", attribute.name),
                                                  ("type", AttributeSchema.gexfType(attribute.kind))])
        }
        xml.end()
    }

    private static func writeValues(_ values: [String: JSONValue], schema: AttributeSchema, to xml: XMLWriter) {
        xml.start("attvalues")
        for attribute in schema.attributes {
            guard let value = values[attribute.name], let text = AttributeSchema.text(value, as: attribute.kind) else { continue }
            xml.element("attvalue", attributes: [("for", attribute.name), ("value", text)])
        }
        xml.end()
    }

    /// `YYYY-MM-DD`, the xsd:date form GEXF's `date` timeformat takes.
    static func date(_ day: EDTFDate.Day) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(day.year, 4) + "-" + pad(day.month, 2) + "-" + pad(day.day, 2)
    }
}
