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

// A number kept in the settings: its key, its default and the values it may take.
template<typename T>
struct NumberSetting
{
    const char *key;
    T fallback;
    T min;
    T max;
};

// Tally's settings over one INI file. A plain number is one `NumberSetting` key below, read
// with value() and written with setValue(); what has structure (profiles, the proxy, prices,
// budgets, choices) has accessors of its own. A value that is missing, of the wrong type or out
// of range reads as the default for that key alone, and the rest of the file is kept. Secrets
// never go through here: keys live in the OS keychain.
class AppSettings final
{
public:
    // -- numbers ---------------------------------------------------------------------------
    // 0..2, default 0.7 (the source document's examples)
    static constexpr NumberSetting<double> Temperature{"chat/temperature", 0.7, 0.0, 2.0};
    // 0 = let the provider decide
    static constexpr NumberSetting<int> MaxTokens{"chat/maxTokens", 0, 0, 10'000'000};
    static constexpr NumberSetting<double> TopP{"chat/topP", 1.0, 0.0, 1.0};
    // The most text one reply may bring, in megabytes: a reply that goes on is kept up to here
    // and marked incomplete, so no server can fill the memory or the disk.
    static constexpr NumberSetting<int> ReplyLimitMegabytes{"chat/replyLimitMegabytes", 8, 1, 1024};
    // No data for this long ends a reply.
    static constexpr NumberSetting<int> IdleTimeoutSeconds{"network/idleTimeoutSeconds", 120, 5, 3600};
    // Automatic retries before the first text.
    static constexpr NumberSetting<int> Retries{"network/retries", 2, 0, 10};
    // 0 = unlimited
    static constexpr NumberSetting<int> RequestsPerMinute{"network/requestsPerMinute", 0, 0, 100'000};
    // The most one reply may take.
    static constexpr NumberSetting<int> RequestTimeoutSeconds{"network/requestTimeoutSeconds", 1800, 10, 86'400};
    static constexpr NumberSetting<int> ResponseCacheTtlHours{"data/responseCacheTtlHours", 24, 1, 8760};

    // The stored number, or the key's default when it is missing or not valid. A value written
    // outside the key's range is clamped into it.
    int value(const NumberSetting<int> &setting) const;
    double value(const NumberSetting<double> &setting) const;
    void setValue(const NumberSetting<int> &setting, int value);
    void setValue(const NumberSetting<double> &setting, double value);
    qint64 replyLimitBytes() const { return qint64(value(ReplyLimitMegabytes)) * 1024 * 1024; }

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
    QString systemPrompt() const;
    void setSystemPrompt(const QString &text);
    // Auto-title: name a new conversation with a model after its first reply (off by default:
    // it is a request that costs money). An empty title model means the conversation's own.
    bool autoTitle() const;
    void setAutoTitle(bool enabled);
    QString titleModel() const;
    void setTitleModel(const QString &model);

    // -- network -------------------------------------------------------------------------
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
