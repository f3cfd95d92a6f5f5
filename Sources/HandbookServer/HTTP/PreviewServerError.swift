/// Why the preview could not start listening.
public enum PreviewServerError: Error, Equatable, CustomStringConvertible {
    case addressInUse(host: String, port: UInt16)
    case cannotListen(host: String, port: UInt16, reason: String)

    public var description: String {
        switch self {
        case .addressInUse(let host, let port):
            "port \(port) on \(host) is already in use: stop the program using it, pick another with --port, or use --port 0 for a free one"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host) port \(port): \(reason)"
        }
    }
}
