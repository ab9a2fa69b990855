import Chronograph
import ChronographCore
import ChronographIngest
import Foundation

/// One fuzz input through the whole build: read as plain text, Markdown and HTML → segment →
/// extract (with a reference date, so "this year" and "ago" are resolved) → graph → every
/// exporter. Bad input may be refused with a `ChronographError`; anything else (a trap, a hang,
/// a sanitizer report) is a bug.
enum FuzzHarness {
    static let out = NSTemporaryDirectory() + "chronograph-fuzz-\(getpid())"

    static func run(_ bytes: [UInt8]) {
        var pipeline = Pipeline()
        pipeline.extractor.referenceDate = .day(2020, 6, 15)
        for format in [Document.Format.text, .markdown, .html] {
            do {
                let document = try DocumentReader.decode(bytes, name: "fuzz", format: format)
                let result = try pipeline.run(documents: [document])
                var timer = StageTimer()
                _ = try Exports.write(result, formats: ExportFormat.allCases, to: out, timer: &timer)
            } catch is ChronographError {
                continue
            } catch {
                fatalError("unexpected error type: \(error)")
            }
        }
    }
}

#if CHRONOGRAPH_FUZZ
/// The libFuzzer entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links in): SwiftPM gives an executable
/// its own `main`, which hands over to the driver with the same entry point.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

@main
struct FuzzMain {
    static func main() throws {
        #if CHRONOGRAPH_FUZZ
        // libxml2 allocates its encoding handlers and parser globals once, on first use; done
        // inside the first input, LeakSanitizer would report them as that input's leak.
        FuzzHarness.run(Array("<html><body><h1>Warmup</h1><p>In 2001 Warmup grew.</p></body></html>".utf8))
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        // Without the fuzzer: replays corpus files given as arguments through the same harness.
        for path in CommandLine.arguments.dropFirst() {
            FuzzHarness.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        try? FileManager.default.removeItem(atPath: FuzzHarness.out)
        #endif
    }
}
