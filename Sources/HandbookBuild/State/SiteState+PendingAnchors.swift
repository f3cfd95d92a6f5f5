import HandbookModel

/// The links to anchors of pages whose outline was not known when the links were resolved (in a
/// full build, pages of later batches; see `PendingAnchorCheck`).
extension SiteState {
    /// The broken anchors found, with the destinations that hold them, by page.
    typealias AnchorProblems = [(page: SitePath, problems: [(Diagnostic, String)])]

    /// Takes the pending checks out of the outcomes of `relinked` and checks them on another
    /// thread, against the outlines the pages have now: call it once every page is linked.
    /// `linkedPages` are the pages the checks know by number.
    mutating func startPendingAnchorChecks(_ relinked: [SitePath], linkedPages: [ParsedPage]) -> BackgroundValue<AnchorProblems> {
        var pending: [(SitePath, [PendingAnchorCheck])] = []
        for source in relinked {
            // Each outcome is changed in place, by its index: a copy taken out of the dictionary
            // (and put back) copied its lists as well.
            guard let index = outcomes.index(forKey: source), !outcomes.values[index].pendingAnchorChecks.isEmpty else { continue }
            pending.append((source, outcomes.values[index].pendingAnchorChecks))
            outcomes.values[index].pendingAnchorChecks = []
        }
        let pages = site.pages, taken = pending
        // The checks are let go on that thread too: a large site has tens of thousands.
        return BackgroundValue {
            guard !taken.isEmpty else { return [] }
            // Each page's outline is looked up once, not once for each link to it.
            let outlines = linkedPages.concurrentMap { pages[$0.source]?.outline }
            let found = Self.problems(of: taken.map(\.1), outlines: outlines)
            return zip(taken, found).compactMap { page, problems in problems.isEmpty ? nil : (page.0, problems) }
        }
    }

    /// Reports what `startPendingAnchorChecks` found, each broken anchor counted unresolved, as
    /// if it had been checked with its link.
    mutating func finishPendingAnchorChecks(_ checks: BackgroundValue<AnchorProblems>) {
        for (page, problems) in checks.value {
            guard let index = outcomes.index(forKey: page) else { continue }
            outcomes.values[index].diagnostics += problems.map(\.0)
            outcomes.values[index].unresolved.formUnion(problems.map(\.1))
        }
    }

    /// The broken anchors among `checks` (each page's), with the destinations that hold them. A
    /// large site has tens of thousands of checks: they are made on every core.
    private static func problems(of checks: [[PendingAnchorCheck]], outlines: [PageOutline?]) -> [[(Diagnostic, String)]] {
        checks.concurrentMap { checks in
            checks.compactMap { check -> (Diagnostic, String)? in
                guard let outline = outlines[check.page] else {
                    preconditionFailure("'\(check.target)' was not linked in the rebuild that linked a page to it")
                }
                return check.problem(on: outline).map { ($0, check.destination) }
            }
        }
    }
}
