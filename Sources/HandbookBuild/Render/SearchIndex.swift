/// What `search-index.json` holds, with one-letter keys to keep the file small: every page
/// (title, URL, description, headings, the words of its text) and every glossary term.
/// `templates/assets/search.js` reads it.
struct SearchIndex: Encodable, Equatable {
    struct Page: Encodable, Equatable {
        /// The title, as the reader sees it.
        var title: String
        var url: String
        var description: String
        /// Each `h2` to `h4` as `[text, id]`, so a result can point at its section.
        var headings: [[String]]
        /// The page's distinct words, folded as `SearchWords` folds them, first use first,
        /// separated by spaces.
        var words: String

        enum CodingKeys: String, CodingKey {
            case title = "t", url = "u", description = "d", headings = "h", words = "w"
        }
    }

    struct Term: Encodable, Equatable {
        var term: String
        var aliases: [String]
        /// The entry on the glossary page: `/glossary/#secure-base`.
        var url: String
        var shortDefinition: String
        /// The pages that use the term, as indexes into `pages`, in reading order.
        var pages: [Int]

        enum CodingKeys: String, CodingKey {
            case term = "t", aliases = "a", url = "u", shortDefinition = "d", pages = "p"
        }
    }

    /// The format's version, for the script.
    var version = 1
    /// In reading order.
    var pages: [Page]
    /// Alphabetical by term.
    var terms: [Term]

    enum CodingKeys: String, CodingKey {
        case version = "v", pages = "p", terms = "g"
    }
}
