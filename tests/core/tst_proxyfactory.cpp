// The proxy rules: local servers always direct, the manual proxy with its keychain password,
// none, and the system's settings; and requests from the app's network really take that path.
#include "api/ConnectionProbe.h"
#include "api/ModelListRequest.h"
#include "api/ProviderClient.h"
#include "api/ProxyFactory.h"
#include "app/AppContext.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"

#include "TestServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TstProxyFactory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localServersAreAlwaysReachedDirectly_data();
    void localServersAreAlwaysReachedDirectly();
    void manualProxiesCarryTheirLogin();
    void noProxyMeansDirect();
    void systemModeAlwaysAnswers();
    void appRequestsGoThroughTheProxyWithItsPassword();
};

void TstProxyFactory::localServersAreAlwaysReachedDirectly_data()
{
    QTest::addColumn<QString>("host");
    for (const char *host : {"localhost", "LOCALHOST", "127.0.0.1", "127.3.4.5", "::1", "ollama.localhost"})
        QTest::newRow(host) << QString::fromLatin1(host);
}

void TstProxyFactory::localServersAreAlwaysReachedDirectly()
{
    QFETCH(QString, host);
    for (const auto mode : {ProxySettings::Mode::System, ProxySettings::Mode::None, ProxySettings::Mode::Http,
                            ProxySettings::Mode::Socks5}) {
        ProxyFactory factory({mode, QStringLiteral("proxy.example.com"), 3128, {}}, {});
        const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("http://%1:11434/v1").arg(
            host.contains(u':') ? u'[' + host + u']' : host))));
        QCOMPARE(proxies.size(), 1);
        QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
    }
}

void TstProxyFactory::manualProxiesCarryTheirLogin()
{
    const QNetworkProxyQuery query(QUrl(QStringLiteral("https://api.holysheep.ai/v1")));
    ProxyFactory http({ProxySettings::Mode::Http, QStringLiteral("proxy.example.com"), 3128, QStringLiteral("alice")},
                      QStringLiteral("s3cret"));
    const QNetworkProxy proxy = http.queryProxy(query).first();
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("proxy.example.com"));
    QCOMPARE(proxy.port(), quint16(3128));
    QCOMPARE(proxy.user(), QStringLiteral("alice"));
    QCOMPARE(proxy.password(), QStringLiteral("s3cret"));
    ProxyFactory socks({ProxySettings::Mode::Socks5, QStringLiteral("10.0.0.1"), 1080, {}}, {});
    QCOMPARE(socks.queryProxy(query).first().type(), QNetworkProxy::Socks5Proxy);
}

void TstProxyFactory::noProxyMeansDirect()
{
    ProxyFactory none({ProxySettings::Mode::None, {}, 0, {}}, {});
    QCOMPARE(none.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.openai.com/v1")))).first().type(),
             QNetworkProxy::NoProxy);
}

void TstProxyFactory::systemModeAlwaysAnswers()
{
    // Whatever the machine's settings are, QNetworkAccessManager needs at least one entry.
    ProxyFactory system({}, {});
    QVERIFY(!system.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://api.openai.com/v1")))).isEmpty());
}

void TstProxyFactory::appRequestsGoThroughTheProxyWithItsPassword()
{
    // The test server plays an HTTP proxy that wants a login: 407 first, then the answer.
    TestServer proxy;
    QVERIFY(proxy.start());
    const QByteArray expected = "Basic " + QByteArray("alice:s3cret").toBase64();
    proxy.setHandler("/v1/models", [&](const RecordedRequest &request) {
        if (!request.target.startsWith("http://api.example.test/"))
            return ScriptedResponse::raw(400, "text/plain", "not a proxy request");
        if (request.header("proxy-authorization") != expected) {
            ScriptedResponse challenge = ScriptedResponse::raw(407, "text/plain", "login please");
            challenge.headers.append(qMakePair(QByteArray("Proxy-Authenticate"), QByteArray("Basic realm=\"test\"")));
            return challenge;
        }
        return ScriptedResponse::raw(200, "application/json", R"({"data":[{"id":"via-proxy"}]})");
    });

    QTemporaryDir dir;
    {
        AppSettings settings(dir.filePath(QStringLiteral("tally.ini")));
        settings.setProxy({ProxySettings::Mode::Http, QStringLiteral("127.0.0.1"), proxy.port(), QStringLiteral("alice")});
        settings.sync();
    }
    auto *secrets = new MemorySecretStore;
    bool written = false;
    secrets->writeSecret(ProxySettings::passwordAccount(), QStringLiteral("s3cret"), this,
                         [&](const SecretResult &) { written = true; });
    QTRY_VERIFY(written);
    AppContext context({dir.filePath(QStringLiteral("tally.ini")), dir.filePath(QStringLiteral("tally.db"))}, secrets);
    context.applyProxySettings();
    const QUrl remote(QStringLiteral("http://api.example.test/v1"));
    QTRY_COMPARE(ConnectionProbe::proxyFor(context.network(), remote).password(), QStringLiteral("s3cret"));

    ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("openai")), QStringLiteral("p"));
    profile.baseUrl = remote;
    ModelListRequest *request = context.client().createModelList(profile, QString(), this);
    QSignalSpy finished(request, &ModelListRequest::listFinished);
    request->start();
    QVERIFY(finished.wait(10'000));
    const auto models = finished.first().at(0).value<QList<ModelInfo>>();
    QVERIFY2(!finished.first().at(1).value<ApiError>().isError(), qPrintable(finished.first().at(1).value<ApiError>().fullMessage()));
    QCOMPARE(models.size(), 1);
    QCOMPARE(models.first().id, QStringLiteral("via-proxy"));
    QCOMPARE(proxy.requests().last().header("proxy-authorization"), expected);
    QCOMPARE(proxy.requests().last().target, QByteArray("http://api.example.test/v1/models")); // proxy form

    // A server on this computer is not sent through the proxy: it sees an ordinary request.
    TestServer local;
    QVERIFY(local.start());
    profile.baseUrl = local.baseUrl();
    ModelListRequest *direct = context.client().createModelList(profile, QString(), this);
    QSignalSpy directFinished(direct, &ModelListRequest::listFinished);
    direct->start();
    QVERIFY(directFinished.wait(10'000));
    QCOMPARE(local.requests().last().target, QByteArray("/v1/models"));
    QCOMPARE(local.requests().last().header("proxy-authorization"), QByteArray());
}

QTEST_GUILESS_MAIN(TstProxyFactory)
#include "tst_proxyfactory.moc"
