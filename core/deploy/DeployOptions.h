#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace adphoto {

/// How the generated GPO gets the pictures onto the computers.
enum class DeployMode
{
    /// Computer startup script installs the client and a scheduled task that runs it as SYSTEM
    /// at every sign-in. No permission is loosened. The default and the recommendation.
    SystemTask,
    /// The classic user logoff script; the GPO grants the minimum registry and folder rights it
    /// needs and turns on loopback processing (Merge).
    Logoff,
};

/// The option a validation problem is about, so a form can mark the right field.
enum class DeployField
{
    Mode,
    ImageDir,
    Sizes,
    JpegQuality,
    GpoName,
    GpoGuid,
    BackupId,
    Timestamp,
    Domain,
    AclPrincipal,
};

/// One thing wrong with a DeployOptions value: which field, and a translated message.
struct DeployProblem
{
    DeployField field;
    QString message;
};

/// Everything an administrator chooses for the deploy package. A plain value type: copy it
/// freely; any thread may use its own copy. Every string here is treated as hostile by the
/// generator: validate() restricts it to what the target formats can carry, and the writers
/// escape it for each format on top of that.
struct DeployOptions
{
    DeployMode mode = DeployMode::SystemTask;
    /// Where the JPEG files go, one sub-folder per user SID. Absolute local path; may start
    /// with an environment variable such as %ProgramData%.
    QString imageDir = defaultImageDir();
    /// Square sizes in pixels; written as Image<N> registry values.
    QList<int> sizes = defaultSizes();
    int jpegQuality = 90;
    QString gpoName = defaultGpoName();
    /// Null: a random GUID is chosen by resolved().
    QUuid gpoGuid;
    /// Null: a random GUID is chosen by resolved().
    QUuid backupId;
    /// The backup time recorded in the GPO backup and the zip entries. Invalid: resolved() uses
    /// SOURCE_DATE_EPOCH if set, else the current time.
    QDateTime timestamp;
    /// DNS name of the domain holding the users; empty = the computer's own domain. Also
    /// recorded as the backup's source domain.
    QString domain;
    /// Logoff mode: who may create their own registry key and picture folder. A SID
    /// (S-1-5-...) or one of the names "Users", "Authenticated Users", "INTERACTIVE".
    QString aclPrincipal = QStringLiteral("Users");
    /// Also write <out>.zip next to the folder.
    bool zip = false;
    /// Written into the generated files' headers; tests pin it so goldens survive releases.
    QString generatorVersion = QStringLiteral(ADPHOTO_VERSION);

    /// Every problem found, in field order; empty when the options can be generated.
    [[nodiscard]] QList<DeployProblem> problems() const;
    /// ErrorKind::InvalidInput with one line per problem, or success.
    [[nodiscard]] Result<void> validate() const;
    /// A copy with the GUIDs and the timestamp filled in where they are unset, sizes sorted
    /// and de-duplicated, and the ACL principal turned into its SID.
    [[nodiscard]] DeployOptions resolved() const;

    /// The SID aclPrincipal names, or an empty string when it names nothing valid.
    [[nodiscard]] QString aclPrincipalSid() const;
    /// generatorVersion reduced to letters, digits, '.', '-', '+' (at most 40): it goes into
    /// comments and headers, where a line break could end them.
    [[nodiscard]] QString safeGeneratorVersion() const;
    /// "LDAP://<domain>" or empty for the computer's own domain.
    [[nodiscard]] QString searchRoot() const;

    [[nodiscard]] static QString defaultImageDir();
    /// The folders offered for the images: Windows' own and one under ProgramData.
    [[nodiscard]] static QStringList suggestedImageDirs();
    [[nodiscard]] static QList<int> defaultSizes();
    [[nodiscard]] static QString defaultGpoName();

    /// "system-task" or "logoff" (the CLI's and JSON's spelling).
    [[nodiscard]] static QString modeName(DeployMode mode);
    [[nodiscard]] static Result<DeployMode> parseMode(const QString& text);
    /// "32,40,48" (spaces allowed) → sizes; rejects anything that is not a list of integers.
    [[nodiscard]] static Result<QList<int>> parseSizes(const QString& text);
    /// A GUID with or without braces.
    [[nodiscard]] static Result<QUuid> parseGuid(const QString& text);
    /// RFC 3339 with a UTC offset or Z, e.g. 2024-05-01T12:00:00Z; converted to UTC.
    [[nodiscard]] static Result<QDateTime> parseTimestamp(const QString& text);
    /// SOURCE_DATE_EPOCH as a UTC time, if the variable is set to a number of seconds.
    [[nodiscard]] static std::optional<QDateTime> sourceDateEpoch();
    /// "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" in upper case, as GPMC writes GUIDs.
    [[nodiscard]] static QString guidText(const QUuid& guid);

    Q_DECLARE_TR_FUNCTIONS(adphoto::DeployOptions)
};

} // namespace adphoto
