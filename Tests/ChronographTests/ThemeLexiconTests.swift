import ChronographCore
import Testing
@testable import ChronographExtract

/// Theme assignment from the weighted lexicon, on sentences that are not in the seed.
@Suite struct ThemeLexiconTests {
    let lexicon = ThemeLexicon.standard

    func eventThemes(_ sentence: String, clause: String? = nil, previous: String = "", award: Bool = false,
                     type: EventType? = nil) -> [String] {
        lexicon.eventThemes(clause: ThemeLexicon.words(clause ?? sentence), sentence: ThemeLexicon.words(sentence),
                            previous: ThemeLexicon.words(previous), type: award ? .award : type)
    }

    /// The best-scoring theme of a text when it scores at least 1 (ties in lexicon order).
    func top(_ text: String) -> [String] {
        let order = Dictionary(uniqueKeysWithValues: lexicon.themeIDs.enumerated().map { ($1, $0) })
        return lexicon.scores(text).filter { $0.value >= 1 }
            .sorted { ($0.value, -order[$0.key, default: 99]) > ($1.value, -order[$1.key, default: 99]) }
            .prefix(1).map(\.key)
    }

    @Test func everyGuidelineThemeHasASection() {
        #expect(lexicon.themeIDs == ["broadband", "wireless", "e-government", "civic-participation", "digital-inclusion",
                                     "education", "workforce", "innovation", "entrepreneurship", "mobility",
                                     "sustainability", "health", "tourism-culture", "economy", "leadership", "recognition"])
    }

    @Test func longerPhraseWinsOverItsWords() {
        let lexicon = ThemeLexicon(rules: RuleFile(name: "t", text: """
            [a]
            network => 1
            [b]
            network environment => 2
            """))
        #expect(lexicon.scores("a free network environment for all") == ["b": 2])
        #expect(lexicon.scores("the network") == ["a": 1])
    }

    @Test func aPhraseListedUnderTwoThemesScoresForBoth() {
        let scores = lexicon.scores("The port opened free Wi-Fi along the harbour.")
        #expect((scores["wireless"] ?? 0) > 0)
        #expect((scores["digital-inclusion"] ?? 0) > 0)
    }

    @Test func prefixEntriesMatchWordEndings() {
        #expect((lexicon.scores("carpooling and ride-sharing apps")["mobility"] ?? 0) >= 3)
        #expect(lexicon.scores("a new incubator")["entrepreneurship"] != nil)
    }

    @Test func synonymsOfTheGuidelinesCount() {
        #expect(top("a programme for digital equity and inclusion") == ["digital-inclusion"])
        #expect(top("neighbourhood advocacy and civic engagement") == ["civic-participation"])
    }

    /// A hand-written event model: every theme counts its clause, sentence and context alike;
    /// a policy bears on leadership.
    static let handModel = ThemeModel(rules: RuleFile(name: "hand model", text: "[event]\nthreshold => 0.5\nlimit => 3\n"
        + ["mobility", "entrepreneurship", "health", "leadership"].map { theme in
            "[event \(theme)]\nbias => -3\nclause => 2\nsentence => 1\nprevious => 3\nparagraph => 1\nsection => 1\nshare => 1\n"
                + (theme == "leadership" ? "type:policy => 3\n" : "")
        }.joined()))

    @Test func eventThemesCanBeSeveral() {
        let lexicon = ThemeLexicon(rules: RuleFile(bundle: .module, name: "themes.lexicon"), model: Self.handModel)
        let words = ThemeLexicon.words("In 2021 the town opened a co-working space for startups next to the new tram line.")
        #expect(Set(lexicon.eventThemes(clause: words, sentence: words, previous: [], type: nil)) == ["entrepreneurship", "mobility"])
    }

    @Test func aPassingWordDoesNotRideAlong() {
        let themes = eventThemes("In 2014 the district laid fiber to every home, with a short online notice.")
        #expect(themes == ["broadband"])
    }

    @Test func aFestivalOfAnotherSubjectTakesThatSubject() {
        #expect(eventThemes("Since 2016 the county has hosted a festival of education.") == ["education"])
        #expect(eventThemes("In 2016 the county hosted a film festival.") == ["tourism-culture"])
    }

    @Test func theEvidenceNamesEachPartOfTheContext() {
        let context = ThemeLexicon.EventContext(
            sentence: lexicon.scores("By 2019 it had grown to 40 sites."),
            previous: lexicon.scores("The region runs a telemedicine service linking village clinics to the hospital."),
            paragraph: lexicon.scores("Buses bring patients from the hills."), section: lexicon.scores("Care close to home"))
        let evidence = lexicon.eventEvidence(clause: lexicon.scores("by 2019 it had grown to 40 sites"), context: context, type: .milestone)
        #expect(evidence.shared == ["type:milestone": 1])
        #expect((evidence.perTheme["health"]?["previous"] ?? 0) > 0)
        #expect(evidence.perTheme["health"]?["sentence"] == nil)
        #expect((evidence.perTheme["mobility"]?["paragraph"] ?? 0) > 0)
        #expect(evidence.perTheme["mobility"]?["previous"] == nil)
    }

    @Test func aSentenceWithoutThemeWordsContinuesThePreviousTopic() {
        let lexicon = ThemeLexicon(rules: RuleFile(bundle: .module, name: "themes.lexicon"), model: Self.handModel)
        let previous = ThemeLexicon.words("The region runs a telemedicine service linking village clinics to the hospital.")
        let words = ThemeLexicon.words("By 2019 it had grown to 40 sites.")
        #expect(lexicon.eventThemes(clause: words, sentence: words, previous: previous, type: nil) == ["health"])
    }

    @Test func awardsBearOnRecognition() {
        #expect(eventThemes("In 2018 the city was honoured for its open data portal.", award: true).contains("recognition"))
    }

    @Test func aPriorScalesEveryWeightOfItsTheme() {
        let rules = RuleFile(name: "t", text: "[priors]\neconomy => 0.5\n[economy]\ninvestment => 2\n[mobility]\nbuses => 1\n")
        let lexicon = ThemeLexicon(rules: rules)
        #expect(lexicon.themeIDs == ["economy", "mobility"])
        #expect(lexicon.scores("new investment in buses") == ["economy": 1, "mobility": 1])
    }

    @Test func aHyphenatedWordNoEntryNamesCountsAsItsParts() {
        #expect(lexicon.scores("a solar-powered kiosk")["sustainability"] != nil)
        #expect(lexicon.scores("a fibre-to-the-home rollout")["broadband"] != nil)
        // A compound the lexicon lists keeps its own sense.
        #expect(lexicon.scores("a co-working floor")["entrepreneurship"] != nil)
    }

    @Test func britishAndAmericanSpellingsBothCount() {
        for (british, american) in [("fibre ring", "fiber ring"), ("service centre", "service center"),
                                    ("computerised records", "computerized records")] {
            #expect(top(british) == top(american))
            #expect(!top(british).isEmpty)
        }
    }

    @Test func theEventTypeTipsTheBalance() {
        let lexicon = ThemeLexicon(rules: RuleFile(name: "t", text: "[leadership]\nplan => 0.2\n[mobility]\nbuses => 0.5\n"),
                                   model: Self.handModel)
        let words = ThemeLexicon.words("In 2012 the county adopted a plan for buses.")
        #expect(lexicon.eventThemes(clause: words, sentence: words, previous: [], type: nil) == ["mobility"])
        #expect(lexicon.eventThemes(clause: words, sentence: words, previous: [], type: .policy) == ["leadership"])
    }

    @Test func aPlanOrStrategyAdoptedBearsOnLeadership() {
        #expect(eventThemes("In 2011 the council adopted a digital strategy.", type: .policy).contains("leadership"))
        #expect(eventThemes("The borough became a city in 1974.").contains("leadership"))
    }

    @Test func broaderVocabularyReachesThinlyWordedThemes() {
        #expect(eventThemes("In 2009 the town set up an informatization office for its departments.").contains("e-government"))
        #expect(eventThemes("Since 2015 a telecentre has served the deprived estates.").contains("digital-inclusion"))
        #expect(eventThemes("In 2020 the port opened a dementia care wing.").contains("health"))
    }
}
