#pragma once

#include "core/Directory.h"
#include "core/PhotoProcessor.h"
#include "core/journal/Journal.h"
#include "core/matching/ImportPlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace adphoto {

struct ImportOptions
{
    PhotoSpec spec;
    int jobs = 0;        ///< photo preparation threads; 0 = one per core
    double rate = 0;     ///< at most this many writes per second; 0 = unlimited
    int retries = 5;     ///< attempts per user while the DC is unreachable, with back-off
    int backoffMs = 1000; ///< first back-off; doubles per attempt

    /// Kept in the journal with the import so that a resume prepares photos the same way.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ImportOptions fromJson(const QJsonObject& object);
};

/// How one plan row ended.
struct ImportResult
{
    int row = 0;         ///< 1-based position in the plan
    QString user;
    QUuid objectGuid;
    QString dn;
    QString file;
    QString result;      ///< ok | unchanged | conflict | failed
    QString message;
    std::optional<PhotoReport> report;
};

struct ImportSummary
{
    QList<ImportResult> results;  ///< this run's rows (a resumed run lists only what it did)
    int alreadyDone = 0;          ///< rows settled by an earlier run of the same import
    bool cancelled = false;
    std::optional<Error> stoppedBy; ///< the DC became unreachable: the import is resumable
    [[nodiscard]] int count(const QString& result) const;
};

/// Applies an import plan's `ready` rows: photos are prepared in parallel on a thread pool while
/// the writes stream to the DC one user at a time, each through PhotoWriter (journal backup
/// first, compare-and-swap write). A user is found again by objectGUID (renamed or moved users
/// still match); a photo that changed since planning (currentPhotoSha256) is a conflict and is
/// not written; identical bytes are not written. Running it again with the same import id
/// resumes: settled users are not redone, and a write interrupted by a crash is settled by
/// reading the DC. Blocking: call it from a worker thread or the CLI; the journal must belong
/// to the calling thread.
class ImportRunner
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::ImportRunner)
public:
    struct Hooks
    {
        std::function<bool()> cancelled;               ///< checked between users
        std::function<void(int done, int total)> progress;
        std::function<void(const ImportResult&)> result; ///< after each user
    };

    ImportRunner(Directory& directory, Journal& journal, const PhotoProcessor& processor, ConnectionInfo connection);

    [[nodiscard]] Result<ImportSummary> run(const QString& importId, const ImportPlan& plan,
                                            const ImportOptions& options, const Hooks& hooks = {});

private:
    enum class Settled { No, Yes };
    [[nodiscard]] Result<Settled> settleEarlierAttempt(const ChangeRecord& last, ImportResult& out);
    [[nodiscard]] Result<ImportResult> applyOne(const QString& importId, const PlanRow& row, int index,
                                                const Result<PreparedPhoto>& prepared, const ImportOptions& options,
                                                std::optional<Error>* stop);

    Directory& m_directory;
    Journal& m_journal;
    const PhotoProcessor& m_processor;
    ConnectionInfo m_connection;
};

} // namespace adphoto
