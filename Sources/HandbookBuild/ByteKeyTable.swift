#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keys of UTF-8 bytes, each with a number, found by bytes alone: asked about every link on
/// every page (and chapter), where making a `String` to look one up costs more than the look-up.
/// Keys are compared byte for byte, not as Strings compare: the callers say when that is enough.
struct ByteKeyTable: Sendable {
    /// A key's slot holds all that a look-up reads besides the key's bytes, so that a look-up
    /// misses the cache once for the slot and once for the bytes: the table is read for every
    /// link, and pages between look-ups push it out of the cache.
    private struct Slot {
        /// The top bits of the key's hash, to pass over other keys without reading them.
        var hash: UInt32 = 0
        /// Where the key's bytes are in `storage`; -1 for an empty slot.
        var start: Int32 = -1
        var count: Int32 = 0
        var value: Int32 = 0
    }

    /// Every key's bytes, one after another.
    private let storage: [UInt8]
    /// Open addressing with linear probing, at most two-thirds full.
    private let slots: [Slot]

    /// - Parameter pairs: keys (each once) and their numbers, which fit in 32 bits.
    init(_ pairs: some Sequence<(key: [UInt8], value: Int)>) {
        var storage: [UInt8] = []
        var keys: [(range: Range<Int>, value: Int)] = []
        for (key, value) in pairs {
            let start = storage.count
            storage += key
            keys.append((start..<storage.count, value))
        }
        var capacity = 16
        while capacity * 2 < keys.count * 3 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        storage.withUnsafeBufferPointer { bytes in
            for (range, value) in keys {
                let hash = Self.hash(UnsafeBufferPointer(rebasing: bytes[range]))
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while slots[slot].start >= 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Slot(hash: UInt32(truncatingIfNeeded: hash >> 32), start: Int32(range.lowerBound),
                                   count: Int32(range.count), value: Int32(value))
            }
        }
        self.storage = storage
        self.slots = slots
    }

    /// The number of the key written with exactly these bytes, if there is one.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { bytes in
                let mask = slots.count - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while slots[index].start >= 0 {
                    let slot = slots[index]
                    if slot.hash == tag, Int(slot.count) == key.count,
                       key.isEmpty || memcmp(bytes.baseAddress! + Int(slot.start), key.baseAddress!, key.count) == 0 {
                        return Int(slot.value)
                    }
                    index = (index + 1) & mask
                }
                return nil
            }
        }
    }

    /// A hash of the bytes: each eight-byte word (the last one padded with zeros) multiplied
    /// in, then the bits mixed (MurmurHash3's finaliser), so that keys differing in one byte
    /// land far apart. The low bits pick the slot; the high bits are kept in it.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(bytes.count)
        var index = 0
        while index + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 29
            index += 8
        }
        var last: UInt64 = 0
        for (shift, byte) in raw[index...].enumerated() { last |= UInt64(byte) << (shift * 8) }
        hash = (hash ^ last) &* 0x9e37_79b9_7f4a_7c15
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash &*= 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }
}
