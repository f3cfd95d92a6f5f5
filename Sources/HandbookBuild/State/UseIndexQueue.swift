import Dispatch
import HandbookModel

/// The users of each glossary term and source (`CrossReferences.mentions` and `citedBy`), kept
/// up to date on a queue of their own while a rebuild links its batches. Adding 10,000 pages to
/// those sets was a tenth of a second of the build spent on one thread between batches, with the
/// other cores idle; nothing reads the sets before every page is linked (the glossary and
/// sources pages, search, the checks), so the queue adds them while the build goes on.
final class UseIndexQueue: @unchecked Sendable {
    private let queue = DispatchQueue(label: "handbook.use-index")
    // Only touched on `queue`.
    private var uses: CrossReferences
    private var isFinished = false

    /// Takes the sets out of `references` (which has none until `finish`).
    init(taking references: inout CrossReferences) {
        uses = CrossReferences()
        swap(&uses.mentions, &references.mentions)
        swap(&uses.citedBy, &references.citedBy)
    }

    /// Replaces pages' uses, each `old` (when the page was linked before) with its `new`; at
    /// once with `HANDBOOK_JOBS=1`. A batch's pages are handed over together: one wake-up of the
    /// queue's thread for each batch, not for each page.
    func replace(_ changes: [(old: PageLinkOutcome?, new: PageLinkOutcome)]) {
        // A batch names each page once, so its old uses may all go before its new ones come.
        let change: @Sendable () -> Void = { [self] in
            uses.removeUses(changes.compactMap(\.old))
            for (_, new) in changes { uses.addUses(new) }
        }
        if Parallelism.isSerial { change() } else { queue.async(execute: change) }
    }

    /// Waits for every change, and puts the sets back into `references`; once (later calls do
    /// nothing, and no change may follow the first).
    func finish(into references: inout CrossReferences) {
        queue.sync {
            guard !isFinished else { return }
            isFinished = true
            swap(&uses.mentions, &references.mentions)
            swap(&uses.citedBy, &references.citedBy)
        }
    }
}
