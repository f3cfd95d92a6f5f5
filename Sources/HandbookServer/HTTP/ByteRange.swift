/// What a `Range` header asks of a representation of a known length. Only one range of bytes is
/// served; a header asking for several, or one that does not parse, is ignored (RFC 9110 §14.2).
enum ByteRange: Equatable {
    case whole
    case part(Range<Int>)
    case unsatisfiable

    init(header: String?, length: Int) {
        guard let header else { self = .whole; return }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bytes="), !trimmed.contains(",") else { self = .whole; return }
        let spec = trimmed.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        guard let dash = spec.firstIndex(of: "-") else { self = .whole; return }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        guard first.allSatisfy(\.isASCIIDigit), last.allSatisfy(\.isASCIIDigit) else { self = .whole; return }

        if first.isEmpty {
            // `-N`: the last N bytes.
            guard let suffix = Int(last) else { self = .whole; return }
            guard suffix > 0, length > 0 else { self = .unsatisfiable; return }
            self = .part(max(0, length - suffix)..<length)
            return
        }
        guard let start = Int(first) else { self = .whole; return }
        let end: Int
        if last.isEmpty {
            end = length - 1
        } else {
            guard let parsed = Int(last), parsed >= start else { self = .whole; return }
            end = min(parsed, length - 1)
        }
        guard start < length else { self = .unsatisfiable; return }
        self = .part(start..<(end + 1))
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
