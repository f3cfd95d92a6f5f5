#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// cmark-gfm renders a task-list box as a bare `<input type="checkbox">` with no accessible name,
/// which screen readers announce as an unlabelled control. This names each box by its state.
enum TaskListLabels {
    private static let unchecked = "<input type=\"checkbox\" disabled=\"\" />"
    private static let checked = "<input type=\"checkbox\" checked=\"\" disabled=\"\" />"
    private static let marker = Array("type=\"checkbox\"".utf8)
    /// Where the marker's `x` is.
    private static let pivot = marker.firstIndex(of: UInt8(ascii: "x"))!

    /// The HTML with every task-list box labelled "Done" or "Not done". Text can only contain
    /// these exact tags where the renderer wrote them (raw HTML is escaped or left out), or where
    /// raw HTML is allowed, in which case a label does no harm.
    static func label(_ html: String) -> String {
        // Every page comes through here and few have a task list: a look at the bytes answers
        // for most. A box's characters are ASCII, which only these bytes spell.
        let mayHaveBoxes = html.utf8.withContiguousStorageIfAvailable(containsMarker)
        guard mayHaveBoxes ?? html.contains("type=\"checkbox\"") else { return html }
        if let labelled = html.utf8.withContiguousStorageIfAvailable(labelledBytes), let labelled {
            return String(decoding: labelled, as: UTF8.self)
        }
        return replacingCharacters(in: html)
    }

    /// The labels put in as `replacingCharacters` would, in one pass over the bytes; nil where a
    /// box stands next to a non-ASCII character, which could join its first or last character
    /// into one `Character` that the replacement would not match.
    private static func labelledBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var copied = 0
        var index = 0
        while let start = ByteSearch.firstIndex(of: boxStart, in: bytes, from: index) {
            let afterStart = start + boxStart.count
            let rest = bytes[afterStart...]
            let label: [UInt8]
            let end: Int
            if rest.starts(with: uncheckedEnd) {
                (label, end) = (notDoneLabel, afterStart + uncheckedEnd.count)
            } else if rest.starts(with: checkedEnd) {
                (label, end) = (doneLabel, afterStart + checkedEnd.count)
            } else {
                index = afterStart
                continue
            }
            if (start > 0 && bytes[start - 1] >= 0x80) || (end < bytes.count && bytes[end] >= 0x80) { return nil }
            // The label goes before the closing ` />`.
            let insertion = end - 3
            result.append(contentsOf: bytes[copied..<insertion])
            result.append(contentsOf: label)
            copied = insertion
            index = end
        }
        result.append(contentsOf: bytes[copied...])
        return result
    }

    private static let boxStart = Array("<input type=\"checkbox\" ".utf8)
    private static let uncheckedEnd = Array("disabled=\"\" />".utf8)
    private static let checkedEnd = Array("checked=\"\" disabled=\"\" />".utf8)
    private static let notDoneLabel = Array(" aria-label=\"Not done\"".utf8)
    private static let doneLabel = Array(" aria-label=\"Done\"".utf8)

    /// The labels put in by replacing the boxes as `Character`s, for HTML that is not
    /// contiguous or has non-ASCII characters next to a box.
    private static func replacingCharacters(in html: String) -> String {
        html
            .replacing(unchecked, with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
            .replacing(checked, with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />")
    }

    /// Whether `type="checkbox"` is in the bytes: `memchr` finds each `x` (rare in HTML and in
    /// prose), then the bytes around it are compared.
    private static func containsMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let after = marker.count - pivot - 1
        var index = pivot
        while index + after < bytes.count,
              let found = memchr(base + index, Int32(marker[pivot]), bytes.count - after - index) {
            let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - pivot
            if bytes[start..<(start + marker.count)].elementsEqual(marker) { return true }
            index = start + pivot + 1
        }
        return false
    }
}
