import HandbookBuild
import HandbookModel

extension ConfigurationParser {
    /// `handbook.yml` holding a title and a base URL, then `yaml`, parsed: for the tests of
    /// one setting.
    static func parseWithTitleAndBaseURL(_ yaml: String) -> (SiteConfiguration?, [Diagnostic]) {
        ConfigurationParser().parse(SourceFile(displayPath: "handbook.yml",
                                               text: "title: T\nbase_url: https://example.org/\n" + yaml))
    }
}
