import HandbookModel

/// The print page written into a staged site as its chapters come, instead of put together in
/// memory (`PrintPageAssembly.page`): on a large handbook the page is a good part of the site.
/// The shell is written up to the marker of a chapter that has not come yet; a chapter is kept
/// only until every marker naming it is written. Chapters come in the print page's order, which
/// is the order of their markers in the shell, so each is written as soon as it comes.
struct PrintPageStream {
    private let site: StagedSite
    private var file: StreamedFile?
    private let shell: [UInt8]
    private let pieces: [PrintPageAssembly.Piece]
    private var written = 0
    /// Chapters that came but are not written everywhere yet, by number.
    private var waiting: [Int: String] = [:]
    /// How many markers of each chapter are not written yet.
    private var unwrittenMarkers: [Int: Int] = [:]
    /// Chapters that may yet come; a marker of any other number stands for nothing.
    private var expected: Set<Int>

    /// - Parameter numbers: the numbers of the chapters `add` will be given.
    init(shell assembly: PrintPageAssembly, numbers: [Int], into site: StagedSite) {
        self.site = site
        shell = Array(assembly.shell.utf8)
        let pieces = PrintPageAssembly.pieces(of: shell)
        for case .chapter(let number) in pieces { unwrittenMarkers[number, default: 0] += 1 }
        self.pieces = pieces
        expected = Set(numbers)
        file = site.stream(PrintPageWriter.outputPath)
        writeReadyPieces()
    }

    /// Takes the next chapter; a second chapter with the number of an earlier one is left out.
    mutating func add(_ chapter: PrintPageWriter.Chapter) {
        guard expected.remove(chapter.number) != nil else { return }
        if unwrittenMarkers[chapter.number] != nil { waiting[chapter.number] = chapter.html }
        writeReadyPieces()
    }

    /// Writes the rest: a chapter that never came is empty.
    mutating func finish() {
        expected = []
        writeReadyPieces()
        file = nil
    }

    private mutating func writeReadyPieces() {
        while written < pieces.count {
            switch pieces[written] {
            case .run(let range):
                shell.withUnsafeBytes { append(UnsafeRawBufferPointer(rebasing: $0[range])) }
            case .chapter(let number):
                if expected.contains(number) { return }
                if var html = waiting[number] {
                    html.withUTF8 { append(UnsafeRawBufferPointer($0)) }
                }
                unwrittenMarkers[number]! -= 1
                if unwrittenMarkers[number] == 0 { waiting[number] = nil }
            }
            written += 1
        }
    }

    private mutating func append(_ bytes: UnsafeRawBufferPointer) {
        do {
            try file?.append(bytes)
        } catch {
            site.record(error, at: PrintPageWriter.outputPath.rawValue)
            file = nil
        }
    }
}
