#include "ProfilesOptions.h"

#include <QCommandLineParser>
#include <QStringList>

#include <algorithm>
#include <utility>

QString ProfilesOptions::presetIds()
{
    QStringList ids;
    for (const ProviderPreset &preset : ProviderPreset::all())
        ids << preset.id;
    return ids.join(QStringLiteral(", "));
}

void ProfilesOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        QCommandLineOption(QStringLiteral("base-url"), tr("Base URL of the provider."), QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("model"), tr("Default model id."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("preset"), tr("Start from a preset: %1.").arg(presetIds()),
                           QStringLiteral("P"), QStringLiteral("custom")),
    });
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show NAME, add NAME, remove NAME or default NAME."));
}

bool ProfilesOptions::read(const QCommandLineParser &parser, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    static const QList<std::pair<QString, Action>> actions{
        {QStringLiteral("list"), Action::List},     {QStringLiteral("show"), Action::Show},
        {QStringLiteral("add"), Action::Add},       {QStringLiteral("remove"), Action::Remove},
        {QStringLiteral("default"), Action::Default},
    };
    const auto found = std::find_if(actions.cbegin(), actions.cend(), [&verb](const auto &entry) { return entry.first == verb; });
    if (found == actions.cend() || positional.size() != (found->second == Action::List ? 1 : 2)) {
        *error = tr("Say what to do: list, show NAME, add NAME --base-url URL, remove NAME or default NAME.");
        return false;
    }
    action = found->second;
    name = positional.value(1);
    if (action != Action::Add)
        return true;

    const std::optional<ProviderPreset> chosen = ProviderPreset::find(parser.value(QStringLiteral("preset")));
    if (!chosen) {
        *error = tr("Unknown preset \"%1\". Presets: %2.").arg(parser.value(QStringLiteral("preset")), presetIds());
        return false;
    }
    preset = *chosen;
    if (parser.isSet(QStringLiteral("base-url")))
        baseUrl = QUrl(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
    else if (preset.baseUrl.isEmpty()) {
        *error = tr("The %1 preset needs --base-url.").arg(preset.name);
        return false;
    }
    if (parser.isSet(QStringLiteral("model")))
        model = parser.value(QStringLiteral("model"));
    return true;
}
