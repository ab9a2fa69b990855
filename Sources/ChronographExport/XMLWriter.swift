import CLibXML2
import ChronographCore
import Foundation

/// A thin, streaming wrapper over libxml2's `xmlTextWriter` writing straight to a file.
/// Text and attribute values are cleaned of characters XML 1.0 cannot carry.
final class XMLWriter {
    private let writer: xmlTextWriterPtr
    private let path: String
    /// Why the first call failed (errno then: "No space left on device"); nil while all is well.
    private var failure: String?

    init(path: String) throws {
        // libxml2 prints I/O errors on stderr by itself; the failure is reported once, by `finish`.
        // The handler is per thread, and writers run on several.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        guard let writer = xmlNewTextWriterFilename(path, 0) else {
            throw ChronographError(file: path, "cannot be opened for writing")
        }
        self.writer = writer
        self.path = path
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
    }

    deinit { xmlFreeTextWriter(writer) }

    private func check(_ status: Int32) {
        if status < 0, failure == nil { failure = String(cString: strerror(errno)) }
    }

    func startDocument() { check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)) }

    func start(_ name: String) { check(xmlTextWriterStartElement(writer, name)) }

    func end() { check(xmlTextWriterEndElement(writer)) }

    func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, XMLWriter.clean(value)))
    }

    func text(_ value: String) { check(xmlTextWriterWriteString(writer, XMLWriter.clean(value))) }

    /// `<name attr=...>text</name>` in one call.
    func element(_ name: String, attributes: [(String, String)] = [], text value: String? = nil) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        if let value { text(value) }
        end()
    }

    /// Ends the document and flushes; throws when anything failed on the way.
    func finish() throws {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if let failure { throw ChronographError(file: path, "cannot be written (\(failure))") }
    }

    /// Drops characters XML 1.0 forbids (controls other than tab/LF/CR, U+FFFE, U+FFFF).
    static func clean(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !isXMLChar($0) }) else { return value }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: value.unicodeScalars.filter(isXMLChar))
        return String(view)
    }

    static func isXMLChar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
