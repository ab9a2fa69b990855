import ChronographCore
import Foundation

/// Types an event from `event-types.rules`: the verb of the clause that holds the date decides,
/// with its object (or, for a passive, its subject) where the verb only says that something
/// came about; without a known verb, the cue words of the clause weighed by their distance
/// from the date; no cue at all means milestone.
public struct EventTypeRules: Sendable {
    struct Cue: Sendable {
        var type: EventType
        var weight: Double
    }

    /// `fixed`: the verb alone gives the type ("elected"); otherwise the type is its object's,
    /// `type` when the object names nothing ("launched", "set up"). No type: an idiom that
    /// hides a verb ("opened the way"), so the clause's cues decide. `deferring`: the verb only
    /// says something came about or grew, so an object that names nothing leaves the type to
    /// the clause's cues ("launched", "doubled"); "became", "signed" keep their own.
    struct Verb: Sendable {
        var type: EventType?
        var fixed: Bool
        var deferring = false
    }

    private let cues: PhraseIndex<Cue>
    private let verbs: PhraseIndex<Verb>
    /// Nouns that type a verb's object but are too common to count anywhere in a sentence
    /// ("agency", "office": a governance body set up).
    private let objects: PhraseIndex<Cue>
    /// Words that end a verb's object ("for", "to"): what follows is purpose or place.
    private let objectEnds: Set<String>
    private let clauseJoiners: Set<String> = ["while", "whereas", "but", "although", "though", "because"]
    /// Types in file order, for ties.
    private let order: [EventType]
    /// Words after a number that measure rather than count ("5 years", "40 acres"), and
    /// counted nouns without a plural -s ("300 people").
    private let measures: Set<String>
    private let counted: Set<String>
    /// Words before a number that make it a figure without a counted noun ("more than 200").
    private let quantifiers: Set<String>
    /// Nouns whose "of" complement is the thing their verb is about ("the roll-out of a network").
    private let lightHeads: Set<String>
    private let magnitudes: Set<String> = ["thousand", "million", "billion", "hundred", "crore", "lakh"]

    public static let standard = EventTypeRules(rules: RuleFile(bundle: .module, name: "event-types.rules"))

    public init(rules: RuleFile) {
        order = rules.sectionOrder.compactMap(EventType.init(rawValue:))
        measures = Set(rules.lines("measures").map { $0.lowercased() })
        counted = Set(rules.lines("counted").map { $0.lowercased() })
        cues = PhraseIndex(order.flatMap { type in
            rules.entries(type.rawValue).compactMap { entry in
                let (text, weight) = entry.mapping ?? (entry.text, "1")
                return PhraseIndex.entry(text, payload: Cue(type: type, weight: Double(weight) ?? 1), split: { [$0] })
            }
        })
        verbs = PhraseIndex(rules.entries("verbs").compactMap { entry in
            guard let (text, value) = entry.mapping else { return nil }
            let parts = value.split(separator: " ")
            let type = parts.last.flatMap { EventType(rawValue: String($0)) }
            guard type != nil || value == "cues" else { return nil }
            return PhraseIndex.entry(text, payload: Verb(type: type, fixed: parts.first != "object", deferring: parts.contains("cues")),
                                     split: { [$0] })
        })
        objects = PhraseIndex(rules.entries("objects").compactMap { entry in
            guard let (text, value) = entry.mapping else { return nil }
            let parts = value.split(separator: " ")
            guard let type = parts.first.flatMap({ EventType(rawValue: String($0)) }) else { return nil }
            let weight = parts.count > 1 ? Double(parts[1]) ?? 1 : 1
            return PhraseIndex.entry(text, payload: Cue(type: type, weight: weight), split: { [$0] })
        })
        objectEnds = Set(rules.lines("object ends").map { $0.lowercased() })
        quantifiers = Set(rules.lines("quantifiers").map { $0.lowercased() })
        lightHeads = Set(rules.lines("light heads").map { $0.lowercased() })
    }

    /// Marks a count of things ("300 employers", "1,500 staff", "59 identified projects") as the
    /// word `<figure>`, so a figure reached weighs like any cue: a number, its magnitude words,
    /// at most one word between, then a plural or counted noun.
    func markingFigures(_ words: [String]) -> [String] {
        var marked = words
        for i in words.indices where words[i].first?.isNumber == true && words[i].allSatisfy(\.isNumber) {
            var j = i + 1
            while j < words.count, words[j].allSatisfy(\.isNumber) || magnitudes.contains(words[j]) { j += 1 }
            let isCount = { (w: String) in
                !measures.contains(w) && (counted.contains(w) || w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss"))
            }
            if (j..<min(j + 2, words.count)).contains(where: { isCount(words[$0]) }) { marked[i] = "<figure>" }
        }
        return marked
    }

    /// Score per type for a word sequence; each cue counts once however often it occurs.
    public func scores(words: [String]) -> [EventType: Double] {
        let words = markingFigures(words)
        var seen = Set<Int>()
        var result: [EventType: Double] = [:]
        for i in words.indices {
            for id in cues.matches(words, at: i) where seen.insert(id).inserted {
                result[cues.entries[id].payload.type, default: 0] += cues.entries[id].payload.weight
            }
        }
        return result
    }

    /// The type of the happening a time expression dates: the verb of its clause, with its
    /// object or subject (`verbType`); where that names nothing, the cues of the clause up to
    /// "while", "but" and the like (`cueType`), and the rest of the sentence only when the
    /// clause has no known verb; the verb's own type; no cue at all means milestone.
    /// `measured`: the date says by when or as of when ("By 2018", "As of 2005"), so a count in
    /// the clause is a state measured, a milestone, even where it names a programme or an award
    /// ("by 2018 the hub had trained 10,000 people"); a network measured stays a network.
    public func type(before: [String], after: [String], outside: [String] = [], measured: Bool = false) -> EventType {
        let own = Array(before[((before.lastIndex { clauseJoiners.contains($0) } ?? -1) + 1)...])
        let rest = Array(after.prefix { !clauseJoiners.contains($0) })
        let type = clauseType(before: before, after: after, own: own, rest: rest, outside: outside)
        if measured, type == .initiative || type == .award, holdsCount(own + rest) { return .milestone }
        return type
    }

    private func clauseType(before: [String], after: [String], own: [String], rest: [String], outside: [String]) -> EventType {
        let clause = verbType(before: before, after: after)
        if let type = clause.type { return type }
        if let verb = clause.verb, !verb.deferring, let type = verb.type { return type }
        return cueType(before: own, after: rest, outside: clause.verb == nil ? outside : [])
            ?? clause.verb?.type ?? .milestone
    }

    /// A count of things, or a number given as an amount: "300 employers", "more than 200",
    /// "$43 million".
    func holdsCount(_ words: [String]) -> Bool {
        let marked = markingFigures(words)
        return marked.indices.contains { i in
            marked[i] == "<figure>" || marked[i].first?.isNumber == true && marked[i].allSatisfy(\.isNumber)
                && (i > 0 && quantifiers.contains(marked[i - 1]) || i + 1 < marked.count && magnitudes.contains(marked[i + 1]))
        }
    }

    /// The type the clause's verb gives: the known verb nearest the date (after it on a tie),
    /// then, unless the verb is `fixed`, the strongest type its object names, else its subject
    /// when it has no object. The verb comes back when its object and subject name nothing, so
    /// that the clause's cues decide before the verb's own type.
    func verbType(before: [String], after: [String]) -> (type: EventType?, verb: Verb?) {
        let words = markingFigures(before + after)
        let split = before.count
        let distance = { (i: Int) in i < split ? split - i : i - split + 1 }
        // The verb is sought in the date's own clause: not past "while", "but" and the like.
        let first = (words[..<split].lastIndex { clauseJoiners.contains($0) } ?? -1) + 1
        let last = words[split...].firstIndex { clauseJoiners.contains($0) } ?? words.count
        var best: (at: Int, length: Int, verb: Verb)?
        // A participle heads no clause ("a card connecting residents with services").
        for i in first..<last where !words[i].hasSuffix("ing") {
            guard let id = verbs.matches(words, at: i).first else { continue }
            if let b = best, distance(b.at) < distance(i) || distance(b.at) == distance(i) && b.at > i { continue }
            best = (i, verbs.entries[id].words.count, verbs.entries[id].payload)
        }
        guard var (at, length, verb) = best else { return (nil, nil) }
        // "began connecting homes": a verb that opens its object says what was begun; "announced
        // that the firm had won the tender": the happening is the one reported.
        while !verb.fixed, at + length < last {
            let next = words[at + length] == "that"
                ? (at + length + 1..<last).first { !words[$0].hasSuffix("ing") && !verbs.matches(words, at: $0).isEmpty }
                : verbs.matches(words, at: at + length).isEmpty ? nil : at + length
            guard let next, let id = verbs.matches(words, at: next).first else { break }
            (at, length, verb) = (next, verbs.entries[id].words.count, verbs.entries[id].payload)
        }
        guard verb.type != nil else { return (nil, nil) }
        if verb.fixed { return (verb.type, verb) }
        // "became the first city to offer free Wi-Fi": the happening is what it was first to do,
        // where that names a type ("the first city to offer a choice" stays a status change).
        if let firstAt = (at + length..<last).first(where: { words[$0] == "first" }),
           let to = (firstAt + 1..<min(firstAt + 8, last)).first(where: { words[$0] == "to" && !verbs.matches(words, at: $0).isEmpty }),
           let id = verbs.matches(words, at: to).first,
           let type = objectType(words, verb: to, length: verbs.entries[id].words.count, own: verbs.entries[id].payload.type,
                                 split: split, first: first, last: last) {
            return (type, verbs.entries[id].payload)
        }
        return (objectType(words, verb: at, length: length, own: verb.type, split: split, first: first, last: last), verb)
    }

    /// The type a verb's object names: the object runs from the verb to an ending word, another
    /// verb or the date; its head comes before any "of" ("the target of reaching ..."), after it
    /// for a light head ("the roll-out of a network"). A verb with no object, or whose object is
    /// only a count, has its thing as the subject: "the park opened in 1964", "its hotspots
    /// recorded 210,000 sessions". A count after a verb that measures ("counted 88 incubators")
    /// is a figure reached, a milestone whatever it counts, unless it measures a network.
    private func objectType(_ words: [String], verb at: Int, length: Int, own: EventType?,
                            split: Int, first: Int, last: Int) -> EventType? {
        let end = at < split ? split : last
        let object = Array(words[min(at + length, end)..<end].indices.prefix { !objectEnds.contains(words[$0]) && verbs.matches(words, at: $0).isEmpty }
            .prefix(10).map { words[$0] })
        var head = Array(object.prefix { $0 != "of" })
        if let light = head.last, lightHeads.contains(light), head.count < object.count { head = Array(object[(head.count + 1)...]) }
        let subject = Array(words[(at < split ? first : split)..<at].suffix(6))
        let countOnly = object.contains("<figure>") && score(object).isEmpty
        let named = [score(head), object.isEmpty || countOnly ? score(subject) : score(object)].first { !$0.isEmpty } ?? [:]
        let type = strongest(named)
        return own == .milestone && object.contains("<figure>") && type != .network ? .milestone : type
    }

    /// Cue and object-noun scores of a verb's object or subject, each cue once. A count is not
    /// scored here: "launched 14 projects" is an initiative, "helped launch 65 jobs" a milestone
    /// by its noun.
    private func score(_ words: [String]) -> [EventType: Double] {
        var result: [EventType: Double] = [:]
        var seen = Set<Int>()
        for i in words.indices where words[i] != "<figure>" {
            for id in cues.matches(words, at: i) where seen.insert(id).inserted {
                result[cues.entries[id].payload.type, default: 0] += cues.entries[id].payload.weight
            }
            for id in objects.matches(words, at: i) where seen.insert(-1 - id).inserted {
                result[objects.entries[id].payload.type, default: 0] += objects.entries[id].payload.weight
            }
        }
        return result
    }

    /// The highest-scoring type, ties in file order.
    private func strongest(_ total: [EventType: Double]) -> EventType? {
        total.filter { $0.value > 0 }.max { a, b in
            (a.value, -(order.firstIndex(of: a.key) ?? 0)) < (b.value, -(order.firstIndex(of: b.key) ?? 0))
        }?.key
    }

    /// Cues near the expression weigh most (within 4 words ×3, within 10 ×2, elsewhere in its
    /// clause ×1); `outside` (the rest of the sentence) counts half. Each cue counts once, at
    /// its nearest place; nil without any cue.
    func cueType(before: [String], after: [String], outside: [String]) -> EventType? {
        var factor: [Int: Double] = [:]
        func note(_ words: [String], distance: (Int) -> Int?) {
            for i in words.indices {
                let f = distance(i).map { $0 <= 4 ? 3.0 : $0 <= 10 ? 2.0 : 1.0 } ?? 0.5
                for id in cues.matches(words, at: i) where f > (factor[id] ?? 0) { factor[id] = f }
            }
        }
        let before = markingFigures(before), after = markingFigures(after)
        note(before) { before.count - $0 }
        note(after) { $0 + 1 }
        note(markingFigures(outside)) { _ in nil }
        var total: [EventType: Double] = [:]
        for (id, f) in factor { total[cues.entries[id].payload.type, default: 0] += f * cues.entries[id].payload.weight }
        return strongest(total)
    }
}
