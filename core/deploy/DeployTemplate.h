#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace adphoto::deploy {

/// A text template compiled into adphoto (Qt resource under :/adphoto/deploy/) with
/// @@NAME@@ placeholders. render() demands that every placeholder gets a value and every
/// value is used, so a renamed placeholder cannot silently leave a default in a script.
/// Values are inserted verbatim: callers quote them for the target format first.
/// Any thread.
class DeployTemplate
{
    Q_DECLARE_TR_FUNCTIONS(adphoto::deploy::DeployTemplate)

public:
    /// Loads `name` (e.g. "client.ps1") from the resources.
    [[nodiscard]] static Result<DeployTemplate> load(const QString& name);
    explicit DeployTemplate(QString name, QString text);

    [[nodiscard]] Result<QString> render(const QMap<QString, QString>& values) const;

private:
    QString m_name;
    QString m_text;
};

} // namespace adphoto::deploy
