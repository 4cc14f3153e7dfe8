#include "settings/ProviderPreset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QList<ProviderPreset> loadBundled()
{
    QFile file(QStringLiteral(":/providers/providers.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("providers.json is missing from the resources: the build is broken");
    const QJsonArray presets = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("presets")).toArray();
    QList<ProviderPreset> list;
    for (const QJsonValue &value : presets) {
        const QJsonObject object = value.toObject();
        ProviderPreset preset;
        preset.id = object.value(QLatin1String("id")).toString();
        preset.name = object.value(QLatin1String("name")).toString();
        preset.baseUrl = QUrl(object.value(QLatin1String("baseUrl")).toString());
        preset.defaultModel = object.value(QLatin1String("defaultModel")).toString();
        preset.keyVariable = object.value(QLatin1String("keyVariable")).toString();
        preset.needsKey = object.value(QLatin1String("needsKey")).toBool(true);
        if (object.value(QLatin1String("contextWindow")).isDouble())
            preset.contextWindow = object.value(QLatin1String("contextWindow")).toInteger();
        preset.keyUrl = QUrl(object.value(QLatin1String("keyUrl")).toString());
        list.append(preset);
    }
    return list;
}

} // namespace

const QList<ProviderPreset> &ProviderPreset::all()
{
    static const QList<ProviderPreset> presets = loadBundled();
    return presets;
}

std::optional<ProviderPreset> ProviderPreset::find(const QString &id)
{
    for (const ProviderPreset &preset : all()) {
        if (preset.id.compare(id, Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

QString ProviderPreset::defaultId()
{
    return QStringLiteral("holysheep");
}
