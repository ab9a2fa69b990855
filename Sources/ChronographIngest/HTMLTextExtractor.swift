import CLibXML2
import ChronographCore

/// Turns an HTML page into text lines with libxml2's HTML parser: block elements (headings,
/// paragraphs, list items, table rows) become lines, entities are decoded, scripts and styles
/// dropped. Offsets of an HTML document point into this extracted text.
enum HTMLTextExtractor {
    private static let blocks: Set<String> = [
        "p", "div", "li", "tr", "br", "section", "article", "header", "footer", "blockquote",
        "dt", "pre", "ul", "ol", "table", "main", "aside", "figcaption",
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
        if let root = xmlDocGetRootElement(doc) {
            // A page whose body has no <h1> is named by its <title>.
            if first("h1", in: root) == nil, let title = first("title", in: root) {
                builder.headingLevel = 1
                walk(title, into: &builder)
                builder.flush()
            }
            walk(root, into: &builder)
        }
        builder.flush()
        guard !builder.lines.isEmpty else { throw ChronographError(file: path, "HTML page holds no text") }
        return Document(name: name, format: .html, scalars: builder.scalars, lines: builder.lines)
    }

    /// The first element of a tag below a node, depth first.
    private static func first(_ tag: String, in node: xmlNodePtr) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                if String(cString: current.pointee.name).lowercased() == tag { return current }
                if let found = first(tag, in: current) { return found }
            }
            child = current.pointee.next
        }
        return nil
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
                // Facts in definition lists and table rows stay on one line, as footer lines:
                // <dt>Population</dt><dd>30,900</dd> → "Population: 30,900",
                // <tr><th>Smart21</th><td>2011</td><td>2012</td></tr> → "Smart21: 2011 | 2012".
                switch tag {
                case "dd", "td", "th": builder.startCell(tag)
                default: break
                }
                walk(current, into: &builder)
                // A term's line stays open for its definition.
                if (isBlock && tag != "dt") || tag == "dd" { builder.flush() }
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
        /// The tag of the last cell begun on this line ("dt" for the term of a definition).
        var lastCell: String?

        mutating func append(_ text: String) {
            for s in text.unicodeScalars {
                if s.properties.isWhitespace {
                    if let last = pending.last, last != " " { pending.append(" ") }
                } else if s.value >= 0x20 || s == "\t" {
                    pending.append(s)
                }
            }
        }

        /// A separator before a cell with text before it: after a heading cell or term ": ", else " | ".
        mutating func startCell(_ tag: String) {
            defer { lastCell = tag }
            while pending.last == " " { pending.removeLast() }
            guard !pending.isEmpty else { return }
            pending.append(contentsOf: (lastCell == "th" || lastCell == nil ? ": " : " | ").unicodeScalars)
        }

        mutating func flush() {
            while pending.last == " " { pending.removeLast() }
            defer { pending = String.UnicodeScalarView(); headingLevel = nil; lastCell = nil }
            guard !pending.isEmpty else { return }
            if !scalars.isEmpty { scalars.append("\n") }
            let start = scalars.count
            scalars.append(contentsOf: pending)
            lines.append(Document.Line(range: start..<scalars.count, number: lines.count + 1, headingLevel: headingLevel))
        }
    }
}
