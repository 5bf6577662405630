#pragma once

#include <QIcon>
#include <QString>

namespace adphoto::gui {

/// An icon from resources/icons (SVG, sharp at any scale). Any thread that may use QIcon.
[[nodiscard]] inline QIcon themedIcon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace adphoto::gui
