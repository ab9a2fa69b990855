import ChronographCore
import Testing
@testable import ChronographGraph

/// Which evidence decides an initiative's themes, on made-up profiles, a word-list scorer and a
/// hand-written model in which the closer a text is to the name, the more it counts.
@Suite struct ThemeLinksTests {
    static let model = model(limit: 3)
    static func model(limit: Int) -> ThemeModel {
        ThemeModel(rules: RuleFile(name: "test model", text: "[item]\nthreshold => 0.5\nlimit => \(limit)\n"
        + ["sustainability", "entrepreneurship", "mobility", "education", "tourism-culture", "digital-inclusion", "broadband"].map { theme in
            "[item \(theme)]\nbias => -2\nname => 1.5\nphrase => 1.5\napposition => 3\nsentence => 1\nneighbour => 0.8\n"
                + "paragraph => 1.5\nsection => 0.8\nshare => 1\n" + (theme == "broadband" ? "type:network => 4\n" : "")
        }.joined()))
    }

    /// One theme per cue word, 1 point per occurrence.
    struct WordScorer: ThemeScoring {
        var model = ThemeLinksTests.model
        let cues: [String: String] = [
            "solar": "sustainability", "energy": "sustainability", "startups": "entrepreneurship",
            "incubator": "entrepreneurship", "garage": "entrepreneurship", "buses": "mobility",
            "pupils": "education", "school": "education", "museum": "tourism-culture", "seniors": "digital-inclusion",
        ]
        var themeIDs: [String] { Array(Set(cues.values)).sorted() }
        func scores(_ text: String) -> [String: Double] {
            var result: [String: Double] = [:]
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                if let theme = cues[String(word)] { result[theme, default: 0] += 1 }
            }
            return result
        }
    }

    let links = ThemeLinks(scorer: WordScorer())

    /// Items named in one sentence of a one-sentence profile.
    func themes(_ sentence: String, names: [String]) -> [String: [String: Double]] {
        let span = SourceSpan(document: "d", start: 0, end: sentence.unicodeScalars.count)
        let scalars = Array(sentence.unicodeScalars)
        let entities = names.map { name -> EntityRecord in
            let nameScalars = Array(name.unicodeScalars)
            let start = (0...(scalars.count - nameScalars.count)).first { Array(scalars[$0..<$0 + nameScalars.count]) == nameScalars }!
            let mention = Mention(span: SourceSpan(document: "d", start: start, end: start + nameScalars.count),
                                  sentence: span, community: "Lakeside", text: name)
            return EntityRecord(id: EntityRecord.makeID(type: .initiative, name: name), name: name, type: .initiative,
                                communities: ["Lakeside"], mentions: [mention])
        }
        let items = links.relatedItems(Extraction(entities: entities),
                                       sentences: [Sentence(text: sentence, span: span, index: 0)])
        return Dictionary(uniqueKeysWithValues: items.map { ($0.label, $0.themes) })
    }

    @Test func wordsOfAListedNeighbourDoNotLendTheirThemes() {
        let result = themes("The city opened the Solar Garage and the Harbour Museum.",
                            names: ["Solar Garage", "Harbour Museum"])
        #expect(result["Harbour Museum"]?["tourism-culture"] != nil)
        #expect(result["Harbour Museum"]?["sustainability"] == nil)
        #expect(result["Harbour Museum"]?["entrepreneurship"] == nil)
        #expect(result["Solar Garage"]?["tourism-culture"] == nil)
    }

    @Test func theAppositionDescribesTheNameBeforeIt() {
        let result = themes("Pupils learn at the Old Mill and the Boathouse, a startups incubator.",
                            names: ["Old Mill", "Boathouse"])
        #expect(result["Boathouse"]?["entrepreneurship"] != nil)
        // The apposition follows the Boathouse, not the Old Mill: the sentence alone lends it less.
        #expect(result["Old Mill"]?["education"] != nil)
        #expect((result["Old Mill"]?["entrepreneurship"] ?? 0) < 0.5)
    }

    @Test func thePhraseAroundTheNameOutweighsTheRestOfTheSentence() {
        let scores = links.themeScores(.init(names: ["Rivergate"], phrases: ["helps seniors"],
                                             sentences: ["helps seniors, while buses buses buses run"]))
        #expect(scores["digital-inclusion"] != nil)
        #expect((scores["mobility"] ?? 0) < 1)
    }

    @Test func themesFarBelowTheBestAndBeyondTheCapAreDropped() {
        let links = ThemeLinks(scorer: WordScorer(model: Self.model(limit: 2)))
        let scores = links.themeScores(.init(names: ["Solar School Museum Incubator"], phrases: ["solar energy", "school museum incubator"],
                                             neighbours: ["buses"]))
        #expect(scores.count == 2)
        #expect(scores["sustainability"] != nil)
        #expect(scores["mobility"] == nil)
    }

    @Test func neighboursAloneStillGiveAWeaklyDescribedItemItsTheme() {
        let scores = links.themeScores(.init(names: ["Lakeside Infos"], sentences: ["a weekly programme"],
                                             neighbours: ["It films seniors at home."]))
        #expect(Array(scores.keys) == ["digital-inclusion"])
    }

    @Test func aNameNamingTwoTopicsIsAboutBoth() {
        // Two sustainability cues and one education cue: the second topic is not scaled down by the first.
        let scores = links.themeScores(.init(names: ["Solar Energy School"]))
        #expect(scores["sustainability"] != nil)
        #expect(scores["education"] != nil)
    }

    @Test func aClauseAboutAnotherSubjectDoesNotVote() {
        let result = themes("A new incubator for startups opened downtown last spring, and the Quay Depot now houses the buses of the harbour line.",
                            names: ["Quay Depot"])
        #expect(result["Quay Depot"]?["mobility"] != nil)
        #expect(result["Quay Depot"]?["entrepreneurship"] == nil)
    }

    @Test func aListTailIsNotAClause() {
        let sentence = "The Quay Depot houses buses, trams, and a small museum."
        let span = SourceSpan(document: "d", start: 0, end: sentence.unicodeScalars.count)
        let mention = Mention(span: SourceSpan(document: "d", start: 4, end: 14), sentence: span, community: "Lakeside", text: "Quay Depot")
        #expect(ThemeLinks.clause(around: mention, in: sentence, at: span) == sentence)
    }

    @Test func onlyAnAppositionOrRelativeClauseDescribesTheName() {
        // After an introductory phrase the next stretch is the main clause, about its own subject.
        let result = themes("Next to the Boathouse, a startups incubator, the town has built a new school for pupils.",
                            names: ["Boathouse"])
        #expect(ThemeLinks.describes("a startups incubator"))
        #expect(ThemeLinks.describes("which trains pupils"))
        #expect(!ThemeLinks.describes("the town has given pupils a new school"))
        #expect(!ThemeLinks.describes("Lakeside has opened a museum"))
        #expect(result["Boathouse"]?["entrepreneurship"] != nil)
        let main = themes("With the Boathouse, Lakeside has given its pupils a new school.", names: ["Boathouse"])
        #expect(main["Boathouse"]?["education"] != nil)
    }

    @Test func theParagraphExplainsAnItemItsOwnSentenceDoesNot() {
        let texts = ["Seniors gather in the library on Mondays.", "Volunteers bring tea.",
                     "The Tea Club meets there weekly.", "Buses stop outside."]
        var start = 0
        let sentences = texts.enumerated().map { index, text -> Sentence in
            defer { start += text.unicodeScalars.count + 1 }
            // The last sentence opens a new paragraph: it must not count.
            return Sentence(text: text, span: SourceSpan(document: "d", start: start, end: start + text.unicodeScalars.count),
                            index: index, paragraph: index == 3 ? 1 : 0)
        }
        let name = "Tea Club", clubStart = sentences[2].span.start + 4
        let mention = Mention(span: SourceSpan(document: "d", start: clubStart, end: clubStart + 8),
                              sentence: sentences[2].span, community: "Lakeside", text: name)
        let entity = EntityRecord(id: "initiative-tea-club", name: name, type: .initiative,
                                  communities: ["Lakeside"], mentions: [mention])
        let item = links.relatedItems(Extraction(entities: [entity]), sentences: sentences)[0]
        #expect(item.themes["digital-inclusion"] != nil)
        #expect(item.themes["mobility"] == nil)
    }

    @Test func aContextSentenceNamingAnotherItemExplainsThatOne() {
        let texts = ["The Tea Club meets in the library weekly.", "Volunteers bring tea.",
                     "Nearby, the Wharf Hub hosts startups.", "Seniors learn to use tablets there."]
        var start = 0
        let sentences = texts.enumerated().map { index, text -> Sentence in
            defer { start += text.unicodeScalars.count + 1 }
            return Sentence(text: text, span: SourceSpan(document: "d", start: start, end: start + text.unicodeScalars.count),
                            index: index)
        }
        func entity(_ name: String, in i: Int) -> EntityRecord {
            let offset = texts[i].distance(from: texts[i].startIndex, to: texts[i].range(of: name)!.lowerBound)
            let begin = sentences[i].span.start + offset
            let mention = Mention(span: SourceSpan(document: "d", start: begin, end: begin + name.unicodeScalars.count),
                                  sentence: sentences[i].span, community: "Lakeside", text: name)
            return EntityRecord(id: EntityRecord.makeID(type: .initiative, name: name), name: name, type: .initiative,
                                communities: ["Lakeside"], mentions: [mention])
        }
        let items = links.relatedItems(Extraction(entities: [entity("Tea Club", in: 0), entity("Wharf Hub", in: 2)]),
                                       sentences: sentences)
        let club = items.first { $0.label == "Tea Club" }!
        // The paragraph's last sentence still counts; the one naming the Wharf Hub does not.
        #expect(club.themes["digital-inclusion"] != nil)
        #expect(club.themes["entrepreneurship"] == nil)
    }

    @Test func aNetworkBearsOnConnectivityEvenWhenTheTextSaysLittle() {
        let links = ThemeLinks(scorer: WordScorer())
        var evidence = ThemeLinks.Evidence(names: ["Harbour Net"])
        evidence.isNetwork = true
        evidence.phrases = ["pupils at the school use"]
        evidence.sentences = ["Pupils at the school use the Harbour Net."]
        let scores = links.themeScores(evidence)
        #expect(scores["broadband"] != nil)
        #expect(scores["education"] != nil)
    }
}
