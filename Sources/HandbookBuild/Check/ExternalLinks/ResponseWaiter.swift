import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The delegate of a probe's session: hands each request's status back to the task waiting for it
/// as soon as the headers arrive, and cancels the transfer of the body, so a GET on a large file
/// costs no more than a HEAD.
final class ResponseWaiter: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Guards `waiting`; the session calls the delegate on its own queue.
    private let lock = NSLock()
    private var waiting: [Int: CheckedContinuation<Result<Int, any Error>, Never>] = [:]

    /// Sends a request and waits for its status, or for the error that ended it.
    func status(for request: URLRequest, in session: URLSession) async -> Result<Int, any Error> {
        let task = session.dataTask(with: request)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                lock.withLock { waiting[task.taskIdentifier] = continuation }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        if let status = (response as? HTTPURLResponse)?.statusCode {
            finish(dataTask.taskIdentifier, with: .success(status))
        } else {
            finish(dataTask.taskIdentifier, with: .failure(URLError(.badServerResponse)))
        }
        completionHandler(.cancel)
        // swift-corelibs-foundation ignores the disposition, so stop the body explicitly.
        dataTask.cancel()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        // After a response this only reports the cancelled body, and nobody is waiting any more.
        finish(task.taskIdentifier, with: .failure(error ?? URLError(.badServerResponse)))
    }

    private func finish(_ taskIdentifier: Int, with result: Result<Int, any Error>) {
        let continuation = lock.withLock { waiting.removeValue(forKey: taskIdentifier) }
        continuation?.resume(returning: result)
    }
}
