#include "main/StatsBar.h"

#include <QLabel>

StatsBar::StatsBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(QStringLiteral("statsBar"));
    setAccessibleName(tr("Usage statistics"));
    setSizeGripEnabled(true);

    m_session = new QLabel(this);
    m_session->setObjectName(QStringLiteral("sessionStatsLabel"));
    addPermanentWidget(m_session);
    setSessionRequestCount(0);
}

void StatsBar::setSessionRequestCount(int count)
{
    // %L1 formats the number with the UI locale's digits and separators.
    m_session->setText(tr("Requests this session: %L1").arg(count));
}
