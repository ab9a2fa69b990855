// swift-tools-version: 6.0
import PackageDescription

// One target per pipeline stage: ingest → extract → graph → export, with a thin CLI on top.
let package = Package(
    name: "Chronograph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Chronograph", targets: ["Chronograph"]),
        .executable(name: "chronograph", targets: ["chronograph"]),
        .executable(name: "chronograph-fuzz", targets: ["ChronographFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Value types shared by every stage: documents, spans, EDTF dates, events, the graph.
        .target(name: "ChronographCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Files → documents → profiles (name, narrative sentences, footer facts).
        .target(name: "ChronographIngest", dependencies: ["ChronographCore", "CLibXML2"],
                resources: [.copy("Resources")]),
        // Rules engines + lexicons: time expressions, events, entities, themes.
        .target(name: "ChronographExtract", dependencies: ["ChronographCore"],
                resources: [.copy("Resources")]),
        // Knowledge graph assembly, similarity and related-initiative queries.
        .target(name: "ChronographGraph", dependencies: ["ChronographCore"],
                resources: [.copy("Resources")]),
        // Writers (GraphML, GEXF, JSON, TimelineJS, HTML) on libxml2's xmlTextWriter.
        .target(name: "ChronographExport", dependencies: ["ChronographCore", "CLibXML2"],
                resources: [.copy("Resources")]),
        // The SQLite store (tables + FTS5) that build writes and the query commands read.
        .target(name: "ChronographStore", dependencies: [
            "ChronographCore", "ChronographGraph", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The pipeline facade the CLI calls.
        .target(name: "Chronograph", dependencies: [
            "ChronographCore", "ChronographIngest", "ChronographExtract", "ChronographGraph", "ChronographExport",
            "ChronographStore",
        ]),
        .executableTarget(name: "chronograph", dependencies: [
            "Chronograph",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // ingest → extract → graph → every exporter on one input: a libFuzzer target when built
        // with -sanitize=fuzzer -DCHRONOGRAPH_FUZZ (README, "Fuzzing"), else a corpus replayer.
        .executableTarget(name: "ChronographFuzz", dependencies: ["Chronograph", "ChronographCore", "ChronographIngest"]),
        .testTarget(name: "ChronographTests", dependencies: [
            "Chronograph", "ChronographCore", "ChronographIngest", "ChronographExtract",
            "ChronographGraph", "ChronographExport", "ChronographStore",
        ], exclude: ["Fixtures"]),
    ]
)
