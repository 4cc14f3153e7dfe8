#include "domain/ApiKey.h"

namespace ApiKey {

bool isPlaceholder(const QString &key)
{
    return key.trimmed() == u"YOUR_HOLYSHEEP_API_KEY";
}

bool isUsable(const QString &key)
{
    return !key.trimmed().isEmpty() && !isPlaceholder(key);
}

} // namespace ApiKey
