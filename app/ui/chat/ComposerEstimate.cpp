#include "chat/ComposerEstimate.h"

#include "app/AppContext.h"
#include "app/SingleShotTimer.h"
#include "chat/Composer.h"
#include "chat/SendSettingsResolver.h"
#include "domain/TokenEstimator.h"
#include "settings/AppSettings.h"

#include <QTimer>

ComposerEstimate::ComposerEstimate(AppContext &context, Composer *composer, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_composer(composer)
    , m_delay(singleShotTimer(100, this, &ComposerEstimate::update))
{
    connect(m_composer, &Composer::draftChanged, m_delay, qOverload<>(&QTimer::start));
}

void ComposerEstimate::setContext(const QList<ChatMessage> &context, const ProviderProfile &profile,
                                  const QString &model)
{
    QList<QPair<QString, QString>> history;
    history.reserve(context.size());
    for (const ChatMessage &message : context)
        history.append({message.role, message.content});
    m_historyTokens = TokenEstimator::estimateMessages(history);
    m_profile = profile;
    m_model = model;
    update();
}

void ComposerEstimate::update()
{
    const QString draft = m_composer->text();
    if (draft.trimmed().isEmpty()) {
        m_composer->setEstimate(QString(), false);
        return;
    }
    const qint64 prompt = m_historyTokens + TokenEstimator::estimateMessages({{QStringLiteral("user"), draft}})
        - (m_historyTokens > 0 ? TokenEstimator::kReplyPrimingTokens : 0);
    const std::optional<ModelPrice> price = m_context.prices().findForPreset(m_profile.preset, m_model);
    TokenUsage usage;
    usage.promptTokens = prompt;
    const CostEstimate cost = price ? price->costOf(usage) : CostEstimate::unknown();
    const QLocale locale;
    QString text = tr("≈ %1 prompt tokens").arg(locale.toString(prompt));
    text += QStringLiteral(" · ") + (cost.isKnown() ? tr("≈ %1 before the reply").arg(cost.format(locale))
                                                    : tr("price unknown for %1").arg(m_model));
    // The same window the send trims to (SendSettingsResolver), so the warning and the send agree.
    const std::optional<qint64> window = SendSettingsResolver::contextWindow(m_context.prices(), m_profile, m_model);
    const bool warning = window && prompt + m_context.settings().value(AppSettings::MaxTokens) > *window;
    if (warning) {
        text += QStringLiteral(" · ") + tr("does not fit the %1-token context window: older turns will be left out")
                                          .arg(locale.toString(*window));
    }
    m_composer->setEstimate(text, warning);
}
