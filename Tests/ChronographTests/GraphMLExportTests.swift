import Chronograph
import ChronographCore
import ChronographExport
import Foundation
import Testing

/// GraphML as Gephi, yEd and networkx read it: valid against the XSD, keys declared before use,
/// typed values, merged edges, no characters XML cannot carry; and builds that repeat byte for byte.
@Suite struct GraphMLExportTests {
    static let inputs = [TestPaths.seed, TestPaths.fixture("layouts"), TestPaths.fixture("per-file")]

    /// Builds the inputs and writes every export into a fresh directory.
    static func build(_ inputs: [String] = inputs, into directory: TemporaryDirectory) throws -> [String] {
        let result = try Pipeline().run(inputs: inputs)
        var timer = StageTimer()
        return try Exports.write(result, formats: ExportFormat.allCases, to: directory.path, timer: &timer)
    }

    static func graphML(_ directory: TemporaryDirectory) throws -> String {
        _ = try build(into: directory)
        return directory.file("graph.graphml")
    }

    @Test(.enabled(if: TestPaths.canValidateXML, "../shared/schemas/validate.py or xmllint missing: XSD check skipped"))
    func validAgainstTheXSD() throws {
        let directory = try TemporaryDirectory()
        let path = try Self.graphML(directory)
        let output = try #require(Shell.run("/usr/bin/env", ["python3", TestPaths.validator, "graphml", path]))
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    }

    @Test(.enabled(if: TestPaths.hasNetworkx, "python3 with networkx not found: networkx load check skipped"))
    func networkxLoadsTypedValues() throws {
        let directory = try TemporaryDirectory()
        let path = try Self.graphML(directory)
        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            pops = [d['population'] for _, d in g.nodes(data=True) if 'population' in d]
            weights = [d['weight'] for _, _, d in g.edges(data=True)]
            assert pops and all(type(p) is int for p in pops), pops[:5]
            assert weights and all(type(w) is float for w in weights), weights[:5]
            print(len(pops), g.number_of_nodes(), g.number_of_edges())
            """
        let output = try #require(Shell.run("/usr/bin/env", ["python3", "-c", script, path]))
        #expect(output.status == 0, "\(output.stderr)")
        let counts = output.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(counts.first == 19, "populations of the seed (10) and fixture (9) communities")
    }

    /// Structure checks with Python's standard XML parser; prints what it found.
    static func inspect(_ path: String, _ body: String) throws -> Shell.Output {
        let script = """
            import sys, xml.etree.ElementTree as ET
            NS = '{http://graphml.graphdrawing.org/xmlns}'
            root = ET.parse(sys.argv[1]).getroot()
            keys = {k.get('id'): k for k in root.findall(NS + 'key')}
            graph = root.find(NS + 'graph')
            """
        return try #require(Shell.run("/usr/bin/env", ["python3", "-c", script + "\n" + body, path]))
    }

    @Test(.enabled(if: TestPaths.hasPython, "python3 not found: GraphML structure check skipped"))
    func keysAreDeclaredBeforeUseAndKeptApartByDomain() throws {
        let directory = try TemporaryDirectory()
        let output = try Self.inspect(Self.graphML(directory), """
            assert graph.get('edgedefault') == 'directed'
            tags = [c.tag[len(NS):] for c in root]
            assert tags == ['key'] * (len(tags) - 1) + ['graph'], 'keys first, then the graph'
            assert len(keys) == len(root.findall(NS + 'key')), 'key ids unique'
            allowed = {'boolean', 'int', 'long', 'float', 'double', 'string'}
            assert all(k.get('attr.type') in allowed for k in keys.values())
            domains = {k.get('for') for k in keys.values()}
            assert domains == {'node', 'edge'}, domains
            for kind in ('node', 'edge'):
                for item in graph.findall(NS + kind):
                    for data in item.findall(NS + 'data'):
                        assert keys[data.get('key')].get('for') == kind, (kind, data.get('key'))
            print('ok')
            """)
        #expect(output.status == 0 && output.stdout == "ok\n", "\(output.stderr)")
    }

    @Test(.enabled(if: TestPaths.hasPython, "python3 not found: GraphML merge check skipped"))
    func duplicateEdgesMergeWithSummedWeightAndControlCharactersAreDropped() throws {
        var graph = KnowledgeGraph()
        graph.add(GraphNode(id: "community:fernbrook", label: "Fern\u{1}brook\u{0B}", type: .community,
                            properties: ["population": .int(7000), "note": .string("bell\u{7} \u{FFFE}ok")]))
        graph.add(GraphNode(id: "theme:broadband", label: "Broadband", type: .theme))
        graph.add(GraphEdge(source: "community:fernbrook", target: "theme:broadband", type: "has_theme", weight: 1))
        graph.add(GraphEdge(source: "community:fernbrook", target: "theme:broadband", type: "has_theme", weight: 2.5))
        graph.add(GraphEdge(source: "community:fernbrook", target: "theme:broadband", type: "mentions", weight: 1))
        let directory = try TemporaryDirectory()
        let path = directory.file("small.graphml")
        try GraphMLWriter.write(graph, to: path)

        let output = try Self.inspect(path, """
            def value(item, name):
                for data in item.findall(NS + 'data'):
                    if keys[data.get('key')].get('attr.name') == name:
                        return data.text
            print([value(e, 'weight') for e in graph.findall(NS + 'edge')])
            print(sorted(value(n, 'label') for n in graph.findall(NS + 'node')), value(graph.find(NS + 'node'), 'note'))
            """)
        #expect(output.stdout == "['3.5', '1.0']\n['Broadband', 'Fernbrook'] bell ok\n", "\(output.stderr)")
        if TestPaths.canValidateXML {
            #expect(Shell.run("/usr/bin/env", ["python3", TestPaths.validator, "graphml", path])?.status == 0)
        }
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        _ = try Self.build(into: first)
        _ = try Self.build(into: second)
        let files = try Self.regularFiles(in: first)
        #expect(files.contains("graph.graphml") && files.contains("timeline.json") && files.contains("neo4j/nodes.csv"))
        #expect(files == (try Self.regularFiles(in: second)))
        for name in files {
            let a = try Data(contentsOf: URL(fileURLWithPath: first.file(name)))
            let b = try Data(contentsOf: URL(fileURLWithPath: second.file(name)))
            #expect(a == b, "\(name) differs between two builds")
        }
    }

    /// Paths of the files (not folders) below a directory, sorted.
    static func regularFiles(in directory: TemporaryDirectory) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: directory.path).sorted().filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory.file(name), isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }
}
