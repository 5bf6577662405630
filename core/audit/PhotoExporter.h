#pragma once

#include "core/Error.h"
#include "core/ImageInspector.h"
#include "core/UserRecord.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace adphoto {

struct ExportOptions
{
    QString folder;         ///< created if missing
    bool overwrite = false; ///< replace existing files (else they are skipped and reported)
    QString indexName = QStringLiteral("index.csv");
};

/// What happened to one user's photo.
struct ExportItem
{
    enum class Status
    {
        Written,
        Unchanged,
        Skipped,
        Failed
    };
    Status status = Status::Written;
    QString user; ///< sAMAccountName
    QString dn;
    QString file;    ///< relative to the folder
    QString message; ///< translated; why it was skipped or failed
};

/// The outcome of one export.
struct ExportSummary
{
    int users = 0;        ///< users visited
    int withoutPhoto = 0; ///< of those, without a photo (nothing written)
    int written = 0;
    int unchanged = 0;          ///< an identical file was already there
    QString indexPath;          ///< absolute path of the CSV index
    QList<ExportItem> problems; ///< Skipped and Failed items, in listing order

    [[nodiscard]] int skipped() const;
    [[nodiscard]] int failed() const;
};

/// Saves every user's photo into a folder as `<sAMAccountName>.<extension by content>`, plus a
/// CSV index in the import format (`AD_user,path_to_file`, paths relative to the index), so the
/// folder can be imported again as is. Each photo is written as it arrives (fed straight from
/// Directory::visitPhotos); only the index rows are kept in memory. Existing files are never
/// replaced unless `overwrite` is set, and then only regular files (never through a symlink).
/// Names are made safe for any filesystem: no path separators, no leading dots, no device names.
/// Not thread-safe: begin(), add() and finish() from one thread at a time, in that order.
class PhotoExporter
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::PhotoExporter)

public:
    /// `inspector` must outlive the exporter.
    PhotoExporter(const ImageInspector& inspector, ExportOptions options);

    /// Creates the folder. Refuses (ErrorKind::Conflict) when the index already exists and
    /// overwrite is off, so that a second export never mixes with the first one.
    [[nodiscard]] Result<void> begin();
    /// Saves one user's photo (nothing without one). Returns false when the export cannot go
    /// on (the folder keeps refusing writes); the reason is in finish()'s problems.
    [[nodiscard]] bool add(const UserRecord& user, const QByteArray& photo);
    /// Writes the index of every photo now in the folder for its user (written or unchanged).
    [[nodiscard]] Result<ExportSummary> finish();
    /// What happened so far (also after finish() failed).
    [[nodiscard]] const ExportSummary& summary() const { return m_summary; }

    /// The file name stem for a user: the sAMAccountName made safe (no separators, control
    /// characters, leading/trailing dots or spaces, Windows device names), or the objectGUID
    /// when nothing usable is left.
    [[nodiscard]] static QString fileStem(const UserRecord& user);
    /// "jpg", "png", "gif", "bmp", "webp", "tif", or "bin" for an unknown format.
    [[nodiscard]] static QString extensionFor(const QString& format);

private:
    [[nodiscard]] QString uniqueName(const UserRecord& user, const QString& extension);
    [[nodiscard]] ExportItem save(const QString& name, const QByteArray& photo);

    const ImageInspector& m_inspector;
    ExportOptions m_options;
    QString m_folder; ///< absolute, clean
    ExportSummary m_summary;
    QList<std::pair<QString, QString>> m_index; ///< user, relative file
    QSet<QString> m_usedNames;                  ///< lower-cased, this run
    int m_failuresInARow = 0;
};

} // namespace adphoto
