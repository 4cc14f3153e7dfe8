#include "KeyCommand.h"

#include "ExitCode.h"
#include "StandardOutput.h"

#include "secrets/ApiKeyResolver.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QEventLoop>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
constexpr int kKeychainTimeoutMs = 10'000;
}

KeyCommand::KeyCommand(QTextStream &err)
    : m_err(err)
{
}

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
    const QString action = arguments.value(1);
    const QString name = arguments.value(2);
    if (action == u"--help" || action == u"-h") {
        StandardOutput::write(tr("Usage: tally-cli key set NAME | delete NAME | status NAME\n"
                                     "  set     read the key from stdin and store it in the OS keychain\n"
                                     "  delete  remove the profile's key from the keychain\n"
                                     "  status  say where the profile's key comes from\n"));
        return ExitCode::Ok;
    }
    if ((action != u"set" && action != u"delete" && action != u"status") || arguments.size() != 3) {
        m_err << tr("Usage: tally-cli key set NAME | delete NAME | status NAME") << '\n';
        return ExitCode::Usage;
    }
    const std::optional<ProviderProfile> profile = ProfileList::load(AppSettings()).find(name);
    if (!profile) {
        m_err << tr("There is no profile \"%1\" (see `tally-cli profiles list`).").arg(name) << '\n';
        return ExitCode::Usage;
    }

    KeychainSecretStore keychain(kKeychainTimeoutMs);
    QEventLoop loop;
    SecretResult result;
    const auto done = [&](const SecretResult &finished) {
        result = finished;
        loop.quit();
    };

    if (action == u"status") {
        ApiKeyResolver resolver(keychain);
        resolver.setRetryDelayMs(0);
        ApiKeyResolver::Resolution resolution;
        resolver.resolve(*profile, &loop, [&](const ApiKeyResolver::Resolution &found) {
            resolution = found;
            loop.quit();
        });
        loop.exec();
        switch (resolution.source) {
        case ApiKeyResolver::Resolution::Source::Keychain:
            StandardOutput::write(QByteArrayView("keychain\n"));
            return ExitCode::Ok;
        case ApiKeyResolver::Resolution::Source::Environment:
            StandardOutput::write(QStringLiteral("environment %1\n").arg(resolution.variable));
            return ExitCode::Ok;
        case ApiKeyResolver::Resolution::Source::Session:
        case ApiKeyResolver::Resolution::Source::None:
            StandardOutput::write(QByteArrayView("none\n"));
            if (resolution.keychainUnavailable()) {
                m_err << tr("The keychain could not be read: %1").arg(resolution.keychain.message) << '\n';
                return ExitCode::Usage;
            }
            return ExitCode::Ok;
        }
    }

    if (action == u"delete") {
        keychain.deleteSecret(profile->secretAccount(), &loop, done);
        loop.exec();
        if (result.ok() || result.status == SecretResult::Status::NotFound)
            return ExitCode::Ok;
        m_err << tr("The key could not be deleted from the keychain: %1").arg(result.message) << '\n';
        return ExitCode::Usage;
    }

    const QString key = readKey();
    if (!ApiKeyResolver::isUsableKey(key)) {
        m_err << tr("No key was given on stdin (the placeholder YOUR_HOLYSHEEP_API_KEY does not count).") << '\n';
        return ExitCode::Usage;
    }
    keychain.writeSecret(profile->secretAccount(), key, &loop, done);
    loop.exec();
    if (result.ok())
        return ExitCode::Ok;
    // Tally never falls back to a file: say what happened and what to do instead.
    m_err << tr("The key was not stored: the OS keychain is not available (%1). Tally never writes keys to files. "
                "Start a keyring (GNOME Keyring, KWallet) and try again, or put the key in the environment "
                "variable %2.")
                 .arg(result.message, profile->keyVariable.isEmpty() ? QStringLiteral("--api-key-env")
                                                                     : profile->keyVariable)
          << '\n';
    return ExitCode::Usage;
}
