#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A starting point for a provider profile (HolySheep · StepFun, OpenAI, Ollama, ...): its base
// URL, a default model, the environment variable its key is usually in, whether it needs a key
// at all, and where to get one. The presets ship in resources/providers.json.
struct ProviderPreset
{
    QString id;   // stable: "holysheep", "openai", ...; also the provider id of the price table
    QString name; // shown to people
    QUrl baseUrl;
    QString defaultModel;
    QString keyVariable;
    bool needsKey = true;
    std::optional<qint64> contextWindow;
    QUrl keyUrl; // the provider's page for getting a key, if it has one

    // Every bundled preset, in display order. The first is the default.
    static const QList<ProviderPreset> &all();
    static std::optional<ProviderPreset> find(const QString &id);
    static QString defaultId(); // "holysheep"
};
