#pragma once

#include "pricing/Budget.h"
#include "pricing/PriceTable.h"
#include "settings/ProviderProfile.h"
#include "settings/ProxySettings.h"

#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

// Tally's settings, one typed accessor per key over one INI file. Every key is declared once
// with its default and its valid range in AppSettings.cpp; a value that is missing, of the wrong
// type or out of range reads as the default for that key alone, and the rest of the file is
// kept. Secrets never go through here: keys live in the OS keychain.
class AppSettings final
{
public:
    enum class Theme { System, Light, Dark };

    // The settings file at AppInfo::settingsFilePath(), or any other file (tests).
    AppSettings();
    explicit AppSettings(const QString &path);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QString path() const;
    // Writes pending changes. Returns false (with a message) when the file cannot be written.
    bool sync(QString *error = nullptr);

    // -- profiles --------------------------------------------------------------------------
    QList<ProviderProfile> profiles() const; // as stored; ProfileList adds the built-in default
    void setProfiles(const QList<ProviderProfile> &profiles);
    QString defaultProfileName() const;
    void setDefaultProfileName(const QString &name);

    // -- chat defaults ---------------------------------------------------------------------
    double temperature() const;  // 0..2, default 0.7 (the source document's examples)
    void setTemperature(double value);
    int maxTokens() const;       // 0 = let the provider decide
    void setMaxTokens(int value);
    double topP() const;         // 0..1, default 1
    void setTopP(double value);
    QString systemPrompt() const;
    void setSystemPrompt(const QString &text);
    // Auto-title: name a new conversation with a model after its first reply (off by default:
    // it is a request that costs money). An empty title model means the conversation's own.
    bool autoTitle() const;
    void setAutoTitle(bool enabled);
    QString titleModel() const;
    void setTitleModel(const QString &model);
    // The most text one reply may bring, in megabytes (1..1024, default 8): a reply that goes on
    // is kept up to here and marked incomplete, so no server can fill the memory or the disk.
    int replyLimitMegabytes() const;
    void setReplyLimitMegabytes(int megabytes);
    qint64 replyLimitBytes() const { return qint64(replyLimitMegabytes()) * 1024 * 1024; }

    // -- network -------------------------------------------------------------------------
    int idleTimeoutSeconds() const; // no data for this long ends a reply (default 120)
    void setIdleTimeoutSeconds(int seconds);
    int retries() const;            // automatic retries before the first text (default 2)
    void setRetries(int retries);
    int requestsPerMinute() const;  // 0 = unlimited
    void setRequestsPerMinute(int value);
    int requestTimeoutSeconds() const; // the most one reply may take (default 1,800)
    void setRequestTimeoutSeconds(int seconds);
    // A manual mode without a usable host and port reads as the system's settings.
    ProxySettings proxy() const;
    void setProxy(const ProxySettings &proxy);

    // -- prices ----------------------------------------------------------------------------
    // The user's own rows of the price table, which win over the bundled ones. A row that does
    // not read as a complete price (even one whose JSON a hand edit broke) is skipped, left in
    // the file, and described in `problems`; the other rows are used.
    QList<ModelPrice> priceOverrides(QStringList *problems = nullptr) const;
    void setPriceOverrides(const QList<ModelPrice> &prices);
    // The bundled table with these overrides: what the app and tally-cli price replies with.
    PriceTable priceTable(QStringList *problems = nullptr) const;

    // -- data and privacy ------------------------------------------------------------------
    bool responseCacheEnabled() const; // off unless the user turns it on
    void setResponseCacheEnabled(bool enabled);
    int responseCacheTtlHours() const; // 1..8760, default 24
    void setResponseCacheTtlHours(int hours);
    Budget budget() const;
    void setBudget(const Budget &budget);

    // -- appearance and language ---------------------------------------------------------
    Theme theme() const;
    void setTheme(Theme theme);
    QString language() const; // "" = the system's, or "en", "th", "zh_CN"
    // The transcript's font: empty family and size 0 mean the application's own.
    QString transcriptFontFamily() const;
    int transcriptFontSize() const; // points, 6..48, or 0
    void setTranscriptFont(const QString &family, int pointSize);
    void setLanguage(const QString &language);

    // Direct access for cosmetic state that needs no validation (window geometry).
    QSettings &raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};
