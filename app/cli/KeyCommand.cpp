#include "KeyCommand.h"

#include "CliKeychain.h"
#include "ExitCode.h"
#include "KeyOptions.h"
#include "StandardOutput.h"

#include "secrets/ApiKeyResolver.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

QString KeyCommand::readKey()
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        m_err << tr("API key (input hidden): ");
        m_err.flush();
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QFile in;
    QByteArray bytes;
    if (in.open(stdin, QIODevice::ReadOnly))
        bytes = in.readLine(64 * 1024); // one line: a key never spans lines
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << '\n';
    }
#endif
    return QString::fromUtf8(bytes).trimmed();
}

int KeyCommand::run(const QStringList &arguments)
{
    KeyOptions options;
    QString error;
    if (!options.read(arguments, &error)) {
        m_err << error << '\n';
        return ExitCode::Usage;
    }
    if (options.action == KeyOptions::Action::Help) {
        StandardOutput::write(KeyOptions::helpText());
        return ExitCode::Ok;
    }
    const std::optional<ProviderProfile> profile = ProfileList::load(AppSettings()).find(options.profile);
    if (!profile) {
        m_err << tr("There is no profile \"%1\" (see `tally-cli profiles list`).").arg(options.profile) << '\n';
        return ExitCode::Usage;
    }
    switch (options.action) {
    case KeyOptions::Action::Status: return status(*profile);
    case KeyOptions::Action::Delete: return remove(*profile);
    case KeyOptions::Action::Set:
    case KeyOptions::Action::Help: break;
    }
    return store(*profile);
}

int KeyCommand::status(const ProviderProfile &profile)
{
    const ApiKeyResolver::Resolution resolution = CliKeychain::resolveKey(profile);
    switch (resolution.source) {
    case ApiKeyResolver::Resolution::Source::Keychain:
        StandardOutput::write(QByteArrayView("keychain\n"));
        return ExitCode::Ok;
    case ApiKeyResolver::Resolution::Source::Environment:
        StandardOutput::write(QStringLiteral("environment %1\n").arg(resolution.variable));
        return ExitCode::Ok;
    case ApiKeyResolver::Resolution::Source::Session:
    case ApiKeyResolver::Resolution::Source::None:
        break;
    }
    StandardOutput::write(QByteArrayView("none\n"));
    if (resolution.keychainUnavailable()) {
        m_err << tr("The keychain could not be read: %1").arg(resolution.keychain.message) << '\n';
        return ExitCode::Usage;
    }
    return ExitCode::Ok;
}

int KeyCommand::remove(const ProviderProfile &profile)
{
    const SecretResult result = CliKeychain::remove(profile.secretAccount());
    if (result.ok() || result.status == SecretResult::Status::NotFound)
        return ExitCode::Ok;
    m_err << tr("The key could not be deleted from the keychain: %1").arg(result.message) << '\n';
    return ExitCode::Usage;
}

int KeyCommand::store(const ProviderProfile &profile)
{
    const QString key = readKey();
    if (!ApiKeyResolver::isUsableKey(key)) {
        m_err << tr("No key was given on stdin (the placeholder YOUR_HOLYSHEEP_API_KEY does not count).") << '\n';
        return ExitCode::Usage;
    }
    const SecretResult result = CliKeychain::write(profile.secretAccount(), key);
    if (result.ok())
        return ExitCode::Ok;
    // Tally never falls back to a file: say what happened and what to do instead.
    m_err << tr("The key was not stored: the OS keychain is not available (%1). Tally never writes keys to files. "
                "Start a keyring (GNOME Keyring, KWallet) and try again, or put the key in the environment "
                "variable %2.")
                 .arg(result.message, profile.keyVariable.isEmpty() ? QStringLiteral("--api-key-env")
                                                                    : profile.keyVariable)
          << '\n';
    return ExitCode::Usage;
}
