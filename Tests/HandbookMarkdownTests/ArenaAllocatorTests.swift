import CCmarkGFM
@testable import HandbookMarkdown
import Testing

/// The allocator cmark-gfm parses with (see `handbook_arena_allocator` in the shim): blocks from
/// the arena current on the thread, or from the heap when there is none; a block grown stays in
/// its own arena with its bytes; a freed heap block is freed, an arena block only with its arena.
@Suite struct ArenaAllocatorTests {
    private let allocator = handbook_arena_allocator()!.pointee

    @Test func blocksComeFromTheCurrentArenaAndKeepTheirBytesAsTheyGrow() throws {
        let arena = handbook_arena_new()!
        handbook_arena_begin(arena)
        let first = try #require(allocator.calloc(3, 8)?.assumingMemoryBound(to: UInt8.self))
        #expect((0..<24).allSatisfy { first[$0] == 0 })
        for index in 0..<24 { first[index] = UInt8(index) }
        // The last block grows where it is; an earlier one is copied to a new block.
        let grown = try #require(allocator.realloc(first, 100)?.assumingMemoryBound(to: UInt8.self))
        #expect(grown == first)
        let second = try #require(allocator.calloc(1, 10)?.assumingMemoryBound(to: UInt8.self))
        let moved = try #require(allocator.realloc(grown, 200_000)?.assumingMemoryBound(to: UInt8.self))
        #expect(moved != grown)
        #expect((0..<24).allSatisfy { moved[$0] == UInt8($0) })
        moved[199_999] = 7
        // A smaller size keeps the block.
        #expect(allocator.realloc(second, 4) == UnsafeMutableRawPointer(second))
        allocator.free(moved)
        allocator.free(nil)
        handbook_arena_end()
        // With no arena current, blocks come from the heap, and are freed one by one.
        let heap = try #require(allocator.calloc(2, 16)?.assumingMemoryBound(to: UInt8.self))
        heap[31] = 1
        let heapGrown = try #require(allocator.realloc(heap, 1_000)?.assumingMemoryBound(to: UInt8.self))
        #expect(heapGrown[31] == 1)
        allocator.free(heapGrown)
        handbook_arena_free(arena)
    }

    /// Nodes made after the parse, and every edit, take the tree's allocator: the tree renders
    /// as it did with cmark's own.
    @Test func editedTreesRenderAsBefore() {
        let document = MarkdownDocument(parsing: "# Title\n\n> [!NOTE]\n> Some *text* and [a link](x.md).\n\n| a |\n|---|\n| b |\n")
        document.setHeadingIDs(["title"])
        document.editTexts { text in text.text == "text" ? [.text("changed "), .html("<b>bold</b>")] : nil }
        let html = document.renderHTML()
        #expect(html.contains("<h1 id=\"title\">Title</h1>"))
        #expect(html.contains("<em>changed <b>bold</b></em>"))
        #expect(html.contains("<td>b</td>"))
    }
}
