import CLibXML2
import ChronographCore

/// Turns an HTML page into text lines with libxml2's HTML parser: block elements (headings,
/// paragraphs, list items, table rows) become lines, entities are decoded, scripts and styles
/// dropped. Offsets of an HTML document point into this extracted text.
enum HTMLTextExtractor {
    private static let blocks: Set<String> = [
        "p", "div", "li", "tr", "br", "section", "article", "header", "footer", "blockquote",
        "dd", "dt", "pre", "td", "th", "ul", "ol", "table", "main", "aside", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "title",
    ]
    private static let skipped: Set<String> = ["script", "style", "noscript", "template", "head", "nav"]

    static func document(fromHTML bytes: [UInt8], name: String, path: String) throws -> Document {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), name, "UTF-8", options)
            }
        }
        guard let doc = parsed else { throw ChronographError(file: path, "HTML could not be parsed") }
        defer { xmlFreeDoc(doc) }

        var builder = LineBuilder()
        if let root = xmlDocGetRootElement(doc) { walk(root, into: &builder) }
        builder.flush()
        guard !builder.lines.isEmpty else { throw ChronographError(file: path, "HTML page holds no text") }
        return Document(name: name, format: .html, scalars: builder.scalars, lines: builder.lines)
    }

    private static func walk(_ node: xmlNodePtr, into builder: inout LineBuilder) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { builder.append(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let tag = String(cString: current.pointee.name).lowercased()
                if skipped.contains(tag) { continue }
                let isBlock = blocks.contains(tag)
                if isBlock { builder.flush() }
                if tag.count == 2, tag.first == "h", let level = Int(tag.dropFirst()) { builder.headingLevel = level }
                walk(current, into: &builder)
                if isBlock { builder.flush() }
            default:
                break
            }
        }
    }

    /// Accumulates inline text, collapsing white space, and emits one line per block.
    private struct LineBuilder {
        var scalars: [Unicode.Scalar] = []
        var lines: [Document.Line] = []
        var pending = String.UnicodeScalarView()
        var headingLevel: Int?

        mutating func append(_ text: String) {
            for s in text.unicodeScalars {
                if s.properties.isWhitespace {
                    if let last = pending.last, last != " " { pending.append(" ") }
                } else if s.value >= 0x20 || s == "\t" {
                    pending.append(s)
                }
            }
        }

        mutating func flush() {
            while pending.last == " " { pending.removeLast() }
            defer { pending = String.UnicodeScalarView(); headingLevel = nil }
            guard !pending.isEmpty else { return }
            if !scalars.isEmpty { scalars.append("\n") }
            let start = scalars.count
            scalars.append(contentsOf: pending)
            lines.append(Document.Line(range: start..<scalars.count, number: lines.count + 1, headingLevel: headingLevel))
        }
    }
}
