import ChronographCore
import Foundation

/// Phrases (token sequences) mapped to values, indexed by their first token; the longest
/// phrase wins. An "n" token in a phrase stands for a quantity ("two years", "nearly 40 years").
struct TemporalPhraseTable<Value: Sendable>: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var value: Value
    }

    private var byFirst: [String: [Phrase]] = [:]
    /// Phrases starting with a quantity.
    private var quantityFirst: [Phrase] = []

    init(_ pairs: [(String, Value)]) {
        for (text, value) in pairs {
            let phrase = Phrase(words: TemporalTokenizer.words(text), value: value)
            guard let first = phrase.words.first else { continue }
            if first == TemporalLexicon.quantitySlot { quantityFirst.append(phrase) } else { byFirst[first, default: []].append(phrase) }
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
        quantityFirst.sort { $0.words.count > $1.words.count }
    }

    struct Match {
        var value: Value
        /// Token index after the phrase.
        var end: Int
        var quantity: Quantity?
    }

    /// The longest phrase starting at token `i`; `quantity` reads the "N" slot.
    func match(_ tokens: [TemporalToken], at i: Int, quantity: (Int) -> Quantity? = { _ in nil }) -> Match? {
        guard i < tokens.count else { return nil }
        var best: Match?
        // Quantities are read once per position, however many phrases ask.
        var cached: (at: Int, quantity: Quantity?)?
        func quantityAt(_ k: Int) -> Quantity? {
            if let cached, cached.at == k { return cached.quantity }
            let q = quantity(k)
            cached = (k, q)
            return q
        }
        func consider(_ phrase: Phrase) {
            var k = i, found: Quantity?, ok = true
            for word in phrase.words {
                if word == TemporalLexicon.quantitySlot {
                    guard let q = quantityAt(k) else { ok = false; break }
                    found = q
                    k = q.end
                } else {
                    guard k < tokens.count, tokens[k].text == word else { ok = false; break }
                    k += 1
                }
            }
            if ok, k > (best?.end ?? i) { best = Match(value: phrase.value, end: k, quantity: found) }
        }
        for phrase in byFirst[tokens[i].text] ?? [] { consider(phrase) }
        if tokens[i].kind != .punct, !quantityFirst.isEmpty, quantityAt(i) != nil {
            for phrase in quantityFirst { consider(phrase) }
        }
        return best
    }
}

/// A unit of time (lexicon section [units]).
struct TimeUnit: Sendable, Equatable {
    /// Length in months; 0 below a month.
    var months: Int
    /// Length in days for weeks and days; 0 otherwise.
    var days: Int
    /// The TIMEX3 duration unit: Y, M, W, D, DE, CE, Q; TH, TM, TS for clock units.
    var symbol: String

    init?(_ spec: String) {
        let parts = spec.split(separator: " ")
        guard parts.count == 3, let months = Int(parts[0]), let days = Int(parts[1]) else { return nil }
        self.months = months
        self.days = days
        symbol = String(parts[2])
    }
}

/// An amount of time read from the text: "two years", "nearly 40 years", "a decade", "a few weeks".
struct Quantity: Sendable {
    var count: Int
    var unit: TimeUnit
    var approximate: Bool
    /// "a few", "several", "years" alone: TIMEX3 writes the count as X.
    var vague: Bool
    var end: Int
    /// "2 1/2 years", "a minute and a half": half a unit more, in the next smaller unit.
    var half = false

    /// Length in months (0 for units below a month); a half is left out.
    var months: Int { count * unit.months }

    var timex: String {
        let whole = Timex3.duration(count: vague ? nil : count, unit: unit.symbol)
        return half ? whole + (Self.halves[unit.symbol] ?? "") : whole
    }

    /// Units whose half is a whole count of a smaller TIMEX3 unit that can follow them.
    static let halves = ["Y": "6M", "D": "T12H", "TH": "30M", "TM": "30S"]
}

/// How a word in front of a date qualifies it (lexicon section [prefixes]).
enum PrefixRole: String, Sendable {
    case since, by, before, asOf = "as-of", approx, after, from, between, plain, part
}

/// A relative expression's meaning (lexicon section [relative]).
struct RelativeRule: Sendable {
    enum Shift: Sendable {
        /// Move by a number of units (the quantity's when `count` is nil).
        case offset(sign: Int, count: Int?, unit: TimeUnit?)
        /// From the anchor to the anchor plus the quantity: "within 2 years".
        case span
    }

    var shift: Shift
    var role: PrefixRole

    /// Parses `+1 year`, `-N`, `0 month`, `span +N`, `0 year by`.
    init?(_ spec: String, units: [String: TimeUnit]) {
        let parts = spec.split(separator: " ").map(String.init)
        guard let first = parts.first else { return nil }
        role = parts.count > 2 ? PrefixRole(rawValue: parts[2]) ?? .plain : .plain
        if first == "span" {
            shift = .span
            return
        }
        let sign = first.hasPrefix("-") ? -1 : 1
        let digits = first.drop { $0 == "+" || $0 == "-" }
        let unit = parts.count > 1 ? units[parts[1]] : nil
        shift = .offset(sign: sign, count: digits == "N" ? nil : Int(digits), unit: unit)
        if digits != "N", Int(digits) == nil { return nil }
    }
}

/// A deictic expression's meaning (lexicon section [deictic]), with an optional TIMEX3 value
/// that replaces the one of its date ("now" is the reference day, and TimeML's PRESENT_REF).
struct DeicticRule: Sendable {
    enum Shift: Sendable {
        case offset(Int, unit: TimeUnit)
        /// Days-precise: "today", "now".
        case now
        case vague
        case ago
    }

    var shift: Shift
    var timex: String?
}

/// Every word list and phrase table of the tagger, from `Resources/temporal/lexicon.rules`.
/// Immutable and shared: readers hold a reference, not a copy of every table.
final class TemporalLexicon: Sendable {
    let months: [String: Int]
    let weekdays: Set<String>
    let verbMonths: Set<String>
    let holidays: TemporalPhraseTable<Holiday>
    let seasons: [String: ClosedRange<Int>]
    let yearParts: TemporalPhraseTable<(months: ClosedRange<Int>, approximate: Bool)>
    let decadeParts: [String: ClosedRange<Int>]
    let decadeWords: [String: Int]
    let numbers: TemporalPhraseTable<Int>
    let ordinals: TemporalPhraseTable<Int>
    let units: [String: TimeUnit]
    let prefixes: TemporalPhraseTable<PrefixRole>
    let centuryQualifiers: TemporalPhraseTable<Bool>
    let rangeConnectors: TemporalPhraseTable<String>
    let transitions: TemporalPhraseTable<Bool>
    let periods: TemporalPhraseTable<EDTFDate>
    let relative: TemporalPhraseTable<RelativeRule>
    let hedges: TemporalPhraseTable<Bool>
    let deictic: TemporalPhraseTable<DeicticRule>
    let comparisonWords: Set<String>
    let countedNouns: Set<String>
    let determiners: Set<String>
    let notNames: Set<String>
    let vagueCounts: Set<String>
    let eventOpeners: Set<String>
    let rateWords: Set<String>
    // News vocabulary (news.rules).
    let directions: TemporalPhraseTable<Int>
    let directionParts: TemporalPhraseTable<String>
    let weekdayNumbers: [String: Int]
    let ambiguousSeasons: Set<String>
    let dayWords: TemporalPhraseTable<(offset: Int, part: String?)>
    let dayParts: [String: String]
    let clockWords: TemporalPhraseTable<(hour: Int, minute: Int)>
    let meridiems: TemporalPhraseTable<Bool>
    let timeZones: Set<String>
    let references: TemporalPhraseTable<String>
    let spanLeads: Set<String>
    let currentPeriods: [String: String]
    let periodQualifiers: Set<String>
    let lengthQualifiers: Set<String>
    let periodBlockers: Set<String>
    let yearAgo: TemporalPhraseTable<Int>
    let dayPartLeads: TemporalPhraseTable<Bool>
    let outsideWords: TemporalPhraseTable<Bool>
    let setLeads: Set<String>
    let conjunctions: Set<String>
    let setWords: [String: String]
    let ageWords: TemporalPhraseTable<Bool>
    let signals: TemporalPhraseTable<Bool>
    let futureWords: Set<String>
    let pastWords: Set<String>
    let pastAuxiliaries: Set<String>
    let scheduleCopulas: Set<String>
    /// Every word of the lexicon: a reading never starts at a word outside it.
    let starters: Set<String>

    /// The token standing for a quantity in a phrase.
    static let quantitySlot = "n"

    static let standard = TemporalLexicon(RuleFile(bundle: .module, name: "temporal/lexicon.rules"),
                                          news: RuleFile(bundle: .module, name: "temporal/news.rules"),
                                          holidays: RuleFile(bundle: .module, name: "temporal/holidays.rules"))

    init(_ file: RuleFile, news: RuleFile, holidays: RuleFile) {
        // Words that only follow another word of a reading (signals, tense words) start nothing.
        let notStarting: Set<String> = ["signals", "future-words", "past-words", "past-auxiliaries", "schedule-copulas", "meridiems", "time-zones", "age-words", "conjunctions", "period-blockers", "length-qualifiers"]
        starters = Set([file, news, holidays].flatMap { file in
            file.sectionOrder.filter { !notStarting.contains($0) }.flatMap { section in
                file.entries(section).flatMap { entry in TemporalTokenizer.words((entry.mapping?.0 ?? entry.text).lowercased()) }
            }
        })
        func pairs(_ section: String) -> [(String, String)] { file.entries(section).compactMap(\.mapping) }
        func table<V>(_ section: String, _ parse: (String) -> V?) -> TemporalPhraseTable<V> {
            TemporalPhraseTable(file.entries(section).compactMap { entry -> (String, V)? in
                let (phrase, value) = entry.mapping ?? (entry.text, "")
                return parse(value).map { (phrase, $0) }
            })
        }
        func monthSpan(_ text: Substring) -> ClosedRange<Int>? {
            let ends = text.split(separator: "/").compactMap { Int($0) }
            guard ends.count == 2 else { return nil }
            return ends[0]...(ends[1] < ends[0] ? ends[1] + 12 : ends[1])
        }
        func dictionary<V>(_ section: String, _ parse: (String) -> V?) -> [String: V] {
            Dictionary(pairs(section).compactMap { k, v in parse(v).map { (k, $0) } }, uniquingKeysWith: { first, _ in first })
        }
        let units = dictionary("units") { TimeUnit($0) }
        self.units = units
        months = dictionary("months") { Int($0) }
        weekdays = Set(pairs("weekdays").map(\.0))
        weekdayNumbers = dictionary("weekdays") { Int($0) }
        verbMonths = Set(file.lines("verb-months"))
        seasons = dictionary("seasons") { monthSpan(Substring($0)) }
        yearParts = table("year-parts") { value -> (months: ClosedRange<Int>, approximate: Bool)? in
            let parts = value.split(separator: " ")
            guard let span = parts.first.flatMap(monthSpan) else { return nil }
            return (span, parts.contains("~"))
        }
        decadeParts = dictionary("decade-parts") { monthSpan(Substring($0)) }
        decadeWords = dictionary("decade-words") { Int($0) }
        numbers = table("numbers") { Int($0) }
        ordinals = table("ordinals") { Int($0) }
        prefixes = table("prefixes") { PrefixRole(rawValue: $0) }
        centuryQualifiers = table("century-qualifiers") { _ in true }
        rangeConnectors = table("range-connectors") { $0 }
        transitions = table("transitions") { _ in true }
        periods = table("periods") { try? EDTFDate(parsing: $0) }
        relative = table("relative") { RelativeRule($0, units: units) }
        hedges = table("quantity-hedges") { $0 == "approx" }
        deictic = table("deictic") { value -> DeicticRule? in
            var parts = value.split(separator: " ").map(String.init)
            // A last word in capitals is the TIMEX3 value: "now => 0 day PRESENT_REF".
            let timex = parts.last.flatMap { $0.uppercased() == $0 && Int($0) == nil ? $0 : nil }
            if timex != nil { parts.removeLast() }
            switch parts.first {
            case "vague": return DeicticRule(shift: .vague, timex: timex)
            case "ago": return DeicticRule(shift: .ago, timex: timex)
            case let first?:
                guard let n = Int(first.drop { $0 == "+" }), parts.count > 1 else { return nil }
                if parts[1] == "day" { return DeicticRule(shift: .now, timex: timex) }
                return units[parts[1]].map { DeicticRule(shift: .offset(n, unit: $0), timex: timex) }
            case nil: return nil
            }
        }
        comparisonWords = Set(file.lines("comparison-words"))
        countedNouns = Set(file.lines("counted-nouns"))
        determiners = Set(file.lines("determiners"))
        notNames = Set(file.lines("not-names"))
        vagueCounts = Set(file.lines("vague-counts"))
        eventOpeners = Set(file.lines("event-openers"))
        rateWords = Set(file.lines("rate-words"))

        func newsTable<V>(_ section: String, _ parse: (String) -> V?) -> TemporalPhraseTable<V> {
            TemporalPhraseTable(news.entries(section).compactMap { entry -> (String, V)? in
                let (phrase, value) = entry.mapping ?? (entry.text, "")
                return parse(value).map { (phrase, $0) }
            })
        }
        func newsPairs(_ section: String) -> [String: String] {
            Dictionary(news.entries(section).compactMap(\.mapping), uniquingKeysWith: { first, _ in first })
        }
        directions = newsTable("directions") { Int($0.drop { $0 == "+" }) }
        directionParts = newsTable("direction-parts") { $0 }
        ambiguousSeasons = Set(news.lines("ambiguous-seasons"))
        dayWords = newsTable("day-words") { value -> (offset: Int, part: String?)? in
            let parts = value.split(separator: " ")
            return parts.first.flatMap { Int($0.drop { $0 == "+" }) }.map { ($0, parts.count > 1 ? String(parts[1]) : nil) }
        }
        dayParts = newsPairs("day-parts")
        clockWords = newsTable("clock-words") { value -> (hour: Int, minute: Int)? in
            let hm = value.split(separator: ":").compactMap { Int($0) }
            return hm.count == 2 ? (hm[0], hm[1]) : nil
        }
        meridiems = newsTable("meridiems") { $0 == "pm" }
        timeZones = Set(news.lines("time-zones"))
        references = newsTable("references") { $0 }
        spanLeads = Set(news.lines("span-leads"))
        currentPeriods = newsPairs("current-periods")
        periodQualifiers = Set(news.lines("period-qualifiers"))
        lengthQualifiers = Set(news.lines("length-qualifiers"))
        periodBlockers = Set(news.lines("period-blockers"))
        yearAgo = newsTable("year-ago") { Int($0) }
        dayPartLeads = newsTable("day-part-leads") { _ in true }
        outsideWords = newsTable("outside-words") { _ in true }
        setLeads = Set(news.lines("set-leads"))
        conjunctions = Set(news.lines("conjunctions"))
        setWords = newsPairs("set-words")
        ageWords = newsTable("age-words") { _ in true }
        signals = newsTable("signals") { _ in true }
        futureWords = Set(news.lines("future-words"))
        pastWords = Set(news.lines("past-words"))
        pastAuxiliaries = Set(news.lines("past-auxiliaries"))
        scheduleCopulas = Set(news.lines("schedule-copulas"))
        let weekdays = weekdayNumbers
        self.holidays = TemporalPhraseTable(holidays.entries("holidays").compactMap { entry in
            entry.mapping.flatMap { phrase, spec in Holiday(spec, weekdays: weekdays).map { (phrase, $0) } }
        })
    }
}
