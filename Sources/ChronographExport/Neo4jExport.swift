import ChronographCore
import Foundation

/// A `neo4j/` folder for `neo4j-admin database import full` (nodes.csv, relationships.csv with
/// `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` headers and typed properties such as
/// `population:long`, `weight:double`, `themes:string[]`) plus `import.cypher`, the same load
/// written as LOAD CSV statements. Every node has the label `Node` and one for its type.
public enum Neo4jExport {
    /// Neo4j's default array delimiter; a list with an element containing it is written as JSON text instead.
    static let arrayDelimiter = ";"

    public static func write(_ graph: KnowledgeGraph, to directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw ChronographError(file: directory, "output directory cannot be created")
        }
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
        let attributes = GraphAttributes(graph)
        let nodes = attributes.nodes, edges = attributes.edges
        let nodeProperties = nodes.map { attributes.properties(of: $0).filter { $0.key != "label" } }
        let edgeProperties = edges.map { attributes.properties(of: $0).filter { $0.key != "label" && $0.key != "type" } }
        let nodeColumns = columns(AttributeSchema(nodeProperties), values: nodeProperties)
        let edgeColumns = columns(AttributeSchema(edgeProperties), values: edgeProperties)

        try AtomicFile.write(path("nodes.csv")) { temp in
            let file = try TextFileWriter(path: temp)
            file.write(csvLine(["id:ID", ":LABEL", "name"] + nodeColumns.map(\.header)))
            for (node, properties) in zip(nodes, nodeProperties) {
                file.write(csvLine([quote(node.id), quote(labels(node.type)), quote(node.label)]
                                   + nodeColumns.map { $0.field(properties[$0.name]) }))
            }
            try file.finish()
        }
        try AtomicFile.write(path("relationships.csv")) { temp in
            let file = try TextFileWriter(path: temp)
            file.write(csvLine([":START_ID", ":END_ID", ":TYPE"] + edgeColumns.map(\.header)))
            var types: [String: String] = [:]
            for (edge, properties) in zip(edges, edgeProperties) {
                let type = types[edge.type] ?? quote(relationshipType(edge.type))
                types[edge.type] = type
                file.write(csvLine([quote(edge.source), quote(edge.target), type]
                                   + edgeColumns.map { $0.field(properties[$0.name]) }))
            }
            try file.finish()
        }
        try AtomicFile.write(cypher(nodeTypes: Set(nodes.map(\.type)).sorted(),
                                    relationshipTypes: Set(edges.map { relationshipType($0.type) }).sorted(),
                                    nodeColumns: nodeColumns, edgeColumns: edgeColumns),
                             to: path("import.cypher"))
    }

    /// One typed property column.
    struct Column {
        var name: String
        var kind: AttributeSchema.Kind

        var header: String {
            switch kind {
            case .long: return name + ":long"
            case .double: return name + ":double"
            case .boolean: return name + ":boolean"
            case .strings: return name + ":string[]"
            case .string: return name
            }
        }

        /// The CSV field: numbers bare, text quoted, a missing value or empty list empty.
        func field(_ value: JSONValue?) -> String {
            guard let value, let text = AttributeSchema.text(value, as: kind) else { return "" }
            switch kind {
            case .long, .double, .boolean: return text
            case .strings:
                let items = (value.arrayValue ?? []).compactMap(\.stringValue)
                return items.isEmpty ? "" : quote(items.joined(separator: arrayDelimiter))
            case .string: return quote(text)
            }
        }

        /// The Cypher expression converting this column of a LOAD CSV row.
        var cypher: String {
            let cell = "row.`\(header)`"
            switch kind {
            case .long: return "toInteger(\(cell))"
            case .double: return "toFloat(\(cell))"
            case .boolean: return "toBoolean(\(cell))"
            case .strings: return "split(\(cell), '\(arrayDelimiter)')"
            case .string: return cell
            }
        }
    }

    static func columns(_ schema: AttributeSchema, values: [[String: JSONValue]]) -> [Column] {
        schema.attributes.map { attribute in
            let splittable = attribute.kind != .strings || !values.contains { properties in
                (properties[attribute.name]?.arrayValue ?? []).contains { $0.stringValue?.contains(arrayDelimiter) == true }
            }
            return Column(name: attribute.name, kind: splittable ? attribute.kind : .string)
        }
    }

    static func labels(_ type: NodeType) -> String { "Node" + arrayDelimiter + label(type) }
    static func label(_ type: NodeType) -> String { type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst() }

    /// `mentioned-in` → `MENTIONED_IN`, Neo4j's convention for relationship types.
    static func relationshipType(_ type: String) -> String {
        String(type.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// RFC 4180 quoting: the field in double quotes, inner quotes doubled; line breaks stay inside.
    static func quote(_ text: String) -> String {
        let quoteMark = UInt8(ascii: "\"")
        var bytes: [UInt8] = [quoteMark]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == quoteMark { bytes.append(quoteMark) }
        }
        bytes.append(quoteMark)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func csvLine(_ fields: [String]) -> String { fields.joined(separator: ",") + "\n" }

    static func cypher(nodeTypes: [NodeType], relationshipTypes: [String], nodeColumns: [Column],
                       edgeColumns: [Column]) -> String {
        var out = """
        // Chronograph graph for Neo4j 5 via LOAD CSV: put nodes.csv and relationships.csv in the
        // database's import directory, then run `cypher-shell -f import.cypher`.
        // MERGE throughout (the graph has at most one relationship of a type between two nodes),
        // so running the script again updates the graph instead of doubling it.
        // Faster on an empty database: neo4j-admin database import full --nodes=nodes.csv
        //   --relationships=relationships.csv --array-delimiter=";" --multiline-fields=true
        CREATE CONSTRAINT chronograph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;\n
        """
        func assignments(_ variable: String, _ columns: [Column]) -> String {
            columns.map { "\(variable).`\($0.name)` = \($0.cypher)" }.joined(separator: ",\n    ")
        }
        for type in nodeTypes {
            out += """

            LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
            WITH row WHERE row.`:LABEL` = '\(labels(type))'
            MERGE (n:Node:\(label(type)) {id: row.`id:ID`})
            SET n.name = row.name,
                \(assignments("n", nodeColumns));\n
            """
        }
        for type in relationshipTypes {
            out += """

            LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
            WITH row WHERE row.`:TYPE` = '\(type)'
            MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})
            MERGE (a)-[r:\(type)]->(b)
            SET \(assignments("r", edgeColumns));\n
            """
        }
        return out
    }
}
