#include "core/PhotoHash.h"

#include <QCryptographicHash>

namespace adphoto {

QString photoSha256(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace adphoto
