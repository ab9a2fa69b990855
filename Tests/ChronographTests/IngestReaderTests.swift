import ChronographCore
import ChronographIngest
import Foundation
import Testing

/// Reading files: UTF-8 with offsets true to the file as read, and clear errors for bad input.
@Suite struct IngestReaderTests {
    static let profileText = "Fernbrook\nFernbrook is a valley town. It opened a fibre network in 2009.\nSchools\nEvery school is online.\nPopulation: 7,000\n"

    func decode(_ bytes: [UInt8], format: Document.Format = .text) throws -> Document {
        try DocumentReader.decode(bytes, name: "in.txt", path: "/data/in.txt", format: format)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndingsSplitLinesButOffsetsStayTrue(ending: String) throws {
        let text = "\u{FEFF}" + Self.profileText.replacingOccurrences(of: "\n", with: ending)
        let document = try decode(Array(text.utf8))
        // Offsets index the file as read: the BOM and every CR stay in the scalars.
        #expect(document.scalars == Array(text.unicodeScalars))
        let profiles = try ProfileSegmenter().profiles(in: document)
        let profile = try #require(profiles.first)
        #expect(profiles.count == 1)
        #expect(profile.name == "Fernbrook")
        #expect(profile.nameSpan.start == 1)
        #expect(profile.sections == ["Schools"])
        #expect(profile.sentences.map(\.text) == [
            "Fernbrook is a valley town.", "It opened a fibre network in 2009.", "Every school is online.",
        ])
        #expect(profile.footer.population == 7000)
        for sentence in profile.sentences {
            #expect(document.text(sentence.span.start..<sentence.span.end) == sentence.text)
        }
    }

    /// Python's `open(f, encoding='utf-8', newline='').read()[start:end]` gives the sentence text.
    @Test(.enabled(if: TestPaths.hasPython, "python3 not found: Python slicing check skipped"))
    func pythonSlicesOfTheFileGiveTheSentences() throws {
        let directory = try TemporaryDirectory()
        let text = "\u{FEFF}Fernbrook\r\nFernbrook’s “Café Numérique” opened in 2009. It serves 🎓 students.\rPopulation: 7,000\r\n"
        let path = try directory.write("mixed.txt", text)
        let document = try readDocument(path)
        let profile = try #require(try ProfileSegmenter().profiles(in: document).first)
        let spans = profile.sentences.map { "\($0.span.start) \($0.span.end)" }.joined(separator: "\n")
        let script = """
            import sys
            text = open(sys.argv[1], encoding='utf-8', newline='').read()
            for line in sys.stdin.read().split('\\n'):
                a, b = map(int, line.split())
                print(text[a:b])
            """
        let output = try #require(Shell.run("/usr/bin/env", ["python3", "-c", script, path], input: spans))
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == profile.sentences.map { $0.text + "\n" }.joined())
        #expect(profile.sentences.count == 2)
    }

    @Test func invalidUTF8NamesFileAndByteOffset() {
        let bytes = Array("Fernbrook\nCaf".utf8) + [0xC3, 0x28] + Array(" town.".utf8)
        #expect(throws: ChronographError(file: "/data/in.txt", "invalid UTF-8 at byte offset 13")) { try decode(bytes) }
        // A BOM counts as bytes too; a lone continuation byte and a truncated sequence at the end are caught.
        #expect(throws: ChronographError(file: "/data/in.txt", "invalid UTF-8 at byte offset 5")) {
            try decode([0xEF, 0xBB, 0xBF] + Array("ab".utf8) + [0x80])
        }
        #expect(throws: ChronographError(file: "/data/in.txt", "invalid UTF-8 at byte offset 2")) {
            try decode(Array("ab".utf8) + [0xE2, 0x82])
        }
    }

    @Test func emptyAndBlankFilesAreErrors() {
        for bytes in [[], Array(" \n\r\n\t".utf8), [0xEF, 0xBB, 0xBF, 0x0A]] as [[UInt8]] {
            #expect(throws: ChronographError(file: "/data/in.txt", "empty file: no text to read")) { try decode(bytes) }
        }
    }

    @Test func binaryFileIsAnError() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(throws: ChronographError(file: "/data/in.txt", "binary file (NUL byte at byte offset 8), not text")) {
            try decode(png)
        }
    }

    @Test func htmlDropsScriptsStylesAndKeepsInlineSpacing() throws {
        let html = """
            <html><head><style>h1 { color: red }</style></head><body>
            <h1>Fern&shy;brook</h1><p><a href="#">Open</a> <em>data</em>&nbsp;&mdash; since&#32;2009.<script>x = "<p>no</p>"</script></p>
            <!-- comment --><p>Second&nbsp;paragraph &lt;here&gt;.</p></body></html>
            """
        let document = try decode(Array(html.utf8), format: .html)
        let lines = document.lines.map { document.text($0.range) }
        #expect(lines == ["Fern\u{00AD}brook", "Open data \u{2014} since 2009.", "Second paragraph <here>."])
        #expect(document.lines.map(\.headingLevel) == [1, nil, nil])
    }

    @Test func aPageWithoutAnH1IsNamedByItsTitle() throws {
        let titled = """
            <html><head><title>Marrowby</title></head><body><p>In 2004 Marrowby opened a library.</p></body></html>
            """
        let document = try decode(Array(titled.utf8), format: .html)
        #expect(document.lines.map { document.text($0.range) } == ["Marrowby", "In 2004 Marrowby opened a library."])
        #expect(document.lines.first?.headingLevel == 1)
        // With an <h1> the heading names the page and the title is not repeated.
        let both = "<html><head><title>Site</title></head><body><h1>Marrowby</h1><p>Text.</p></body></html>"
        let second = try decode(Array(both.utf8), format: .html)
        #expect(second.lines.map { second.text($0.range) } == ["Marrowby", "Text."])
    }

    @Test func htmlWithoutTextIsAnError() {
        #expect(throws: ChronographError(file: "/data/in.txt", "HTML page holds no text")) {
            try decode(Array("<html><body><script>var a = 1;</script></body></html>".utf8), format: .html)
        }
    }
}

/// Expanding inputs into files, and the errors for paths that cannot be used.
@Suite struct IngestInputTests {
    @Test func missingPathIsAnErrorNamingIt() {
        let path = "/nonexistent/chronograph/profiles.txt"
        #expect(throws: ChronographError(file: path, "no such file or directory")) { try InputCollector.collect([path]) }
    }

    @Test func theOutputFolderInsideAnInputIsNotRead() throws {
        let directory = try TemporaryDirectory()
        try directory.write("profiles/harbour.txt", "Harbour\nIn 2001 the port reopened.\n")
        try directory.write("profiles/exports/timeline.html", "<h1>Old build</h1><p>Not a profile.</p>")
        let files = try InputCollector.collect([directory.file("profiles")], excluding: [directory.file("profiles/exports")])
        #expect(files.map(\.name) == ["harbour.txt"])
    }

    @Test func directoryWithoutProfileFilesIsAnError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("data.csv", "a,b\n")
        try directory.write("sub/image.png", [0x89, 0x50])
        #expect(throws: ChronographError(file: directory.path, "no profile files (.txt, .md, .html, .htm) in this directory")) {
            try InputCollector.collect([directory.path])
        }
    }

    @Test func danglingSymlinkIsAnError() throws {
        let directory = try TemporaryDirectory()
        let link = directory.file("gone.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.file("missing.txt"))
        #expect(throws: ChronographError(file: link, "no such file or directory")) { try InputCollector.collect([link]) }
    }

    @Test func namedPipeIsRejectedInsteadOfBlocking() throws {
        let directory = try TemporaryDirectory()
        let fifo = directory.file("pipe.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: ChronographError(file: fifo, "not a regular file")) { try InputCollector.collect([fifo]) }
    }

    /// Root reads files whatever their mode, so this case only runs for other users.
    @Test(.enabled(if: getuid() != 0, "running as root: a chmod 000 file stays readable, case skipped"))
    func unreadableFileIsAnError() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("locked.txt", IngestReaderTests.profileText)
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        #expect(throws: ChronographError.self) { try InputCollector.collect([path]).map(DocumentReader.read) }
    }

    @Test func inputsKeepTheirOrderAndDirectoriesAreSorted() throws {
        let directory = try TemporaryDirectory()
        try directory.write("b/z.md", "# Z\n\nZ text.\n")
        try directory.write("a.HTML", "<h1>A</h1><p>A text.</p>")
        try directory.write("b/a.txt", "A\nA text.\n")
        let single = try directory.write("solo.text", "Solo\nSolo text.\n")
        let files = try InputCollector.collect([single, directory.path])
        #expect(files.map(\.name) == ["solo.text", "a.HTML", "b/a.txt", "b/z.md", "solo.text"])
        #expect(files.map(\.format) == [.text, .html, .text, .markdown, .text])
    }
}
