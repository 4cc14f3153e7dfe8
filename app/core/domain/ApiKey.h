#pragma once

#include <QString>

// What counts as an API key. Keys themselves live only in the keychain, an environment variable
// the user named, or memory; these rules are shared by every layer that handles one.
namespace ApiKey {

// The placeholder from the source document's examples ("YOUR_HOLYSHEEP_API_KEY"): not a key.
bool isPlaceholder(const QString &key);
// Not empty, not only spaces, not the placeholder.
bool isUsable(const QString &key);

} // namespace ApiKey
