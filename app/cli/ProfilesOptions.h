#pragma once

#include "settings/ProviderPreset.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class QCommandLineParser;

// The arguments of `tally-cli profiles` as a value: the action, the profile it names and, for
// `add`, the preset and what overrides it. Read and checked in one place, before any profile is
// loaded, so the command only acts.
struct ProfilesOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesOptions)

public:
    enum class Action { List, Show, Add, Remove, Default };

    Action action = Action::List;
    QString name;                    // every action but list
    ProviderPreset preset;           // add: the preset the profile starts from (--preset)
    std::optional<QUrl> baseUrl;     // add: --base-url, over the preset's
    std::optional<QString> model;    // add: --model, over the preset's

    static void declare(QCommandLineParser &parser);
    // Reads what declare() declared; false with a message when the action, its name or (for
    // add) the preset or base URL is missing or unknown.
    bool read(const QCommandLineParser &parser, QString *error);

private:
    static QString presetIds(); // "holysheep, openai, ...", for --help and the error
};
