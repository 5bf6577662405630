#pragma once

// Helpers shared by the deploy tests: the pinned options the golden files are made with, and
// file-tree utilities.
#include "core/deploy/DeployOptions.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

#include <algorithm>

namespace adphoto::test {

/// Options with every varying input pinned (GUIDs, time, version): the golden packages.
inline DeployOptions goldenOptions(DeployMode mode)
{
    DeployOptions options;
    options.mode = mode;
    options.domain = QStringLiteral("corp.example.com");
    options.gpoGuid = QUuid::fromString(QStringLiteral("{31B2F340-016D-11D2-945F-00C04FB984F9}"));
    options.backupId = QUuid::fromString(QStringLiteral("{9A5B1C2D-3E4F-4A6B-8C7D-0E1F2A3B4C5D}"));
    options.timestamp = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), QTimeZone::utc());
    options.generatorVersion = QStringLiteral("golden");
    if (mode == DeployMode::Logoff)
        options.imageDir = QStringLiteral("C:\\ProgramData\\AccountPictures");
    return options;
}

inline QString deployTestDir()
{
    return QStringLiteral(ADPHOTO_SOURCE_DIR "/tests/core/deploy");
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// Files (or folders) below `root`, as sorted '/'-separated relative paths; dot files skipped.
inline QStringList treeEntries(const QString& root, QDir::Filters kind)
{
    QStringList out;
    QDirIterator it(root, kind | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileName().startsWith(QLatin1Char('.')))
            out.append(base.relativeFilePath(path));
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// Whether `xml` is well-formed, with the reader's message in `error` if not.
inline bool wellFormed(const QByteArray& xml, QString* error = nullptr)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError() && error)
        *error = QStringLiteral("%1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
    return !reader.hasError();
}

/// The text of the first element named `name` (CDATA sections joined), or a null string.
inline QString elementText(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText();
    }
    return {};
}

/// Names the parameterised tests' instances "SystemTask" and "Logoff".
inline std::string modeParamName(const ::testing::TestParamInfo<DeployMode>& param)
{
    return param.param == DeployMode::SystemTask ? "SystemTask" : "Logoff";
}

} // namespace adphoto::test
