import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished folder in the place of another in one step, so a reader (or a build killed at
/// any moment) sees either the old folder or the new one, never a mix or nothing.
enum AtomicSwap {
    /// Exchanges two existing folders atomically with Linux's `renameat2(RENAME_EXCHANGE)`.
    /// Returns false when the system offers no atomic exchange.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// Moves `staging` to `destination`, replacing what was there. Afterwards the old contents
    /// are at `staging` (to be deleted by the caller) when there were any.
    static func replace(_ destination: String, with staging: String) throws {
        let manager = FileManager.default
        if !manager.fileExists(atPath: destination) {
            try manager.moveItem(atPath: staging, toPath: destination)
            return
        }
        if exchange(staging, destination) { return }
        // No atomic exchange: two renames, with a short moment where the destination is absent.
        let aside = staging + ".old"
        try manager.moveItem(atPath: destination, toPath: aside)
        try manager.moveItem(atPath: staging, toPath: destination)
        try manager.moveItem(atPath: aside, toPath: staging)
    }
}
