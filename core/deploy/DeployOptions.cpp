#include "core/deploy/DeployOptions.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace adphoto {

namespace {

constexpr int kMinSize = 16;
constexpr int kMaxSize = 4096;
constexpr qsizetype kMaxSizes = 32;
constexpr qsizetype kMaxPathLength = 200;
constexpr qsizetype kMaxNameLength = 200;

struct WellKnownPrincipal
{
    const char* name;
    const char* sid;
};

constexpr WellKnownPrincipal kPrincipals[] = {
    {"Users", "S-1-5-32-545"},
    {"Authenticated Users", "S-1-5-11"},
    {"INTERACTIVE", "S-1-5-4"},
};

// Characters that change how text is displayed or split into lines without being visible:
// control characters, line/paragraph separators, and the bidirectional overrides used in
// "Trojan Source" attacks. None belongs in a path, a GPO name or a domain.
bool isHiddenControl(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    if (c == 0x2028 || c == 0x2029 || c == 0xfeff)
        return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f)
        return true;
    return c == 0xfffe || c == 0xffff;
}

// Returns the first hidden control character or lone surrogate, as "U+XXXX", or empty.
QString firstForbiddenCharacter(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        char32_t code = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(ch, text.at(i + 1));
            ++i;
        } else if (ch.isSurrogate()) {
            return QStringLiteral("U+%1").arg(static_cast<uint>(code), 4, 16, QLatin1Char('0')).toUpper();
        }
        if (isHiddenControl(code))
            return QStringLiteral("U+%1").arg(static_cast<uint>(code), 4, 16, QLatin1Char('0')).toUpper();
    }
    return {};
}

void checkImageDir(const QString& dir, QList<DeployProblem>& problems)
{
    auto add = [&](const QString& message) { problems.append({DeployField::ImageDir, message}); };
    if (dir.isEmpty()) {
        add(DeployOptions::tr("The image folder is empty."));
        return;
    }
    if (dir.size() > kMaxPathLength) {
        add(DeployOptions::tr("The image folder path is longer than %1 characters.").arg(kMaxPathLength));
        return;
    }
    if (const QString bad = firstForbiddenCharacter(dir); !bad.isEmpty()) {
        add(DeployOptions::tr("The image folder contains an invisible control character (%1).").arg(bad));
        return;
    }
    static const QRegularExpression drive(QStringLiteral(R"(^[A-Za-z]:\\)"));
    static const QRegularExpression envVar(QStringLiteral(R"(^%[A-Za-z_][A-Za-z0-9_()]*%(\\|$))"));
    if (dir.startsWith(QLatin1String("\\\\"))) {
        add(DeployOptions::tr(
            "The image folder must be on the computer itself, not a network share: the sign-in "
            "screen reads the pictures before the network is up."));
        return;
    }
    if (!drive.match(dir).hasMatch() && !envVar.match(dir).hasMatch()) {
        add(DeployOptions::tr(
            "The image folder must be an absolute Windows path such as C:\\Users\\Public\\AccountPictures "
            "or %ProgramData%\\AccountPictures."));
        return;
    }
    // After the drive or the leading variable, the rest must be valid Windows file names.
    const QRegularExpressionMatch prefix = drive.match(dir).hasMatch() ? drive.match(dir) : envVar.match(dir);
    const QString rest = dir.mid(prefix.capturedLength(0));
    for (const QChar ch : rest) {
        if (QStringView(u"<>:\"|?*/").contains(ch)) {
            add(DeployOptions::tr("The image folder contains a character Windows does not allow in paths: %1")
                    .arg(ch));
            return;
        }
    }
    const QStringList parts = rest.split(QLatin1Char('\\'), Qt::KeepEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (part == QLatin1String(".") || part == QLatin1String("..")) {
            add(DeployOptions::tr("The image folder must not contain \".\" or \"..\" parts."));
            return;
        }
        if (part.isEmpty() && i + 1 < parts.size()) {
            add(DeployOptions::tr("The image folder contains an empty part (\\\\)."));
            return;
        }
        if (!part.isEmpty() && (part.endsWith(QLatin1Char(' ')) || part.endsWith(QLatin1Char('.')))) {
            add(DeployOptions::tr(
                "A folder name in the image folder ends with a space or a dot, which Windows drops."));
            return;
        }
    }
}

void checkText(const QString& text, DeployField field, const QString& what, QList<DeployProblem>& problems)
{
    if (text.trimmed().isEmpty()) {
        problems.append({field, DeployOptions::tr("%1 is empty.").arg(what)});
    } else if (text.size() > kMaxNameLength) {
        problems.append(
            {field, DeployOptions::tr("%1 is longer than %2 characters.").arg(what).arg(kMaxNameLength)});
    } else if (const QString bad = firstForbiddenCharacter(text); !bad.isEmpty()) {
        problems.append(
            {field, DeployOptions::tr("%1 contains an invisible control character (%2).").arg(what, bad)});
    } else if (text != text.trimmed()) {
        problems.append({field, DeployOptions::tr("%1 starts or ends with a space.").arg(what)});
    }
}

QString sidFor(const QString& principal)
{
    static const QRegularExpression sid(QStringLiteral(R"(^S-1-(\d{1,13})(-\d{1,10}){1,14}$)"));
    for (const WellKnownPrincipal& p : kPrincipals) {
        if (principal.compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(p.sid);
    }
    if (sid.match(principal).hasMatch()) {
        // Each sub-authority is a 32-bit number.
        const QStringList parts = principal.split(QLatin1Char('-'));
        for (qsizetype i = 3; i < parts.size(); ++i) {
            bool ok = false;
            parts.at(i).toULongLong(&ok);
            if (!ok || parts.at(i).toULongLong() > 0xffffffffULL)
                return {};
        }
        return principal;
    }
    return {};
}

} // namespace

QString DeployOptions::defaultImageDir()
{
    return QStringLiteral("C:\\Users\\Public\\AccountPictures");
}

QStringList DeployOptions::suggestedImageDirs()
{
    return {defaultImageDir(), QStringLiteral("C:\\ProgramData\\AccountPictures")};
}

QList<int> DeployOptions::defaultSizes()
{
    return {32, 40, 48, 64, 96, 192, 208, 240, 424, 448, 1080};
}

QString DeployOptions::defaultGpoName()
{
    return QStringLiteral("adphoto account pictures");
}

QString DeployOptions::modeName(DeployMode mode)
{
    switch (mode) {
    case DeployMode::SystemTask:
        return QStringLiteral("system-task");
    case DeployMode::Logoff:
        return QStringLiteral("logoff");
    }
    return QStringLiteral("system-task");
}

Result<DeployMode> DeployOptions::parseMode(const QString& text)
{
    for (DeployMode mode : {DeployMode::SystemTask, DeployMode::Logoff}) {
        if (text == modeName(mode))
            return mode;
    }
    return fail(ErrorKind::Usage, tr("Unknown deploy mode \"%1\": use system-task or logoff.").arg(text));
}

Result<QList<int>> DeployOptions::parseSizes(const QString& text)
{
    QList<int> sizes;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        bool ok = false;
        const int size = part.trimmed().toInt(&ok);
        if (!ok)
            return fail(ErrorKind::Usage,
                        tr("\"%1\" is not a list of pixel sizes such as 32,40,48.").arg(text));
        sizes.append(size);
    }
    return sizes;
}

Result<QUuid> DeployOptions::parseGuid(const QString& text)
{
    static const QRegularExpression form(QStringLiteral(
        R"(^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$)"));
    const QString trimmed = text.trimmed();
    const bool braced = trimmed.startsWith(QLatin1Char('{'));
    if (!form.match(trimmed).hasMatch() || braced != trimmed.endsWith(QLatin1Char('}')))
        return fail(ErrorKind::Usage,
                    tr("\"%1\" is not a GUID such as {6AC1786C-016F-11D2-945F-00C04FB984F9}.").arg(text));
    const QUuid uuid = QUuid::fromString(trimmed);
    if (uuid.isNull())
        return fail(ErrorKind::Usage, tr("The GUID must not be all zeros."));
    return uuid;
}

Result<QDateTime> DeployOptions::parseTimestamp(const QString& text)
{
    static const QRegularExpression rfc3339(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!rfc3339.match(text).hasMatch())
        return fail(ErrorKind::Usage,
                    tr("\"%1\" is not an RFC 3339 time such as 2024-05-01T12:00:00Z.").arg(text));
    QString normalised = text.toUpper();
    normalised[10] = QLatin1Char('T');
    const QDateTime time = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(ErrorKind::Usage, tr("\"%1\" is not a valid date and time.").arg(text));
    return time.toUTC();
}

std::optional<QDateTime> DeployOptions::sourceDateEpoch()
{
    const QByteArray value = qgetenv("SOURCE_DATE_EPOCH").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

QString DeployOptions::guidText(const QUuid& guid)
{
    return guid.toString(QUuid::WithBraces).toUpper();
}

QString DeployOptions::aclPrincipalSid() const
{
    return sidFor(aclPrincipal.trimmed());
}

QString DeployOptions::safeGeneratorVersion() const
{
    QString out;
    for (const QChar c : generatorVersion) {
        if ((c.isLetterOrNumber() && c.unicode() < 0x80) || c == QLatin1Char('.') || c == QLatin1Char('-') ||
            c == QLatin1Char('+'))
            out.append(c);
    }
    return out.left(40);
}

QString DeployOptions::searchRoot() const
{
    return domain.isEmpty() ? QString() : QStringLiteral("LDAP://") + domain;
}

QList<DeployProblem> DeployOptions::problems() const
{
    QList<DeployProblem> problems;
    if (mode != DeployMode::SystemTask && mode != DeployMode::Logoff)
        problems.append({DeployField::Mode, tr("Unknown deploy mode.")});

    checkImageDir(imageDir, problems);

    if (sizes.isEmpty()) {
        problems.append({DeployField::Sizes, tr("Choose at least one picture size.")});
    } else if (sizes.size() > kMaxSizes) {
        problems.append({DeployField::Sizes, tr("At most %1 picture sizes can be written.").arg(kMaxSizes)});
    } else {
        for (int size : sizes) {
            if (size < kMinSize || size > kMaxSize) {
                problems.append(
                    {DeployField::Sizes,
                     tr("Picture size %1 is outside %2–%3 pixels.").arg(size).arg(kMinSize).arg(kMaxSize)});
                break;
            }
        }
    }

    if (jpegQuality < 1 || jpegQuality > 100)
        problems.append({DeployField::JpegQuality, tr("The JPEG quality must be between 1 and 100.")});

    checkText(gpoName, DeployField::GpoName, tr("The GPO name"), problems);

    if (!timestamp.isNull()) {
        const int year = timestamp.toUTC().date().year();
        if (!timestamp.isValid() || year < 1980 || year > 2107)
            problems.append({DeployField::Timestamp, tr("The backup time must lie between 1980 and 2107.")});
    }

    if (!domain.isEmpty()) {
        static const QRegularExpression dns(QStringLiteral(
            R"(^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"));
        if (!dns.match(domain).hasMatch())
            problems.append(
                {DeployField::Domain, tr("\"%1\" is not a DNS domain name such as corp.example.com.")
                                          .arg(firstForbiddenCharacter(domain).isEmpty()
                                                   ? domain
                                                   : tr("(a name with control characters)"))});
    }

    if (aclPrincipalSid().isEmpty()) {
        problems.append({DeployField::AclPrincipal,
                         tr("The group allowed to write pictures must be a SID (S-1-5-…) or one of Users, "
                            "Authenticated Users, INTERACTIVE.")});
    }
    return problems;
}

Result<void> DeployOptions::validate() const
{
    const QList<DeployProblem> found = problems();
    if (found.isEmpty())
        return {};
    QStringList lines;
    for (const DeployProblem& p : found)
        lines.append(p.message);
    return fail(ErrorKind::InvalidInput, lines.join(QLatin1Char('\n')));
}

DeployOptions DeployOptions::resolved() const
{
    DeployOptions copy = *this;
    if (copy.gpoGuid.isNull())
        copy.gpoGuid = QUuid::createUuid();
    if (copy.backupId.isNull())
        copy.backupId = QUuid::createUuid();
    if (!copy.timestamp.isValid())
        copy.timestamp = sourceDateEpoch().value_or(QDateTime::currentDateTimeUtc());
    copy.timestamp = copy.timestamp.toUTC();
    copy.timestamp.setTime(
        QTime(copy.timestamp.time().hour(), copy.timestamp.time().minute(), copy.timestamp.time().second()));
    std::sort(copy.sizes.begin(), copy.sizes.end());
    copy.sizes.erase(std::unique(copy.sizes.begin(), copy.sizes.end()), copy.sizes.end());
    if (const QString sid = copy.aclPrincipalSid(); !sid.isEmpty())
        copy.aclPrincipal = sid;
    return copy;
}

} // namespace adphoto
