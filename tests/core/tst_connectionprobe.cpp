// "Test connection" against the local test server: every stage is timed on success, and a 401,
// a refused port, a proxy and a server that never answers each end at the right stage with the
// provider's or the system's words.
#include "api/ConnectionProbe.h"

#include "TestServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TstConnectionProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void timesEveryStageOnSuccess();
    void firstByteWaitsForTheServer();
    void reportsA401WithTheProvidersMessage();
    void reportsARefusedPort();
    void goesThroughTheConfiguredProxy();
    void givesUpOnAServerThatNeverAnswers();
    void refusesToSendAKeyOverPlainHttpToAnotherHost();
    void followsNoRedirectToAnotherOrigin();
    void anEndlessAnswerDoesNotHoldTheProbe();

private:
    ConnectionReport probe(const ProviderProfile &profile, const QString &key = QStringLiteral("sk-probe"),
                           int timeoutMs = 10'000);
    ProviderProfile profileFor(const QUrl &base) const;
    static quint16 closedPort();

    TestServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void TstConnectionProbe::init()
{
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TstConnectionProbe::cleanup()
{
    delete m_network;
    delete m_server;
}

ProviderProfile TstConnectionProbe::profileFor(const QUrl &base) const
{
    ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")),
                                                          QStringLiteral("probe"));
    profile.baseUrl = base;
    return profile;
}

quint16 TstConnectionProbe::closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

ConnectionReport TstConnectionProbe::probe(const ProviderProfile &profile, const QString &key, int timeoutMs)
{
    ConnectionProbe probe(m_network, profile, key, timeoutMs);
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.start();
    if (!finished.wait(timeoutMs + 5'000))
        return {};
    return finished.first().at(0).value<ConnectionReport>();
}

void TstConnectionProbe::timesEveryStageOnSuccess()
{
    const ConnectionReport report = probe(profileFor(m_server->baseUrl()));
    QVERIFY2(report.ok(), qPrintable(report.error.fullMessage()));
    QCOMPARE(report.httpStatus, 200);
    QCOMPARE(report.failedAt, ConnectionReport::Stage::Done);
    QCOMPARE(report.url, QUrl(m_server->baseUrl().toString() + QStringLiteral("/models")));
    QCOMPARE(report.address, QStringLiteral("127.0.0.1"));
    QVERIFY(report.proxy.contains(QLatin1String("none")));
    QVERIFY(report.dnsMs && report.connectMs && report.firstByteMs && report.totalMs);
    QVERIFY(!report.tlsMs); // plain http has no handshake to time
    QVERIFY(*report.totalMs >= *report.firstByteMs);
    // The request went out with the key, like every other request of the profile.
    QCOMPARE(m_server->requests().last().header("authorization"), QByteArray("Bearer sk-probe"));
}

void TstConnectionProbe::firstByteWaitsForTheServer()
{
    ScriptedResponse slow = ScriptedResponse::raw(200, "application/json", R"({"data":[]})");
    slow.headerDelayMs = 400;
    m_server->enqueue("/v1/models", slow);
    const ConnectionReport report = probe(profileFor(m_server->baseUrl()));
    QVERIFY(report.ok());
    // The server's coarse timer may fire up to 5% early; an immediate answer takes ~1 ms.
    QVERIFY2(*report.firstByteMs >= 300, qPrintable(QString::number(*report.firstByteMs)));
}

void TstConnectionProbe::reportsA401WithTheProvidersMessage()
{
    m_server->enqueue("/v1/models", ScriptedResponse::openAiError(401, QStringLiteral("Incorrect API key provided: sk-pr***be."),
                                                                  QStringLiteral("invalid_request_error"),
                                                                  QStringLiteral("invalid_api_key")));
    const ConnectionReport report = probe(profileFor(m_server->baseUrl()));
    QVERIFY(!report.ok());
    QCOMPARE(report.httpStatus, 401);
    QCOMPARE(report.failedAt, ConnectionReport::Stage::Request);
    QCOMPARE(report.error.kind(), ApiError::Kind::Authentication);
    QCOMPARE(report.error.providerMessage(), QStringLiteral("Incorrect API key provided: sk-pr***be."));
    QVERIFY(report.connectMs && report.firstByteMs); // it got that far
}

void TstConnectionProbe::reportsARefusedPort()
{
    QUrl base = m_server->baseUrl();
    base.setPort(closedPort());
    const ConnectionReport report = probe(profileFor(base));
    QCOMPARE(report.failedAt, ConnectionReport::Stage::Connect);
    QCOMPARE(report.error.kind(), ApiError::Kind::Network);
    QCOMPARE(report.httpStatus, 0);
    QVERIFY2(report.rawError.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(report.rawError));
    QVERIFY(report.dnsMs && !report.connectMs && !report.firstByteMs);
}

void TstConnectionProbe::goesThroughTheConfiguredProxy()
{
    const quint16 port = closedPort();
    m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));
    const ProviderProfile profile = profileFor(QUrl(QStringLiteral("https://api.holysheep.ai/v1")));
    QCOMPARE(ConnectionProbe::proxyFor(*m_network, QUrl(QStringLiteral("https://api.holysheep.ai/v1/models"))).port(), port);
    const ConnectionReport report = probe(profile);
    QCOMPARE(report.proxy, QStringLiteral("HTTP proxy 127.0.0.1:%1").arg(port));
    // The proxy resolves the name, so there is no lookup of ours; the proxy itself refused.
    QVERIFY(!report.dnsMs);
    QCOMPARE(report.failedAt, ConnectionReport::Stage::Connect);
    QVERIFY(!report.rawError.isEmpty());
}

void TstConnectionProbe::givesUpOnAServerThatNeverAnswers()
{
    ScriptedResponse silent;
    silent.sendNothing = true;
    m_server->enqueue("/v1/models", silent);
    const ConnectionReport report = probe(profileFor(m_server->baseUrl()), QStringLiteral("sk-probe"), 600);
    QCOMPARE(report.failedAt, ConnectionReport::Stage::Request);
    QCOMPARE(report.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(report.connectMs);
}

void TstConnectionProbe::refusesToSendAKeyOverPlainHttpToAnotherHost()
{
    // TEST-NET-1 is a documentation address: the rule stops the probe before it connects.
    ProviderProfile profile = profileFor(QUrl(QStringLiteral("http://192.0.2.1/v1")));
    const ConnectionReport report = probe(profile, QStringLiteral("sk-secret"));
    QCOMPARE(report.failedAt, ConnectionReport::Stage::Request);
    QCOMPARE(report.error.kind(), ApiError::Kind::Configuration);
    QVERIFY(!report.connectMs && !report.dnsMs);
}

void TstConnectionProbe::followsNoRedirectToAnotherOrigin()
{
    TestServer other;
    QVERIFY(other.start());
    const QUrl elsewhere(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(other.port()));
    m_server->enqueue("/v1/models", ScriptedResponse::raw(302, {}, {}).withHeader("Location", elsewhere.toEncoded()));
    const ConnectionReport report = probe(profileFor(m_server->baseUrl()), QStringLiteral("sk-probe-secret"));
    QCOMPARE(report.failedAt, ConnectionReport::Stage::Request);
    QCOMPARE(report.error.kind(), ApiError::Kind::Configuration);
    QCOMPARE(report.error.redirectTarget(), elsewhere);
    QCOMPARE(report.httpStatus, 302);
    QCOMPARE(other.requestCount(), 0);
}

void TstConnectionProbe::anEndlessAnswerDoesNotHoldTheProbe()
{
    // The probe needs the status, not a model list of gigabytes.
    ScriptedResponse response = ScriptedResponse::raw(200, "application/json", "{\"data\":[");
    response.framing = ScriptedResponse::Framing::Chunked;
    response.parts.append({QByteArray(4096, ' '), 0, ScriptedResponse::kForever});
    m_server->enqueue("/v1/models", response);
    QElapsedTimer clock;
    clock.start();
    const ConnectionReport report = probe(profileFor(m_server->baseUrl()), QStringLiteral("sk-probe"), 8'000);
    QVERIFY2(report.ok(), qPrintable(report.error.fullMessage()));
    QCOMPARE(report.httpStatus, 200);
    QVERIFY2(clock.elapsed() < 6'000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TstConnectionProbe)
#include "tst_connectionprobe.moc"
