import Foundation
import HandbookBuild

/// A small fixed site around one page under test: a home page that links to it, a glossary with
/// one term, a source record it can cite, and templates that print every part of a page. Held in
/// memory, so a fuzzing run never writes to disk.
public enum FuzzSite {
    public static let root = "/s"
    /// The page whose file is the fuzzer's input, relative to `content/`.
    public static let pagePath = "tips/page.md"

    /// The site's files with `page` as the page under test.
    public static func files(page: Data) -> [String: Data] {
        var files = fixedFiles.mapValues { Data($0.utf8) }
        files[root + "/content/" + pagePath] = page
        return files
    }

    /// A page file from the fuzzer's bytes: before the first NUL byte, the front matter's YAML;
    /// after it, the body. Without a NUL byte the bytes are the whole file.
    public static func page(from bytes: Data) -> Data {
        guard let nul = bytes.firstIndex(of: 0) else { return bytes }
        var page = Data("---\n".utf8)
        page += bytes[..<nul]
        page += Data("\n---\n".utf8)
        page += bytes[bytes.index(after: nul)...]
        return page
    }

    private static let fixedFiles: [String: String] = [
        root + "/handbook.yml": "title: Fuzz\nbase_url: https://example.org/h/\n",
        root + "/content/SUMMARY.md": """
            # Summary

            - [Home](index.md)
            - [Page](tips/page.md)
            - [Glossary](glossary/index.md)
            - [Sources](sources.md)

            """,
        root + "/content/index.md": """
            ---
            title: Home
            description: The home page.
            reviewed: 2026-01-02
            ---

            Read [the page](tips/page.md#top) about a [secure base](glossary/secure-base.md) [@helpguide-2018].

            """,
        root + "/content/glossary/index.md": "---\ntitle: Glossary\ndescription: Words.\nreviewed: 2026-01-02\n---\n\nThe words.\n",
        root + "/content/glossary/secure-base.md": """
            ---
            term: secure base
            aliases: [secure bases, safe haven]
            ---
            A trusted carer a child returns to for comfort [@helpguide-2018]. Then it explores again.

            """,
        root + "/content/sources.md": "---\ntitle: Sources\ndescription: Sources.\nreviewed: 2026-01-02\n---\n\nThe sources.\n",
        root + "/content/images/dot.gif": "GIF89a",
        root + "/seeds/helpguide-2018.md": """
            ---
            title: Building a Secure Attachment Bond with Your Baby
            authors: [Lawrence Robinson, Jeanne Segal]
            published: 2018
            url: https://www.helpguide.org/articles/parenting-family/attachment.htm
            kind: article
            ---
            Notes on the source.

            """,
        root + "/seeds/winston-2016.md": "---\ntitle: The importance of early bonding\norganisation: WHO\npublished: 2016-05-01\ndoi: 10.1080/17571472.2015.1133012\nkind: paper\n---\n",
        root + "/templates/page.mustache": """
            <!DOCTYPE html>
            <html lang="{{site.language}}"><head><title>{{page.title}} · {{site.title}}</title>
            <meta name="description" content="{{page.description}}"><link rel="canonical" href="{{page.canonicalURL}}"></head>
            <body>{{> nav}}
            {{#hasBreadcrumbs}}<ol>{{#breadcrumbs}}<li><a href="{{url}}">{{title}}</a></li>{{/breadcrumbs}}</ol>{{/hasBreadcrumbs}}
            <main id="main"><h1 id="top">{{page.title}}</h1><time datetime="{{page.reviewed}}">{{page.reviewedText}}</time>
            {{#hasToc}}<ul>{{#toc}}<li><a href="#{{id}}">{{text}}</a>{{#children}}<a href="#{{id}}">{{text}}</a>{{/children}}</li>{{/toc}}</ul>{{/hasToc}}
            {{{page.content}}}
            {{#hasGlossary}}<dl>{{#glossary}}<dt id="{{slug}}">{{term}}</dt><dd>{{{definition}}}{{#mentions}}<a href="{{url}}">{{title}}</a>{{/mentions}}</dd>{{/glossary}}</dl>{{/hasGlossary}}
            {{#hasSources}}<ul>{{#sources}}<li id="{{key}}">{{{entry}}}{{{notes}}}{{#citedBy}}<a href="{{url}}">{{title}}</a>{{/citedBy}}</li>{{/sources}}</ul>{{/hasSources}}
            {{#hasReferences}}<ol id="references">{{#references}}<li>{{{entry}}}{{#hasLocators}} {{locators}}{{/hasLocators}}</li>{{/references}}</ol>{{/hasReferences}}
            </main>{{#previous}}<a rel="prev" href="{{url}}">{{title}}</a>{{/previous}}{{#next}}<a rel="next" href="{{url}}">{{title}}</a>{{/next}}
            </body></html>

            """,
        root + "/templates/nav.mustache": "<nav><ul>{{#outline}}{{> item}}{{/outline}}</ul></nav>\n",
        root + "/templates/item.mustache":
            "<li{{#isCurrent}} aria-current=\"page\"{{/isCurrent}}><a href=\"{{url}}\">{{title}}</a>{{#hasChildren}}<ul>{{#children}}{{> item}}{{/children}}</ul>{{/hasChildren}}</li>\n",
        root + "/templates/not-found.mustache": "<!DOCTYPE html><title>{{page.title}}</title>{{> nav}}<a href=\"{{site.basePath}}\">Home</a>\n",
    ]
}
