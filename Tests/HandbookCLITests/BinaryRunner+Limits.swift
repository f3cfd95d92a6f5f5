import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension BinaryRunner {
    /// Runs the real binary with a time limit: a build that hangs is killed and fails the test
    /// instead of stalling the suite. `unprivileged` runs it as `nobody` when the tests run as
    /// root, so file permissions apply (root reads and writes through them).
    static func run(_ arguments: [String], timeout: Duration, unprivileged: Bool = false,
                    in folder: String? = nil) throws -> Outcome {
        var command = [executable] + arguments
        if unprivileged, getuid() == 0 {
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        return try runCommand(command, timeout: timeout, in: folder)
    }

    /// Runs any command; a process killed by a signal gets the status 128 + the signal, as in a
    /// shell, so a crash never passes for an exit status.
    static func runCommand(_ command: [String], timeout: Duration, in folder: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let limit = DispatchWorkItem { kill(pid, SIGKILL) }
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: limit)
        let (outData, errData) = readToEnd(out, err)
        process.waitUntilExit()
        limit.cancel()
        let signalled = process.terminationReason == .uncaughtSignal
        if signalled, process.terminationStatus == SIGKILL {
            Issue.record("'\(command.joined(separator: " "))' did not finish within \(timeout)")
        }
        return Outcome(status: signalled ? 128 + process.terminationStatus : process.terminationStatus,
                       standardOutput: String(decoding: outData, as: UTF8.self),
                       standardError: String(decoding: errData, as: UTF8.self))
    }
}
