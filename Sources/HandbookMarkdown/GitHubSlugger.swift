/// Makes heading anchors the way GitHub does (github-slugger): lowercase the text; drop every
/// character that is not a letter, a mark, a decimal or letter number, connector punctuation
/// such as `_`, a space or a hyphen; turn each space into a hyphen. A slug already given out
/// gets `-1`, `-2`, ... added, skipping any that are taken too, so `x`, `x`, `x-1` give `x`,
/// `x-1`, `x-1-1`.
public struct GitHubSlugger {
    /// For each slug given out, how many times its base text has been repeated so far.
    private var occurrences: [String: Int] = [:]

    public init() {}

    /// The next unique slug for `text`.
    public mutating func slug(_ text: String) -> String {
        let base = Self.slugBase(text)
        var slug = base
        while occurrences[slug] != nil {
            let count = occurrences[base, default: 0] + 1
            occurrences[base] = count
            slug = "\(base)-\(count)"
        }
        occurrences[slug] = 0
        return slug
    }

    /// The slug of `text` alone, without the suffix that keeps repeats unique.
    public static func slugBase(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.append("-")
            } else if isKept(scalar) {
                slug.append(scalar)
            }
        }
        return String(slug)
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .connectorPunctuation, .surrogate:
            return true
        default:
            return false
        }
    }
}
