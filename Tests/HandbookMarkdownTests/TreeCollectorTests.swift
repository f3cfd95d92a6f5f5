@testable import HandbookMarkdown
import CCmarkGFM
import Testing

/// The collector's one walk: adjacent texts merged into a new node (cmark merges the ones it
/// parses, so these are put side by side by hand), and each link's and heading's text.
@Suite struct TreeCollectorTests {
    @Test func adjacentTextNodesBecomeOneNewNodeAndTheOldOnesAreBuried() {
        MarkdownParser.withTree(of: "one *two*\n") { tree, graveyard in
            let first = tree.firstChild!.firstChild!
            first.insertAfter(sibling: .text("and ", like: tree))
            first.next!.insertAfter(sibling: .text("a half ", like: tree))
            let nodes = TreeCollector.collect(in: tree, graveyard: graveyard)
            #expect(nodes.texts.map(\.text) == ["one and a half ", "two"])
            #expect(nodes.texts.map(\.line) == [1, 1])
            #expect(nodes.textNodes.map(\.literal) == ["one and a half ", "two"])
            #expect(tree.firstChild!.children.map(\.type) == [CMARK_NODE_TEXT, CMARK_NODE_EMPH])
            #expect(graveyard.children.map(\.literal) == ["and ", "a half ", "one "])
        }
    }

    @Test func linksAndHeadingsGetTheirTextFromTheSameWalk() {
        let nodes = MarkdownParser.withTree(of: "A `b` ![c](i.png) [d\ne](u)\n===\n\n[![f](g.png) h `i`](v)\n") { tree, graveyard in
            TreeCollector.collect(in: tree, graveyard: graveyard)
        }
        #expect(nodes.headingTexts == ["A b  d\ne"])
        #expect(nodes.linkTexts == ["c", "d e", "f h i", "f"])
        #expect(nodes.enclosingLinks == [nil, nil, nil, 2])
        #expect(nodes.linkFirstLines == [1, 1, 5, 5])
    }
}
