#pragma once

class QThreadPool;

namespace adphoto {

/// The thread pool for adphoto's own background work (matching, planning, checking files,
/// thumbnails, audits, previews), one per process, a thread per core.
///
/// Not QThreadPool::globalInstance(): Qt uses that one itself, for the raster paint engine's
/// parallel fills and for image scaling, and the GUI thread waits for those jobs in the middle
/// of a paint. A long job of ours on it left the GUI thread waiting 70-100 ms for a free thread
/// (measured while a 1,000-file import was planned against 20,000 users).
[[nodiscard]] QThreadPool* workPool();

} // namespace adphoto
