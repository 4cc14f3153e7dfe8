#pragma once

#include "settings/ProviderProfile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QCommandLineParser;
class QNetworkAccessManager;

// The options that say which provider to talk to, shared by the commands that make requests:
// --profile NAME (a saved profile), or --base-url URL (an ad-hoc endpoint), or neither (the
// default profile); and --api-key-env VAR. It turns them into a profile and a key, looking the
// key up in the order the brief gives: --api-key-env, then the profile's keychain entry, then the
// profile's key variable. The key never comes from the command line itself.
class EndpointOptions final
{
    Q_DECLARE_TR_FUNCTIONS(EndpointOptions)

public:
    EndpointOptions();
    void addTo(QCommandLineParser &parser) const;

    // Reads the options and looks up the key (which may ask the keychain, waiting up to its
    // timeout). Returns false with a message in `error` when the options are unusable.
    bool read(const QCommandLineParser &parser, QString *error);

    const ProviderProfile &profile() const { return m_profile; }
    QUrl baseUrl() const { return m_profile.baseUrl; }
    QString apiKey() const { return m_apiKey; }
    // Why no key was found, when it matters for the message (e.g. the keychain failed).
    QString keyProblem() const { return m_keyProblem; }

    // Routes `network` through the proxy chosen in Settings, as the app does (a manual proxy's
    // password comes from the keychain, waiting up to its timeout).
    static void applyProxy(QNetworkAccessManager &network);

private:
    QCommandLineOption m_baseUrlOption;
    QCommandLineOption m_keyEnvOption;
    QCommandLineOption m_profileOption;
    ProviderProfile m_profile;
    QString m_apiKey;
    QString m_keyProblem;
};
