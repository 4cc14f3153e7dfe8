#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ConnectionProbe;
class QNetworkAccessManager;
class QPushButton;
struct ConnectionReport;
struct ProviderProfile;

// Test connection, as Settings › Providers and the welcome panel run it: one probe at a time (a
// new test cancels one still running), the button disabled until the report comes, and the
// report handed on unless the test was cancelled. Belongs to the widget that shows the button.
class ConnectionTest final : public QObject
{
public:
    using Report = std::function<void(const ConnectionReport &report)>;

    ConnectionTest(QNetworkAccessManager *network, QPushButton *button, Report report, QObject *parent);

    // A test is on its way: the one still running is cancelled and the button disabled (while
    // the key may still be looked up).
    void begin();
    void start(const ProviderProfile &profile, const QString &key);
    void cancel();

private:
    QNetworkAccessManager *m_network = nullptr;
    QPushButton *m_button = nullptr;
    Report m_report;
    QPointer<ConnectionProbe> m_probe;
};
