#include "domain/CostEstimate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {


QString currencySymbol(const QString &code)
{
    if (code == u"USD")
        return QStringLiteral("$");
    if (code == u"CNY")
        return QStringLiteral("¥");
    return code;
}

} // namespace

CostEstimate::CostEstimate(double amount, const QString &currency, Source source)
    : m_amount(amount)
    , m_currency(currency)
    , m_source(source)
{
}

CostEstimate CostEstimate::reported(double amount, const QString &currency)
{
    return CostEstimate(amount, currency, Source::Reported);
}

CostEstimate CostEstimate::cached(const QString &currency)
{
    return CostEstimate(0.0, currency, Source::Cached);
}

CostEstimate CostEstimate::notCharged(const QString &currency)
{
    return CostEstimate(0.0, currency, Source::NotCharged);
}

CostEstimate CostEstimate::unknown()
{
    return CostEstimate();
}

CostEstimate CostEstimate::estimated(double amount, const QString &currency)
{
    return CostEstimate(amount, currency, Source::Estimated);
}

QString CostEstimate::sourceName() const
{
    switch (m_source) {
    case Source::Reported: return QStringLiteral("reported");
    case Source::Estimated: return QStringLiteral("estimated");
    case Source::Cached: return QStringLiteral("cached");
    case Source::NotCharged: return QStringLiteral("not_charged");
    case Source::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString CostEstimate::format(const QLocale &locale) const
{
    if (!isKnown())
        return QCoreApplication::translate("CostEstimate", "unknown");
    // Below a cent, two decimals would print every single-message cost as zero.
    const int decimals = (m_amount != 0.0 && std::fabs(m_amount) < 0.01) ? 6 : 2;
    // The C locale (no LANG set) places the symbol after the number ("0.00$"), which no one
    // reads that way: money is then written as American English writes it.
    const QLocale money = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    return money.toCurrencyString(m_amount, currencySymbol(m_currency), decimals);
}

QString CostEstimate::sourceWord() const
{
    switch (m_source) {
    case Source::Reported: return QCoreApplication::translate("CostEstimate", "reported");
    case Source::Estimated: return QCoreApplication::translate("CostEstimate", "estimated");
    case Source::Cached: return QCoreApplication::translate("CostEstimate", "cached");
    case Source::NotCharged: return QCoreApplication::translate("CostEstimate", "not charged");
    case Source::Unknown: break;
    }
    return QString();
}

std::optional<CostEstimate::Source> CostEstimate::sourceFromName(const QString &name)
{
    for (Source source : {Source::Reported, Source::Estimated, Source::Cached, Source::NotCharged, Source::Unknown}) {
        if (CostEstimate(0.0, QString(), source).sourceName() == name)
            return source;
    }
    return std::nullopt;
}

CostEstimate CostEstimate::restored(double amount, const QString &currency, Source source)
{
    if (source == Source::Unknown)
        return unknown();
    return CostEstimate(amount, currency, source);
}

bool operator==(const CostEstimate &a, const CostEstimate &b)
{
    if (a.m_source != b.m_source || a.m_currency != b.m_currency)
        return false;
    // Unknown carries NaN, which never equals itself.
    return a.m_source == CostEstimate::Source::Unknown || a.m_amount == b.m_amount;
}
