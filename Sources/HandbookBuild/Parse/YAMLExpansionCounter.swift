import CYaml
import HandbookModel

/// Counts the values a YAML document stands for once every alias is expanded, from libyaml's
/// events and before anything builds a tree. Nine lines of anchors and aliases can stand for
/// billions of values ("billion laughs"); Yams composes them cheaply, by sharing, but hashes a
/// mapping's keys in full to find duplicates, so an alias used as a key would take hours.
struct YAMLExpansionCounter {
    /// The most values (scalars, lists and mappings, each use of an alias counted anew) a
    /// document may hold. Front matter holds a few dozen.
    static let limit = 10_000

    /// Where the count passes the limit, as a 0-based line and column of `yaml`; nil when it
    /// stays within it, or when the YAML does not parse (composing it reports that).
    static func firstExcess(in yaml: String) -> (line: Int, column: Int)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return count(with: &parser)
        }
    }

    private static func count(with parser: inout yaml_parser_t) -> (line: Int, column: Int)? {
        // The values in each open list or mapping so far, with its anchor; the document's at the bottom.
        var open: [(anchor: String?, count: Int)] = [(nil, 0)]
        var anchored: [String: Int] = [:]
        var total = 0
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                if let anchor = text(event.data.scalar.anchor) { anchored[anchor] = 1 }
                open[open.count - 1].count += 1
                total += 1
            case YAML_ALIAS_EVENT:
                let size = text(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1
                open[open.count - 1].count += size
                total += size
            case YAML_SEQUENCE_START_EVENT:
                open.append((text(event.data.sequence_start.anchor), 1))
                total += 1
            case YAML_MAPPING_START_EVENT:
                open.append((text(event.data.mapping_start.anchor), 1))
                total += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard open.count > 1 else { return nil }
                let closed = open.removeLast()
                if let anchor = closed.anchor { anchored[anchor] = closed.count }
                open[open.count - 1].count += closed.count
            default:
                continue
            }
            if total > limit { return (Int(event.start_mark.line), Int(event.start_mark.column)) }
        }
        return nil
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
