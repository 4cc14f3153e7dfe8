#include "main/StatsBar.h"

#include "domain/SessionStats.h"
#include "domain/CostEstimate.h"

#include "common/ElidedLabel.h"
#include "common/PlainToolTip.h"

#include <QLocale>

StatsBar::StatsBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statsBar"));
    setAccessibleName(tr("Usage statistics"));
    setSizeGripEnabled(true);

    m_conversation = new ElidedLabel(this);
    m_conversation->setObjectName(QStringLiteral("conversationStatsLabel"));
    m_session = new ElidedLabel(this);
    m_session->setObjectName(QStringLiteral("sessionStatsLabel"));
    // Both elide, so a line that grows with every reply never widens the window.
    addWidget(m_conversation, 1);
    addPermanentWidget(m_session, 1);
    setConversationStats(SessionStats());
    setSessionStats(SessionStats());
}

QString StatsBar::summary(const SessionStats &stats)
{
    const SessionStats::Totals &t = stats.totals();
    const QLocale locale;
    if (t.requests == 0)
        return tr("no requests yet");
    QStringList parts;
    parts << tr("%Ln request(s)", nullptr, t.requests);
    parts << (t.tokensEstimated ? QStringLiteral("≈ ") : QString())
            + tr("%1 → %2 tokens").arg(locale.toString(t.promptTokens), locale.toString(t.completionTokens));
    QStringList costs;
    for (auto it = t.cost.cbegin(); it != t.cost.cend(); ++it)
        costs << CostEstimate::restored(it.value(), it.key(), CostEstimate::Source::Estimated).format(locale);
    if (!costs.isEmpty())
        parts << (t.costEstimated ? QStringLiteral("≈ ") : QString()) + costs.join(QStringLiteral(" + "));
    if (t.costUnknown > 0)
        parts << tr("%Ln cost(s) unknown", nullptr, t.costUnknown);
    if (const auto p50 = stats.ttftPercentile(50))
        parts << tr("TTFT p50 %1 ms, p99 %2 ms").arg(locale.toString(*p50), locale.toString(*stats.ttftPercentile(99)));
    if (const auto speed = stats.meanTokensPerSecond())
        parts << tr("%1 tokens/s").arg(locale.toString(*speed, 'f', 1));
    return parts.join(QStringLiteral(" · "));
}

QString StatsBar::breakdown(const SessionStats &stats)
{
    QStringList lines;
    const QLocale locale;
    for (auto it = stats.byModel().cbegin(); it != stats.byModel().cend(); ++it) {
        const SessionStats::Totals &t = it.value();
        QStringList costs;
        for (auto cost = t.cost.cbegin(); cost != t.cost.cend(); ++cost)
            costs << CostEstimate::restored(cost.value(), cost.key(), CostEstimate::Source::Estimated).format(locale);
        lines << tr("%1: %Ln request(s), %2 → %3 tokens, %4", nullptr, t.requests)
                     .arg(it.key().isEmpty() ? tr("unknown model") : it.key(), locale.toString(t.promptTokens),
                          locale.toString(t.completionTokens),
                          costs.isEmpty() ? tr("cost unknown") : costs.join(QStringLiteral(" + ")));
    }
    return lines.join(u'\n');
}

void StatsBar::setConversationStats(const SessionStats &stats)
{
    const QString text = tr("This chat: %1").arg(summary(stats));
    m_conversation->setFullText(text);
    m_conversation->setToolTip(plainToolTip(text + u'\n' + breakdown(stats)));
}

void StatsBar::setSessionStats(const SessionStats &stats)
{
    const QString text = tr("Session: %1").arg(summary(stats));
    m_session->setFullText(text);
    m_session->setToolTip(plainToolTip(text + u'\n' + breakdown(stats)));
}
