import Foundation

/// Meeting lengths as users write them: `30`, `"30m"`, `"30 min"`, `"1h"`, `"1h30m"`, `"1.5 h"`, `"0:45"`.
public enum MeetingDuration {
    /// The forms `value-invalid` messages list.
    public static let acceptedForms = #"minutes (30), "30m", "30 min", "1h", "1h30m" or "0:45""#

    /// Whole minutes, or `nil` when the text is not a positive duration.
    public static func minutes(_ raw: String) -> Int? {
        let text = raw.trimmingBlanks().lowercased()
        guard !text.isEmpty else { return nil }
        // H:MM
        if let colon = text.firstIndex(of: ":") {
            let h = text[..<colon], m = text[text.index(after: colon)...]
            guard !h.isEmpty, h.count <= 4, m.count == 2, h.allSatisfy(\.isASCIIDigit), m.allSatisfy(\.isASCIIDigit),
                let hours = Int(h), let mins = Int(m), mins < 60
            else { return nil }
            return positive(hours * 60 + mins)
        }
        // A sequence of <number><unit> parts; a bare number is minutes.
        var total = 0.0
        var rest = Substring(text)
        var sawPart = false
        var lastWasHours = false
        while !rest.isEmpty {
            rest = rest.drop(while: { $0 == " " })
            let number = rest.prefix(while: { $0.isASCIIDigit || $0 == "." })
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count).drop(while: { $0 == " " })
            let unit = rest.prefix(while: { $0.isLetter })
            rest = rest.dropFirst(unit.count)
            switch unit {
            case "h", "hr", "hrs", "hour", "hours":
                total += value * 60
                lastWasHours = true
            case "m", "min", "mins", "minute", "minutes":
                total += value
                lastWasHours = false
            case "":
                // "1h 30" reads as 1 h 30 min; a lone number is minutes.
                guard rest.isEmpty, !sawPart || lastWasHours else { return nil }
                total += value
            default:
                return nil
            }
            sawPart = true
        }
        // Found by the fuzzer: converting a huge total (a 40-digit number) to Int trapped.
        guard total == total.rounded(), total > 0, total < 100_000 else { return nil }
        return positive(Int(total))
    }

    private static func positive(_ n: Int) -> Int? { n > 0 && n < 100_000 ? n : nil }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
