#include "ProfilesCommand.h"

#include "CliKeychain.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "ProfilesOptions.h"
#include "StandardOutput.h"

#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QTextStream>

int ProfilesCommand::run(const QStringList &arguments)
{
    ProfilesOptions options;
    if (const std::optional<int> done = CommandLine::parseInto(options, tr("Manage provider profiles."), arguments, m_err))
        return *done;

    AppSettings settings;
    ProfileList profiles = ProfileList::load(settings);
    if (options.action == ProfilesOptions::Action::List) {
        list(profiles);
        return ExitCode::Ok;
    }
    if (options.action == ProfilesOptions::Action::Show)
        return show(profiles, options.name);
    return change(profiles, options, settings);
}

void ProfilesCommand::list(const ProfileList &profiles)
{
    for (const ProviderProfile &profile : profiles.profiles()) {
        // Tab-separated for scripts: default marker, name, preset, base URL, model.
        StandardOutput::write((profile.name == profiles.defaultName() ? QStringLiteral("*") : QStringLiteral("-")) + u'\t'
                              + profile.name + u'\t' + profile.preset + u'\t' + profile.baseUrl.toString() + u'\t'
                              + profile.defaultModel + u'\n');
    }
}

int ProfilesCommand::show(const ProfileList &profiles, const QString &name)
{
    const std::optional<ProviderProfile> profile = profiles.find(name);
    if (!profile) {
        m_err << tr("There is no profile \"%1\".").arg(name) << '\n';
        return ExitCode::Usage;
    }
    QStringList headers;
    for (const auto &[header, value] : profile->extraHeaders)
        headers << QString::fromUtf8(header);
    StandardOutput::write(
        tr("name: %1\npreset: %2\nbase URL: %3\nmodel: %4\ncontext window: %5\nkey: %6\nkey variable: %7\n"
           "HTTP/2: %8\nkey over plain http: %9\n")
            .arg(profile->name, profile->preset, profile->baseUrl.toString(), profile->defaultModel,
                 profile->contextWindow ? QString::number(*profile->contextWindow) : tr("unknown"),
                 keyDescription(*profile), profile->keyVariable.isEmpty() ? tr("none") : profile->keyVariable,
                 profile->http2 ? tr("on") : tr("off"), profile->allowKeyOverHttp ? tr("allowed") : tr("refused"))
        + (headers.isEmpty() ? QString() : tr("extra headers: %1\n").arg(headers.join(QStringLiteral(", ")))));
    return ExitCode::Ok;
}

QString ProfilesCommand::keyDescription(const ProviderProfile &profile)
{
    const ApiKeyResolver::Resolution key = CliKeychain::resolveKey(profile);
    switch (key.source) {
    case ApiKeyResolver::Resolution::Source::Keychain: return tr("stored in the keychain");
    case ApiKeyResolver::Resolution::Source::Environment: return tr("from $%1").arg(key.variable);
    case ApiKeyResolver::Resolution::Source::Session: return tr("for this session only");
    case ApiKeyResolver::Resolution::Source::None: break;
    }
    QString text = profile.needsKey ? tr("none") : tr("not needed");
    if (key.keychainUnavailable())
        text += QStringLiteral(" (") + tr("keychain unavailable: %1").arg(key.keychain.message) + u')';
    return text;
}

int ProfilesCommand::change(ProfileList &profiles, const ProfilesOptions &options, AppSettings &settings)
{
    QString error;
    bool changed = false;
    if (options.action == ProfilesOptions::Action::Add) {
        ProviderProfile profile = ProviderProfile::fromPreset(options.preset, options.name);
        if (options.baseUrl)
            profile.baseUrl = *options.baseUrl;
        if (options.model)
            profile.defaultModel = *options.model;
        changed = profiles.add(profile, &error);
    } else if (options.action == ProfilesOptions::Action::Remove) {
        changed = remove(profiles, options.name, &error);
    } else {
        changed = profiles.setDefault(options.name, &error);
    }
    if (!changed) {
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

bool ProfilesCommand::remove(ProfileList &profiles, const QString &name, QString *error)
{
    const std::optional<ProviderProfile> profile = profiles.find(name);
    if (!profiles.remove(name, error))
        return false;
    // Its key goes too: a removed profile must not leave a secret behind.
    const SecretResult result = CliKeychain::remove(profile->secretAccount());
    if (!result.ok() && result.status != SecretResult::Status::NotFound)
        m_err << tr("The profile was removed, but its key could not be deleted from the keychain: %1").arg(result.message)
              << '\n';
    return true;
}
