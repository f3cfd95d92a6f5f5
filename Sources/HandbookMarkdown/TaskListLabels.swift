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
    /// `type="checkbox"`, around its `=`.
    private static let before = Array("type".utf8), after = Array("\"checkbox\"".utf8)

    /// The HTML with every task-list box labelled "Done" or "Not done". Text can only contain
    /// these exact tags where the renderer wrote them (raw HTML is escaped or left out), or where
    /// raw HTML is allowed, in which case a label does no harm.
    static func label(_ html: String) -> String {
        // Every page comes through here and few have a task list: a look at the bytes answers
        // for most. A box's characters are ASCII, which only these bytes spell.
        let mayHaveBoxes = html.utf8.withContiguousStorageIfAvailable(containsMarker)
        guard mayHaveBoxes ?? html.contains("type=\"checkbox\"") else { return html }
        return html
            .replacing(unchecked, with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
            .replacing(checked, with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />")
    }

    /// Whether `type="checkbox"` is in the bytes: `memchr` finds each `=` (few in HTML), then
    /// the bytes around it are compared.
    private static func containsMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = before.count
        while index + after.count < bytes.count,
              let found = memchr(base + index, Int32(UInt8(ascii: "=")), bytes.count - after.count - index) {
            let equals = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if bytes[(equals - before.count)..<equals].elementsEqual(before),
               bytes[(equals + 1)...(equals + after.count)].elementsEqual(after) {
                return true
            }
            index = equals + 1
        }
        return false
    }
}
