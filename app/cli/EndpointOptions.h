#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QCommandLineParser;

// The options that say which provider to talk to (--base-url, --api-key-env, --profile), shared
// by the commands that make requests, and the rules that turn them into a URL and a key.
class EndpointOptions final
{
    Q_DECLARE_TR_FUNCTIONS(EndpointOptions)

public:
    static QUrl defaultBaseUrl();       // the HolySheep gateway
    static QString defaultModel();      // stepfun-v3
    static QString defaultKeyVariable(); // HOLYSHEEP_API_KEY

    EndpointOptions();
    void addTo(QCommandLineParser &parser) const;

    // Reads the parsed options. Returns false with a message in `error` when they are unusable.
    bool read(const QCommandLineParser &parser, QString *error);

    QUrl baseUrl() const { return m_baseUrl; }
    // The key from the chosen environment variable; empty when there is none.
    QString apiKey() const { return m_apiKey; }
    // Which variable the key was (or would have been) read from, for messages.
    QString keyVariable() const { return m_keyVariable; }
    // Local servers (loopback) work without a key; everything else needs one.
    bool keyRequired() const;

private:
    QCommandLineOption m_baseUrlOption;
    QCommandLineOption m_keyEnvOption;
    QCommandLineOption m_profileOption;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_keyVariable;
};
