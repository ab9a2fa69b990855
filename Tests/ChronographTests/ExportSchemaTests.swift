import ChronographCore
import Foundation
import Testing
@testable import Chronograph

/// Exports validate against the project's JSON Schemas (schemas/, found by each file's `$schema`
/// id) and against the public GraphML, GEXF and TimelineJS schemas in ../shared/schemas.
@Suite struct ExportSchemaTests {
    static let validateJSON = """
    import json, pathlib, sys
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    schemas = {}
    for p in pathlib.Path(sys.argv[1]).glob("*.schema.json"):
        body = json.loads(p.read_text())
        Draft202012Validator.check_schema(body)
        schemas[body["$id"]] = body
    registry = Registry().with_resources((k, Resource.from_contents(v)) for k, v in schemas.items())
    status = 0
    for path in sys.argv[2:]:
        doc = json.loads(pathlib.Path(path).read_text())
        schema = schemas.get(doc.get("$schema"))
        if schema is None:
            print(f"{path}: $schema {doc.get('$schema')!r} names no schema"); status = 1; continue
        for e in list(Draft202012Validator(schema, registry=registry).iter_errors(doc))[:20]:
            print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}"); status = 1
    sys.exit(status)
    """

    static var sharedValidator: String { ExportFixture.shared.appendingPathComponent("schemas/validate.py").path }
    static let sharedAvailable = FileManager.default.fileExists(atPath: sharedValidator) && Tool.find("xmllint") != nil
        && Tool.pythonHas("jsonschema, referencing")

    /// The seed corpus exported in every default format.
    static func seedExports() throws -> String {
        let result = try Pipeline().run(inputs: [ExportFixture.root.appendingPathComponent("seeds").path])
        let dir = NSTemporaryDirectory() + "chronograph-seed-\(UUID().uuidString)"
        var timer = StageTimer()
        _ = try Exports.write(result, to: dir, timer: &timer)
        return dir
    }

    @Test(.enabled(if: Tool.pythonHas("jsonschema, referencing"), "python3 with jsonschema is not installed"))
    func jsonExportsMatchTheirSchemas() throws {
        let seed = try Self.seedExports()
        let fixture = try ExportFixture.writeAll(formats: [.json]).dir
        let files = [seed, fixture].flatMap { [$0 + "/graph.json", $0 + "/timeline.json"] }
        let result = try Tool.run(Tool.python!, ["-c", Self.validateJSON, ExportFixture.root.appendingPathComponent("schemas").path] + files)
        #expect(result.status == 0, "\(result.out)\(result.err)")
    }

    @Test(.enabled(if: Tool.pythonHas("jsonschema, referencing"), "python3 with jsonschema is not installed"))
    func schemasRejectWrongValues() throws {
        let dir = try ExportFixture.writeAll(formats: [.json]).dir
        let path = dir + "/timeline.json"
        let text = try ExportFixture.read(path).replacingOccurrences(of: "\"date\": \"2009\"", with: "\"date\": \"09\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Tool.run(Tool.python!, ["-c", Self.validateJSON, ExportFixture.root.appendingPathComponent("schemas").path, path])
        #expect(result.status != 0)
        #expect(result.out.contains("date"))
    }

    @Test(.enabled(if: ExportSchemaTests.sharedAvailable, "../shared/schemas, xmllint or python3 jsonschema is missing"))
    func exportsPassThePublicSchemas() throws {
        for dir in [try Self.seedExports(), try ExportFixture.writeAll().dir] {
            for (kind, file) in [("graphml", "graph.graphml"), ("gexf", "graph.gexf"), ("timelinejs", "timeline.timelinejs.json")] {
                let result = try Tool.run(Tool.python!, [Self.sharedValidator, kind, dir + "/" + file])
                #expect(result.status == 0, "\(kind): \(result.out)\(result.err)")
            }
        }
    }
}
