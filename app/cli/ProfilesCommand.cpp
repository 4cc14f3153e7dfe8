#include "ProfilesCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "StandardOutput.h"

#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

ProfilesCommand::ProfilesCommand(QTextStream &err)
    : m_err(err)
{
}

int ProfilesCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage provider profiles."));
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"), tr("Base URL of the provider."), QStringLiteral("URL"));
    const QCommandLineOption modelOption(QStringLiteral("model"), tr("Default model id."), QStringLiteral("ID"));
    QStringList presetIds;
    for (const ProviderPreset &preset : ProviderPreset::all())
        presetIds << preset.id;
    const QCommandLineOption presetOption(QStringLiteral("preset"),
                                          tr("Start from a preset: %1.").arg(presetIds.join(QStringLiteral(", "))),
                                          QStringLiteral("P"), QStringLiteral("custom"));
    parser.addOption(baseUrlOption);
    parser.addOption(modelOption);
    parser.addOption(presetOption);
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show NAME, add NAME, remove NAME or default NAME."));
    if (const std::optional<int> done = CommandLine::parse(parser, arguments, m_err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString name = positional.value(1);
    const bool needsName = action == u"show" || action == u"add" || action == u"remove" || action == u"default";
    if ((action != u"list" && !needsName) || (needsName && positional.size() != 2) || (action == u"list" && positional.size() != 1)) {
        m_err << tr("Say what to do: list, show NAME, add NAME --base-url URL, remove NAME or default NAME.") << '\n';
        return ExitCode::Usage;
    }

    AppSettings settings;
    ProfileList profiles = ProfileList::load(settings);
    QString error;

    if (action == u"list") {
        for (const ProviderProfile &profile : profiles.profiles()) {
            // Tab-separated for scripts: default marker, name, preset, base URL, model.
            StandardOutput::write((profile.name == profiles.defaultName() ? QStringLiteral("*") : QStringLiteral("-")) + u'\t'
                  + profile.name + u'\t' + profile.preset + u'\t' + profile.baseUrl.toString() + u'\t'
                  + profile.defaultModel + u'\n');
        }
        return ExitCode::Ok;
    }

    if (action == u"show") {
        const std::optional<ProviderProfile> profile = profiles.find(name);
        if (!profile) {
            m_err << tr("There is no profile \"%1\".").arg(name) << '\n';
            return ExitCode::Usage;
        }
        KeychainSecretStore keychain(10'000);
        ApiKeyResolver resolver(keychain);
        resolver.setRetryDelayMs(0);
        ApiKeyResolver::Resolution key;
        QEventLoop loop;
        resolver.resolve(*profile, &loop, [&](const ApiKeyResolver::Resolution &found) {
            key = found;
            loop.quit();
        });
        loop.exec();
        QString keyText;
        switch (key.source) {
        case ApiKeyResolver::Resolution::Source::Keychain: keyText = tr("stored in the keychain"); break;
        case ApiKeyResolver::Resolution::Source::Environment: keyText = tr("from $%1").arg(key.variable); break;
        case ApiKeyResolver::Resolution::Source::Session: keyText = tr("for this session only"); break;
        case ApiKeyResolver::Resolution::Source::None:
            keyText = profile->needsKey ? tr("none") : tr("not needed");
            if (key.keychainUnavailable())
                keyText += QStringLiteral(" (") + tr("keychain unavailable: %1").arg(key.keychain.message) + u')';
            break;
        }
        QStringList headers;
        for (const auto &[header, value] : profile->extraHeaders)
            headers << QString::fromUtf8(header);
        StandardOutput::write(tr("name: %1\npreset: %2\nbase URL: %3\nmodel: %4\ncontext window: %5\nkey: %6\nkey variable: %7\n"
                 "HTTP/2: %8\nkey over plain http: %9\n")
                  .arg(profile->name, profile->preset, profile->baseUrl.toString(), profile->defaultModel,
                       profile->contextWindow ? QString::number(*profile->contextWindow) : tr("unknown"), keyText,
                       profile->keyVariable.isEmpty() ? tr("none") : profile->keyVariable,
                       profile->http2 ? tr("on") : tr("off"), profile->allowKeyOverHttp ? tr("allowed") : tr("refused"))
              + (headers.isEmpty() ? QString() : tr("extra headers: %1\n").arg(headers.join(QStringLiteral(", ")))));
        return ExitCode::Ok;
    }

    if (action == u"add") {
        const std::optional<ProviderPreset> preset = ProviderPreset::find(parser.value(presetOption));
        if (!preset) {
            m_err << tr("Unknown preset \"%1\". Presets: %2.").arg(parser.value(presetOption), presetIds.join(QStringLiteral(", ")))
                  << '\n';
            return ExitCode::Usage;
        }
        ProviderProfile profile = ProviderProfile::fromPreset(*preset, name);
        if (parser.isSet(baseUrlOption))
            profile.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
        else if (preset->baseUrl.isEmpty()) {
            m_err << tr("The %1 preset needs --base-url.").arg(preset->name) << '\n';
            return ExitCode::Usage;
        }
        if (parser.isSet(modelOption))
            profile.defaultModel = parser.value(modelOption);
        if (!profiles.add(profile, &error)) {
            m_err << error << '\n';
            return ExitCode::Usage;
        }
    } else if (action == u"remove") {
        const std::optional<ProviderProfile> profile = profiles.find(name);
        if (!profiles.remove(name, &error)) {
            m_err << error << '\n';
            return ExitCode::Usage;
        }
        // Its key goes too: a removed profile must not leave a secret behind.
        KeychainSecretStore keychain(10'000);
        QEventLoop loop;
        keychain.deleteSecret(profile->secretAccount(), &loop, [&](const SecretResult &result) {
            if (!result.ok() && result.status != SecretResult::Status::NotFound)
                m_err << tr("The profile was removed, but its key could not be deleted from the keychain: %1")
                             .arg(result.message) << '\n';
            loop.quit();
        });
        loop.exec();
    } else if (!profiles.setDefault(name, &error)) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }

    profiles.save(settings);
    if (!settings.sync(&error)) {
        m_err << error << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}
