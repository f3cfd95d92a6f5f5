import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Links, permissions and paths that lead where the build must not go.
@Suite struct BadFilesystemTests {
    @Test func symbolicLinksThatLoop() throws {
        let site = try BadInputSite()
        try site.link("content/tips/again", to: "..")
        try site.link("content/tips/self.md", to: "self.md")
        try site.expectBuildFails(printing: """
            content/tips/again: error: the symbolic link makes a loop (it points to '..', which leads back to it): remove it
            content/tips/self.md: error: the symbolic link makes a loop (it points to 'self.md', which leads back to it): remove it
            build failed: 2 errors

            """, timeout: .seconds(20))
    }

    /// Nothing outside `content/` is read through a link, not even another folder of the site.
    @Test func symbolicLinksThatLeadOutside() throws {
        let site = try BadInputSite()
        try site.link("content/images/passwd.gif", to: "/etc/passwd")
        try site.link("content/etc", to: "/etc")
        try site.link("content/style.css", to: "../templates/assets/style.css")
        try site.link("content/images/gone.gif", to: "nowhere.gif")
        try site.expectBuildFails(printing: """
            content/etc: error: the symbolic link points outside 'content/' (to '/etc'), and the build does not follow it: copy the file in instead
            content/images/gone.gif: error: the symbolic link points to 'nowhere.gif', which does not exist
            content/images/passwd.gif: error: the symbolic link points outside 'content/' (to '/etc/passwd'), and the build does not follow it: copy the file in instead
            content/style.css: error: the symbolic link points outside 'content/' (to '../templates/assets/style.css'), and the build does not follow it: copy the file in instead
            build failed: 4 errors

            """)
    }

    /// A link that stays inside `content/` is followed; the site gets a copy of the file.
    @Test
    func aSymbolicLinkInsideContentIsCopiedAsAFile() throws {
        let site = try BadInputSite()
        try site.link("content/images/same.gif", to: site.root + "/content/images/dot.gif")
        try site.expectBuildSucceeds()
        let attributes = try FileManager.default.attributesOfItem(atPath: site.output + "/images/same.gif")
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func anImageLinkToEtcPasswd() throws {
        let site = try BadInputSite()
        try site.write("content/tips/play.md", BadInputSite.page(body: """
            ## Peek-a-boo

            Hide your face [@robinson-2018]. ![The password file](../../../../etc/passwd)

            """))
        try site.expectBuildFails(printing: """
            content/tips/play.md:9:34: error: the link '../../../../etc/passwd' points outside 'content/'
            build failed: 1 error

            """)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/etc"))
    }

    @Test func anUnreadableFile() throws {
        let site = try BadInputSite()
        try site.setPermissions("content/tips/play.md", 0o000)
        defer { try? site.setPermissions("content/tips/play.md", 0o644) }
        try site.expectBuildFails(printing: """
            content/tips/play.md: error: cannot read the file: permission denied
            build failed: 1 error

            """, unprivileged: true)
    }

    /// The pages inside are unknown, so what links to them is not reported as missing.
    @Test func anUnreadableFolder() throws {
        let site = try BadInputSite()
        try site.setPermissions("content/tips", 0o000)
        defer { try? site.setPermissions("content/tips", 0o755) }
        try site.expectBuildFails(printing: """
            content/glossary/secure-base.md:1:1: warning: no page uses the glossary term 'secure base'
            content/tips: error: cannot read the folder: permission denied
            seeds/robinson-2018.md:1:1: warning: no page cites the source 'robinson-2018'
            build failed: 1 error, 2 warnings

            """, unprivileged: true)
    }

    @Test func aMissingTemplatesFolder() throws {
        let site = try BadInputSite()
        try site.remove("templates")
        try site.expectBuildFails(printing: """
            templates: error: the folder 'templates/' is missing
            templates/not-found.mustache: error: the template 'not-found' is missing
            templates/page.mustache: error: the template 'page' is missing
            build failed: 3 errors

            """)
    }
}
