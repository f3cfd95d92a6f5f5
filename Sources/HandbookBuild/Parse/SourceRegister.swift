import HandbookModel

/// Every source record in `seeds/`, by key.
public struct SourceRegister: Sendable {
    public var records: [CitationKey: SourceRecord]
    /// Records that exist but could not be read: already reported, so citations of them are not.
    public var failedKeys: Set<CitationKey>

    public init(records: [CitationKey: SourceRecord] = [:], failedKeys: Set<CitationKey> = []) {
        self.records = records
        self.failedKeys = failedKeys
    }

    /// Reads every record; records with errors are left out (and reported).
    public static func load(_ files: [SitePath: SourceFile]) -> (SourceRegister, [Diagnostic]) {
        let keyed = files.map { (CitationKey($0.key.deletingPathExtension().rawValue), $0.value) }
        let allKeys = Set(keyed.map(\.0))
        var records: [CitationKey: SourceRecord] = [:]
        var diagnostics: [Diagnostic] = []
        for (key, file) in keyed.sorted(by: { $0.0 < $1.0 }) {
            let (record, found) = SourceRecordParser().parse(file, key: key, allKeys: allKeys)
            diagnostics += found
            records[key] = record
        }
        return (SourceRegister(records: records, failedKeys: allKeys.subtracting(records.keys)), diagnostics)
    }

    /// Every key, including records that could not be read.
    public var allKeys: Set<CitationKey> { failedKeys.union(records.keys) }
}
