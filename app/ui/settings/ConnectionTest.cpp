#include "settings/ConnectionTest.h"

#include "api/ConnectionProbe.h"

#include <QPushButton>

namespace {

constexpr int kTimeoutMs = 15'000;

} // namespace

ConnectionTest::ConnectionTest(QNetworkAccessManager *network, QPushButton *button, Report report, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_button(button)
    , m_report(std::move(report))
{
}

void ConnectionTest::begin()
{
    cancel();
    m_button->setEnabled(false);
}

void ConnectionTest::start(const ProviderProfile &profile, const QString &key)
{
    m_probe = new ConnectionProbe(m_network, profile, key, kTimeoutMs, this);
    connect(m_probe, &ConnectionProbe::finished, this, [this, probe = m_probe](const ConnectionReport &report) {
        probe->deleteLater();
        m_button->setEnabled(true);
        if (report.error.kind() != ApiError::Kind::Cancelled)
            m_report(report);
    });
    m_probe->start();
}

void ConnectionTest::cancel()
{
    if (m_probe)
        m_probe->cancel();
}
