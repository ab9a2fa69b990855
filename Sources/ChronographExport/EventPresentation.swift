import ChronographCore

/// How an event's date and source read to people, shared by the TimelineJS and HTML timelines.
public enum EventPresentation {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "2007", "May 2007", "the 1970s", "the 20th century", "c. 2005", "2007–2011", "since 2011", "by 1995", "until 2020".
    public static func dateLabel(_ event: Event) -> String {
        let date = event.date
        if date.isInterval {
            switch (date.start, date.end) {
            case let (start?, end?): return label(start) + "–" + label(end)
            case let (start?, nil): return "since " + label(start)
            case let (nil, end?): return openStartWord(event) + " " + label(end)
            default: return date.description
            }
        }
        let point = label(date.start!)
        switch event.mod {
        case .by?: return "by " + point
        case .since?: return "since " + point
        case .asOf?: return "as of " + point
        case .approx?: return date.start!.approximate ? point : approximately(point, date.start!)
        case nil: return point
        }
    }

    /// "../2015" is read from "by 2015", "until 2015" or "before 2015": the text's own word, so
    /// "by 2015" is not shown as "until 2015"; "by" when the text has none of them.
    static func openStartWord(_ event: Event) -> String {
        let first = event.timeExpression?.split(separator: " ").first?.lowercased() ?? ""
        return ["by", "until", "till", "before"].contains(first) ? first : "by"
    }

    static func label(_ point: EDTFDate.Point) -> String {
        var text: String
        switch point.unspecifiedDigits {
        case 1: text = "the \(point.earliest.year)s"
        case 2...: text = "the " + ordinal(point.earliest.year / 100 + 1) + " century"
        default:
            text = String(point.year)
            if let month = point.month { text = months[month - 1] + " " + text }
            if let day = point.day { text = "\(day) " + text }
        }
        if point.approximate { text = approximately(text, point) }
        if point.uncertain { text += "?" }
        return text
    }

    static func approximately(_ text: String, _ point: EDTFDate.Point) -> String {
        (point.unspecifiedDigits == 0 ? "c. " : "around ") + text
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// "icf-profiles.txt, characters 632–754".
    public static func sourceLabel(_ source: SourceSpan) -> String {
        "\(source.document), characters \(source.start)–\(source.end)"
    }

    /// A day as a fractional year, for placing marks on a year axis.
    static func yearPosition(_ day: EDTFDate.Day) -> Double {
        let daysBefore = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][day.month - 1] + day.day - 1
        return (Double(day.year) * 1000 + (Double(daysBefore) / 365 * 1000).rounded()) / 1000
    }

    /// Text safe inside HTML elements and quoted attributes.
    public static func escapeHTML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
