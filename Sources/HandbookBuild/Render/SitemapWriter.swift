import HandbookModel

/// `sitemap.xml` listing every page with its last-reviewed date, and a `robots.txt` pointing at it.
struct SitemapWriter {
    let baseURL: BaseURL

    /// A page as the sitemap lists it.
    struct Entry: Equatable {
        var address: PageAddress
        var reviewed: ReviewDate
    }

    /// - Parameter pages: in address order.
    func sitemap(for pages: [Entry]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            let location = baseURL.origin + page.address.href(basePath: baseURL.path)
            xml += "  <url><loc>\(HTMLText.escape(location))</loc><lastmod>\(page.reviewed)</lastmod></url>\n"
        }
        return xml + "</urlset>\n"
    }

    func robots() -> String {
        "User-agent: *\nAllow: /\nSitemap: \(baseURL.absolute("sitemap.xml"))\n"
    }
}
