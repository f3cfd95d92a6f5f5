/// Makes heading anchors the way GitHub does (github-slugger): lowercase the text; drop every
/// character that is not a letter, a mark, a decimal or letter number, connector punctuation
/// such as `_`, a space or a hyphen; turn each space into a hyphen. A slug already given out
/// gets `-1`, `-2`, ... added, skipping any that are taken too, so `x`, `x`, `x-1` give `x`,
/// `x-1`, `x-1-1`.
public struct GitHubSlugger {
    /// For each slug given out, how many times its base text has been repeated so far.
    private var occurrences: [String: Int] = [:]

    public init() {}

    /// A slugger that will give out about `expectedCount` slugs, with room for them made at once.
    public init(expectedCount: Int) {
        occurrences.reserveCapacity(expectedCount)
    }

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
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                appendASCII(UInt8(scalar.value), to: &slug)
                continue
            }
            // Lowercasing maps each scalar on its own (a headline's "–" or "É" as well): the
            // text's other scalars need none of it.
            for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                if lowered.isASCII {
                    appendASCII(UInt8(lowered.value), to: &slug)
                } else if isKept(lowered) {
                    slug.append(contentsOf: UTF8.encode(lowered)!)
                }
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Of ASCII, only letters, digits, `_` and `-` are kept, a space becomes `-`, and
    /// lowercasing is a bit.
    @inline(__always)
    private static func appendASCII(_ byte: UInt8, to slug: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: " "): slug.append(UInt8(ascii: "-"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(byte | 0x20)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"): slug.append(byte)
        default: break
        }
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
