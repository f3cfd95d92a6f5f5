import Foundation
import Testing
@testable import HandbookServer

@Suite struct ScriptInjectorTests {
    private func inject(_ html: String) -> String {
        String(decoding: ScriptInjector.inject("<script></script>", into: Data(html.utf8)), as: UTF8.self)
    }

    @Test func goesJustBeforeTheLastClosingBodyTag() {
        #expect(inject("<body><p>&lt;/body&gt; </body></html>") == "<body><p>&lt;/body&gt; <script></script></body></html>")
        #expect(inject("<pre></body></pre></BODY>\n") == "<pre></body></pre><script></script></BODY>\n")
    }

    @Test func goesAtTheEndOfAPageWithoutABody() {
        #expect(inject("<p>hi") == "<p>hi<script></script>")
    }

    @Test func theTagNamesThePagesEntityTagEscaped() {
        #expect(ReloadScript.tag(entityTag: "\"h1-2\"")
                == "<script src=\"/__handbook/reload.js\" data-etag=\"&quot;h1-2&quot;\"></script>")
    }
}
