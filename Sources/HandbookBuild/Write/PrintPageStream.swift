import HandbookModel

/// The print page written into a staged site as its chapters come, instead of put together in
/// memory (`PrintPageAssembly.page`): on a large handbook the page is a good part of the site.
/// The shell is written up to the marker of a chapter that has not come yet; a chapter is kept
/// only until every marker naming it is written. Chapters come in the print page's order, which
/// is the order of their markers in the shell, so each is written as soon as it comes.
struct PrintPageStream {
    /// Written on a queue of its own, so that the next batch of pages is rendered meanwhile.
    private let file: QueuedFile
    private let shell: [UInt8]
    private let pieces: [PrintPageAssembly.Piece]
    private var written = 0
    /// Chapters that came but are not written everywhere yet, by number.
    private var waiting: [Int: [UInt8]] = [:]
    /// How many markers of each chapter are not written yet.
    private var unwrittenMarkers: [Int: Int] = [:]
    /// Chapters that may yet come; a marker of any other number stands for nothing.
    private var expected: Set<Int>

    /// - Parameter numbers: the numbers of the chapters `add` will be given.
    init(shell assembly: PrintPageAssembly, numbers: [Int], into site: StagedSite) {
        shell = Array(assembly.shell.utf8)
        let pieces = PrintPageAssembly.pieces(of: shell)
        for case .chapter(let number) in pieces { unwrittenMarkers[number, default: 0] += 1 }
        self.pieces = pieces
        expected = Set(numbers)
        file = QueuedFile(site.stream(PrintPageWriter.outputPath), site: site, path: PrintPageWriter.outputPath)
        writeReadyPieces()
    }

    /// Takes the next chapters, in order, and writes what they make ready in one go; a chapter
    /// with the number of an earlier one is left out.
    mutating func add(_ chapters: [PrintPageWriter.Chapter]) {
        var ready: [QueuedFile.Piece] = []
        defer { file.append(ready) }
        for chapter in chapters {
            guard expected.remove(chapter.number) != nil else { continue }
            if unwrittenMarkers[chapter.number] != nil { waiting[chapter.number] = chapter.html }
            collectReadyPieces(into: &ready)
        }
    }

    /// Writes the rest (a chapter that never came is empty) and closes the file.
    mutating func finish() {
        expected = []
        writeReadyPieces()
        file.close()
    }

    private mutating func writeReadyPieces() {
        var ready: [QueuedFile.Piece] = []
        collectReadyPieces(into: &ready)
        file.append(ready)
    }

    private mutating func collectReadyPieces(into ready: inout [QueuedFile.Piece]) {
        while written < pieces.count {
            switch pieces[written] {
            case .run(let range):
                ready.append(.bytes(shell, range))
            case .chapter(let number):
                if expected.contains(number) { return }
                if let html = waiting[number] { ready.append(.bytes(html, html.indices)) }
                unwrittenMarkers[number]! -= 1
                if unwrittenMarkers[number] == 0 { waiting[number] = nil }
            }
            written += 1
        }
    }
}
