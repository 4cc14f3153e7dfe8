#include "settings/AppSettings.h"

#include "app/AppInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>
#include <type_traits>

namespace {

// The elements of a JSON array as separate texts, split at its top level (strings and nested
// brackets minded), without parsing them: a row whose own JSON is broken stays one element.
// nullopt when the text is not an array at all.
std::optional<QList<QByteArray>> splitJsonArray(const QByteArray &json)
{
    const QByteArray text = json.trimmed();
    if (!text.startsWith('[') || !text.endsWith(']'))
        return std::nullopt;
    QList<QByteArray> elements;
    const auto take = [&elements](const QByteArray &element) {
        if (!element.trimmed().isEmpty())
            elements.append(element.trimmed());
    };
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype start = 1;
    const qsizetype end = text.size() - 1; // the closing ']'
    for (qsizetype i = 1; i < end; ++i) {
        const char c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            depth = std::max(depth - 1, 0);
        } else if (c == ',' && depth == 0) {
            take(text.mid(start, i - start));
            start = i + 1;
        }
    }
    take(text.mid(start, end - start));
    return elements;
}

// The one declaration of every other key. The numbers a caller reads by key are declared in
// AppSettings.h; the numbers here are parts of a value with structure (the proxy, budgets, font).
constexpr auto kSystemPrompt = "chat/systemPrompt";
constexpr auto kAutoTitle = "chat/autoTitle";
constexpr auto kTitleModel = "chat/titleModel";
constexpr NumberSetting<int> kProxyPort{"network/proxyPort", 0, 1, 65'535};
constexpr auto kProxyMode = "network/proxyMode";
constexpr auto kProxyHost = "network/proxyHost";
constexpr auto kProxyUser = "network/proxyUser";
constexpr auto kPriceOverrides = "prices/overrides";
constexpr auto kCacheEnabled = "data/responseCache";
constexpr NumberSetting<double> kBudgetConversation{"budgets/perConversation", 0.0, 0.0, 1e9};
constexpr NumberSetting<double> kBudgetDay{"budgets/perDay", 0.0, 0.0, 1e9};
constexpr NumberSetting<double> kBudgetMonth{"budgets/perMonth", 0.0, 0.0, 1e9};
constexpr auto kBudgetCurrency = "budgets/currency";
constexpr auto kBudgetBlock = "budgets/block";
constexpr auto kTheme = "appearance/theme";
constexpr auto kTranscriptFont = "appearance/transcriptFont";
constexpr NumberSetting<int> kTranscriptFontSize{"appearance/transcriptFontSize", 0, 6, 48};
constexpr auto kLanguage = "appearance/language";
constexpr auto kDefaultProfile = "profiles/default";
constexpr auto kProfiles = "profiles/list";

const QStringList &themeNames()
{
    static const QStringList names{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    return names;
}

const QStringList &proxyModes()
{
    static const QStringList names{QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("http"),
                                   QStringLiteral("socks5")};
    return names;
}

const QStringList &languages()
{
    static const QStringList names{QString(), QStringLiteral("en"), QStringLiteral("th"), QStringLiteral("zh_CN")};
    return names;
}

// Reads a number and checks it: a typo, a string or an out-of-range value in the file falls
// back to the default for this key only.
template<typename T>
T readNumber(const QSettings &settings, const NumberSetting<T> &setting)
{
    const QVariant value = settings.value(QLatin1String(setting.key));
    if (!value.isValid())
        return setting.fallback;
    bool ok = false;
    T number{};
    if constexpr (std::is_same_v<T, int>)
        number = value.toString().trimmed().toInt(&ok);
    else
        number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !(number >= setting.min && number <= setting.max))
        return setting.fallback;
    return number;
}

template<typename T>
void writeNumber(QSettings &settings, const NumberSetting<T> &setting, T value)
{
    settings.setValue(QLatin1String(setting.key), std::clamp(value, setting.min, setting.max));
}

QString readChoice(const QSettings &settings, const char *key, const QStringList &choices)
{
    const QString value = settings.value(QLatin1String(key)).toString();
    return choices.contains(value) ? value : choices.first();
}

bool readBool(const QSettings &settings, const QString &key, bool fallback)
{
    const QString value = settings.value(key).toString().trimmed().toLower();
    if (value == u"true" || value == u"1")
        return true;
    if (value == u"false" || value == u"0")
        return false;
    return fallback;
}

} // namespace

AppSettings::AppSettings()
    : AppSettings(AppInfo::settingsFilePath())
{
}

AppSettings::AppSettings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::path() const
{
    return m_settings->fileName();
}

bool AppSettings::sync(QString *error)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::AccessError) {
        if (error)
            *error = QCoreApplication::translate("AppSettings", "Tally could not save its settings to %1.").arg(path());
        return false;
    }
    return true;
}

QList<ProviderProfile> AppSettings::profiles() const
{
    QList<ProviderProfile> list;
    const int count = m_settings->beginReadArray(QLatin1String(kProfiles));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ProviderProfile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        // A profile without a usable name, id or URL cannot be used or shown: skip it, keep the rest.
        if (profile.id.isEmpty() || !ProviderProfile::isValidName(profile.name) || !profile.baseUrl.isValid()
            || (profile.baseUrl.scheme() != u"http" && profile.baseUrl.scheme() != u"https"))
            continue;
        profile.preset = m_settings->value(QStringLiteral("preset")).toString();
        profile.defaultModel = m_settings->value(QStringLiteral("defaultModel")).toString();
        bool ok = false;
        const qint64 context = m_settings->value(QStringLiteral("contextWindow")).toString().toLongLong(&ok);
        if (ok && context > 0)
            profile.contextWindow = context;
        profile.http2 = readBool(*m_settings, QStringLiteral("http2"), true);
        profile.allowKeyOverHttp = readBool(*m_settings, QStringLiteral("allowKeyOverHttp"), false);
        profile.keyVariable = m_settings->value(QStringLiteral("keyVariable")).toString();
        profile.needsKey = readBool(*m_settings, QStringLiteral("needsKey"), true);
        const QStringList headers = m_settings->value(QStringLiteral("extraHeaders")).toStringList();
        for (const QString &header : headers) {
            const qsizetype colon = header.indexOf(u':');
            if (colon > 0)
                profile.extraHeaders.append({header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
        }
        list.append(profile);
    }
    m_settings->endArray();
    return list;
}

void AppSettings::setProfiles(const QList<ProviderProfile> &profiles)
{
    m_settings->remove(QLatin1String(kProfiles));
    m_settings->beginWriteArray(QLatin1String(kProfiles), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ProviderProfile &profile = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("preset"), profile.preset);
        m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
        m_settings->setValue(QStringLiteral("defaultModel"), profile.defaultModel);
        m_settings->setValue(QStringLiteral("contextWindow"),
                             profile.contextWindow ? QString::number(*profile.contextWindow) : QString());
        m_settings->setValue(QStringLiteral("http2"), profile.http2);
        m_settings->setValue(QStringLiteral("allowKeyOverHttp"), profile.allowKeyOverHttp);
        m_settings->setValue(QStringLiteral("keyVariable"), profile.keyVariable);
        m_settings->setValue(QStringLiteral("needsKey"), profile.needsKey);
        QStringList headers;
        for (const auto &[name, value] : profile.extraHeaders)
            headers << QString::fromUtf8(name + ": " + value);
        m_settings->setValue(QStringLiteral("extraHeaders"), headers);
    }
    m_settings->endArray();
}

QString AppSettings::defaultProfileName() const
{
    return m_settings->value(QLatin1String(kDefaultProfile)).toString();
}

void AppSettings::setDefaultProfileName(const QString &name)
{
    m_settings->setValue(QLatin1String(kDefaultProfile), name);
}

int AppSettings::value(const NumberSetting<int> &setting) const
{
    return readNumber(*m_settings, setting);
}

double AppSettings::value(const NumberSetting<double> &setting) const
{
    return readNumber(*m_settings, setting);
}

void AppSettings::setValue(const NumberSetting<int> &setting, int value)
{
    writeNumber(*m_settings, setting, value);
}

void AppSettings::setValue(const NumberSetting<double> &setting, double value)
{
    writeNumber(*m_settings, setting, value);
}

ProxySettings AppSettings::proxy() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(proxyModes().indexOf(readChoice(*m_settings, kProxyMode, proxyModes())));
    proxy.host = m_settings->value(QLatin1String(kProxyHost)).toString().trimmed();
    proxy.port = readNumber(*m_settings, kProxyPort);
    proxy.user = m_settings->value(QLatin1String(kProxyUser)).toString();
    // A manual proxy Tally cannot use must not silently send everything direct either: the
    // system's settings are the safer reading of a broken entry. The host and port are kept.
    if (proxy.isManual() && (proxy.host.isEmpty() || proxy.port == 0))
        proxy.mode = ProxySettings::Mode::System;
    return proxy;
}

void AppSettings::setProxy(const ProxySettings &proxy)
{
    m_settings->setValue(QLatin1String(kProxyMode), proxyModes().at(int(proxy.mode)));
    m_settings->setValue(QLatin1String(kProxyHost), proxy.host);
    m_settings->setValue(QLatin1String(kProxyPort.key), proxy.port > 0 ? QString::number(proxy.port) : QString());
    m_settings->setValue(QLatin1String(kProxyUser), proxy.user);
}

QString AppSettings::systemPrompt() const
{
    return m_settings->value(QLatin1String(kSystemPrompt)).toString();
}

void AppSettings::setSystemPrompt(const QString &text)
{
    m_settings->setValue(QLatin1String(kSystemPrompt), text);
}

QList<ModelPrice> AppSettings::priceOverrides(QStringList *problems) const
{
    // JSON in one value: the same shape as pricing.json's rows, so a row can be copied between them.
    // Read row by row, so that a row a hand edit broke (even its JSON) costs only that row.
    const QVariant stored = m_settings->value(QLatin1String(kPriceOverrides));
    // An edit that lost the quotes around the value makes QSettings split it at its commas.
    const QString text = stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(u',') : stored.toString();
    const auto report = [problems](const QString &problem) {
        if (problems)
            problems->append(problem);
    };
    QList<ModelPrice> prices;
    if (text.trimmed().isEmpty())
        return prices;
    const std::optional<QList<QByteArray>> rows = splitJsonArray(text.toUtf8());
    if (!rows) {
        report(QCoreApplication::translate("AppSettings", "The price overrides in %1 are not a list of rows; none of them "
                                                          "was used.").arg(path()));
        return prices;
    }
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const int number = int(i) + 1;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson("[" + rows->at(i) + "]", &parseError);
        if (document.isNull()) {
            report(QCoreApplication::translate("AppSettings", "Price override %1 in %2 is not valid JSON (%3); it was left "
                                                              "out, the others are used.")
                       .arg(number).arg(path(), parseError.errorString()));
            continue;
        }
        const QJsonValue row = document.array().at(0);
        if (!row.isObject()) {
            report(QCoreApplication::translate("AppSettings", "Price override %1 in %2 is not an object; it was left out, "
                                                              "the others are used.").arg(number).arg(path()));
            continue;
        }
        QString error;
        const std::optional<ModelPrice> price = ModelPrice::fromJson(row.toObject(), &error);
        if (!price || !price->isValid()) {
            const QString name = row.toObject().value(QLatin1String("model")).toString(
                row.toObject().value(QLatin1String("pattern")).toString());
            report(QCoreApplication::translate("AppSettings", "Price override %1 (%2) in %3 was left out, the others are "
                                                              "used: %4")
                       .arg(number).arg(name.left(100), path(), error.isEmpty() ? QStringLiteral("incomplete") : error));
            continue;
        }
        prices.append(*price);
    }
    return prices;
}

void AppSettings::setPriceOverrides(const QList<ModelPrice> &prices)
{
    QJsonArray rows;
    for (const ModelPrice &price : prices)
        rows.append(price.toJson());
    if (rows.isEmpty())
        m_settings->remove(QLatin1String(kPriceOverrides));
    else
        m_settings->setValue(QLatin1String(kPriceOverrides), QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
}

bool AppSettings::responseCacheEnabled() const
{
    return readBool(*m_settings, QLatin1String(kCacheEnabled), false);
}

void AppSettings::setResponseCacheEnabled(bool enabled)
{
    m_settings->setValue(QLatin1String(kCacheEnabled), enabled);
}

Budget AppSettings::budget() const
{
    Budget budget;
    budget.perConversation = readNumber(*m_settings, kBudgetConversation);
    budget.perDay = readNumber(*m_settings, kBudgetDay);
    budget.perMonth = readNumber(*m_settings, kBudgetMonth);
    const QString currency = m_settings->value(QLatin1String(kBudgetCurrency)).toString().trimmed().toUpper();
    if (ModelPrice::isCurrencyCode(currency))
        budget.currency = currency;
    budget.block = readBool(*m_settings, QLatin1String(kBudgetBlock), false);
    return budget;
}

void AppSettings::setBudget(const Budget &budget)
{
    writeNumber(*m_settings, kBudgetConversation, budget.perConversation);
    writeNumber(*m_settings, kBudgetDay, budget.perDay);
    writeNumber(*m_settings, kBudgetMonth, budget.perMonth);
    m_settings->setValue(QLatin1String(kBudgetCurrency), budget.currency);
    m_settings->setValue(QLatin1String(kBudgetBlock), budget.block);
}

PriceTable AppSettings::priceTable(QStringList *problems) const
{
    PriceTable table = PriceTable::bundled();
    for (const ModelPrice &price : priceOverrides(problems))
        table.setOverride(price);
    return table;
}

bool AppSettings::autoTitle() const
{
    return readBool(*m_settings, QLatin1String(kAutoTitle), false);
}

void AppSettings::setAutoTitle(bool enabled)
{
    m_settings->setValue(QLatin1String(kAutoTitle), enabled);
}

QString AppSettings::titleModel() const
{
    return m_settings->value(QLatin1String(kTitleModel)).toString().trimmed();
}

void AppSettings::setTitleModel(const QString &model)
{
    m_settings->setValue(QLatin1String(kTitleModel), model.trimmed());
}

AppSettings::Theme AppSettings::theme() const
{
    return Theme(themeNames().indexOf(readChoice(*m_settings, kTheme, themeNames())));
}

void AppSettings::setTheme(Theme theme)
{
    m_settings->setValue(QLatin1String(kTheme), themeNames().at(int(theme)));
}

QString AppSettings::transcriptFontFamily() const
{
    return m_settings->value(QLatin1String(kTranscriptFont)).toString().trimmed();
}

int AppSettings::transcriptFontSize() const
{
    return readNumber(*m_settings, kTranscriptFontSize);
}

void AppSettings::setTranscriptFont(const QString &family, int pointSize)
{
    m_settings->setValue(QLatin1String(kTranscriptFont), family.trimmed());
    if (pointSize > 0)
        writeNumber(*m_settings, kTranscriptFontSize, pointSize);
    else
        m_settings->remove(QLatin1String(kTranscriptFontSize.key));
}

QString AppSettings::language() const
{
    return readChoice(*m_settings, kLanguage, languages());
}

void AppSettings::setLanguage(const QString &language)
{
    if (languages().contains(language))
        m_settings->setValue(QLatin1String(kLanguage), language);
}
