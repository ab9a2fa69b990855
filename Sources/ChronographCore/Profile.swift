/// A sentence of a profile's narrative, with its offsets and the section it stands under.
public struct Sentence: Sendable, Equatable {
    public var text: String
    public var span: SourceSpan
    /// Index of the sentence within its profile, in reading order.
    public var index: Int
    public var section: String?
    /// Index of the paragraph (narrative line) within its profile: a named thing is often
    /// explained a few sentences before or after it is named, in the same paragraph.
    public var paragraph: Int

    public init(text: String, span: SourceSpan, index: Int, section: String? = nil, paragraph: Int = 0) {
        self.text = text
        self.span = span
        self.index = index
        self.section = section
        self.paragraph = paragraph
    }
}

/// An award line of the footer, one record per year (`Smart21 2007 | 2009` gives two).
public struct FooterAward: Sendable, Equatable {
    public var award: String
    public var year: Int
    /// The whole footer line, with its span (for a line longer than a sentence may be, the
    /// piece of it that lists the year).
    public var line: String
    public var span: SourceSpan

    public init(award: String, year: Int, line: String, span: SourceSpan) {
        self.award = award
        self.year = year
        self.line = line
        self.span = span
    }
}

/// The structured lines that close a profile.
public struct FooterFacts: Sendable, Equatable {
    public var population: Int?
    public var laborForce: Int?
    public var website: String?
    public var awards: [FooterAward] = []

    public init(population: Int? = nil, laborForce: Int? = nil, website: String? = nil, awards: [FooterAward] = []) {
        self.population = population
        self.laborForce = laborForce
        self.website = website
        self.awards = awards
    }
}

/// One community's profile: name line, narrative sentences (with section titles), footer.
public struct Profile: Sendable {
    public var name: String
    public var nameSpan: SourceSpan
    public var sections: [String]
    public var sentences: [Sentence]
    public var footer: FooterFacts
    /// The document's own date of writing (Markdown front matter), for "today" and "last week".
    public var referenceDate: EDTFDate?

    public init(name: String, nameSpan: SourceSpan, sections: [String] = [], sentences: [Sentence] = [],
                footer: FooterFacts = FooterFacts(), referenceDate: EDTFDate? = nil) {
        self.name = name
        self.nameSpan = nameSpan
        self.sections = sections
        self.sentences = sentences
        self.footer = footer
        self.referenceDate = referenceDate
    }

    public var document: String { nameSpan.document }
}
