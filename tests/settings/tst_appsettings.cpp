#include "settings/AppSettings.h"

#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TstAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsWhenNothingIsSaved();
    void valuesRoundTrip();
    void corruptFileKeepsWhatIsGoodAndDefaultsTheRest();
    void profilesRoundTripAndBrokenOnesAreSkipped();
    void defaultPathIsTheAppsIniFile();
    void unusableManualProxyReadsAsTheSystemsAndIsKept();
    void replyLimitHasARange();
    void oneBadPriceOverrideIsReportedAndTheOthersKept_data();
    void oneBadPriceOverrideIsReportedAndTheOthersKept();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("tally.ini")); }
    QTemporaryDir *m_dir = nullptr;
};

void TstAppSettings::init()
{
    m_dir = new QTemporaryDir;
}

void TstAppSettings::cleanup()
{
    delete m_dir;
}

void TstAppSettings::defaultsWhenNothingIsSaved()
{
    AppSettings settings(path());
    QCOMPARE(settings.value(AppSettings::Temperature), 0.7);
    QCOMPARE(settings.value(AppSettings::MaxTokens), 0);
    QCOMPARE(settings.value(AppSettings::TopP), 1.0);
    QCOMPARE(settings.systemPrompt(), QString());
    QCOMPARE(settings.value(AppSettings::IdleTimeoutSeconds), 120);
    QCOMPARE(settings.value(AppSettings::Retries), 2);
    QCOMPARE(settings.value(AppSettings::RequestsPerMinute), 0);
    QCOMPARE(settings.theme(), AppSettings::Theme::System);
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.profiles().isEmpty());
    QVERIFY(!QFile::exists(path())); // reading writes nothing
}

void TstAppSettings::valuesRoundTrip()
{
    {
        AppSettings settings(path());
        settings.setValue(AppSettings::Temperature, 1.25);
        settings.setValue(AppSettings::MaxTokens, 2048);
        settings.setValue(AppSettings::TopP, 0.9);
        settings.setSystemPrompt(QStringLiteral("ตอบสั้นๆ\nline two"));
        settings.setValue(AppSettings::IdleTimeoutSeconds, 300);
        settings.setValue(AppSettings::Retries, 5);
        settings.setValue(AppSettings::RequestsPerMinute, 60);
        settings.setValue(AppSettings::RequestTimeoutSeconds, 900);
        settings.setProxy({ProxySettings::Mode::Http, QStringLiteral("proxy.example.com"), 3128, QStringLiteral("alice")});
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setValue(AppSettings::Temperature, 9.0); // out of range: clamped, not stored as is
        QVERIFY(settings.sync());
    }
    AppSettings reopened(path());
    QCOMPARE(reopened.value(AppSettings::Temperature), 2.0);
    QCOMPARE(reopened.value(AppSettings::MaxTokens), 2048);
    QCOMPARE(reopened.value(AppSettings::TopP), 0.9);
    QCOMPARE(reopened.systemPrompt(), QStringLiteral("ตอบสั้นๆ\nline two"));
    QCOMPARE(reopened.value(AppSettings::IdleTimeoutSeconds), 300);
    QCOMPARE(reopened.value(AppSettings::Retries), 5);
    QCOMPARE(reopened.value(AppSettings::RequestsPerMinute), 60);
    QCOMPARE(reopened.value(AppSettings::RequestTimeoutSeconds), 900);
    QCOMPARE(reopened.proxy(), (ProxySettings{ProxySettings::Mode::Http, QStringLiteral("proxy.example.com"), 3128, QStringLiteral("alice")}));
    QCOMPARE(reopened.theme(), AppSettings::Theme::Dark);
    QCOMPARE(reopened.language(), QStringLiteral("zh_CN"));
}

void TstAppSettings::corruptFileKeepsWhatIsGoodAndDefaultsTheRest()
{
    // Garbage bytes, wrong types and out-of-range values among good ones.
    static const char corrupt[] = "[chat]\ntemperature=hot\nmaxTokens=4096\ntopP=7\n\x00\xff\xfe\x01 garbage\n"
                                  "systemPrompt=Keep me\n[network]\nidleTimeoutSeconds=-3\nretries=3\n"
                                  "requestsPerMinute=@Variant(\x00\x00\x00\x7f junk)\n\xc3\x28=bad\n"
                                  "[appearance]\ntheme=purple\nlanguage=th\n";
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(corrupt, sizeof corrupt - 1);
    file.close();

    AppSettings settings(path());
    QCOMPARE(settings.value(AppSettings::Temperature), 0.7);         // "hot": default
    QCOMPARE(settings.value(AppSettings::MaxTokens), 4096);          // kept
    QCOMPARE(settings.value(AppSettings::TopP), 1.0);                // out of range: default
    QCOMPARE(settings.systemPrompt(), QStringLiteral("Keep me"));
    QCOMPARE(settings.value(AppSettings::IdleTimeoutSeconds), 120);  // negative: default
    QCOMPARE(settings.value(AppSettings::Retries), 3);               // kept
    QCOMPARE(settings.value(AppSettings::RequestsPerMinute), 0);     // broken variant: default
    QCOMPARE(settings.theme(), AppSettings::Theme::System); // unknown choice: default
    QCOMPARE(settings.language(), QStringLiteral("th"));

    // Changing one setting keeps the good ones in the file.
    settings.setValue(AppSettings::Temperature, 0.2);
    QVERIFY(settings.sync());
    AppSettings reopened(path());
    QCOMPARE(reopened.value(AppSettings::Temperature), 0.2);
    QCOMPARE(reopened.value(AppSettings::MaxTokens), 4096);
    QCOMPARE(reopened.systemPrompt(), QStringLiteral("Keep me"));
    QCOMPARE(reopened.value(AppSettings::Retries), 3);
    QCOMPARE(reopened.language(), QStringLiteral("th"));
}

void TstAppSettings::profilesRoundTripAndBrokenOnesAreSkipped()
{
    ProviderProfile local = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("ollama")), QStringLiteral("home"));
    local.extraHeaders = {{"X-Team", "blue"}, {"HTTP-Referer", "https://tally.org"}};
    local.http2 = false;
    local.allowKeyOverHttp = true;
    local.contextWindow = 8192;
    ProviderProfile gateway = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")),
                                                          QStringLiteral("work"));
    {
        AppSettings settings(path());
        settings.setProfiles({local, gateway});
        settings.setDefaultProfileName(QStringLiteral("work"));
        QVERIFY(settings.sync());
    }
    {
        AppSettings settings(path());
        QCOMPARE(settings.profiles(), (QList<ProviderProfile>{local, gateway}));
        QCOMPARE(settings.defaultProfileName(), QStringLiteral("work"));
    }
    // Break the first profile's URL by hand: it is skipped, the second survives.
    {
        QSettings raw(path(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/list/1/baseUrl"), QStringLiteral("ftp://nope"));
    }
    AppSettings settings(path());
    QCOMPARE(settings.profiles(), QList<ProviderProfile>{gateway});
}

void TstAppSettings::defaultPathIsTheAppsIniFile()
{
    QCoreApplication::setApplicationName(QStringLiteral("Tally"));
    AppSettings settings;
    QVERIFY(settings.path().endsWith(QStringLiteral("/Tally/tally.ini")));
}

void TstAppSettings::unusableManualProxyReadsAsTheSystemsAndIsKept()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[network]\nproxyMode=socks5\nproxyHost=proxy.example.com\nproxyPort=99999\nrequestTimeoutSeconds=1\n");
    }
    AppSettings settings(path());
    QCOMPARE(settings.proxy().mode, ProxySettings::Mode::System); // never silently direct
    QCOMPARE(settings.proxy().host, QStringLiteral("proxy.example.com"));
    QCOMPARE(settings.value(AppSettings::RequestTimeoutSeconds), 1800);
    QVERIFY(settings.sync());
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("proxyPort=99999")); // the user's entry is not rewritten
}

void TstAppSettings::replyLimitHasARange()
{
    AppSettings settings(path());
    QCOMPARE(settings.value(AppSettings::ReplyLimitMegabytes), 8);
    QCOMPARE(settings.replyLimitBytes(), qint64(8 * 1024 * 1024));
    settings.setValue(AppSettings::ReplyLimitMegabytes, 64);
    QCOMPARE(settings.value(AppSettings::ReplyLimitMegabytes), 64);
    settings.setValue(AppSettings::ReplyLimitMegabytes, 0); // clamped to the smallest
    QCOMPARE(settings.value(AppSettings::ReplyLimitMegabytes), 1);
    settings.raw().setValue(QStringLiteral("chat/replyLimitMegabytes"), QStringLiteral("100000"));
    QCOMPARE(settings.value(AppSettings::ReplyLimitMegabytes), 8); // out of range in the file: the default
}

// Issue 13, row 10: tally.ini is edited by hand (or by another tool) and one price override is
// wrong. That row is left out and reported, naming it and the field; every other row is kept.
void TstAppSettings::oneBadPriceOverrideIsReportedAndTheOthersKept_data()
{
    QTest::addColumn<QByteArray>("badRow");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("a negative price")
        << QByteArray(R"({"provider":"openai","model":"gpt-bad","input":-1,"output":8,"currency":"USD"})")
        << QStringLiteral("input");
    QTest::newRow("no currency") << QByteArray(R"({"provider":"openai","model":"gpt-bad","input":1,"output":8})")
                                 << QStringLiteral("currency");
    QTest::newRow("not JSON any more") << QByteArray(R"({"provider":"openai","model":"gpt-bad","input":1,"output":})")
                                       << QStringLiteral("not valid JSON");
    QTest::newRow("a number, not a row") << QByteArray("42") << QStringLiteral("not an object");
}

void TstAppSettings::oneBadPriceOverrideIsReportedAndTheOthersKept()
{
    QFETCH(QByteArray, badRow);
    QFETCH(QString, mentions);
    ModelPrice good;
    {
        AppSettings settings(path());
        QList<ModelPrice> rows;
        for (const char *id : {"gpt-one", "gpt-two"}) {
            const std::optional<ModelPrice> price = ModelPrice::fromJson(QJsonObject{
                {QStringLiteral("provider"), QStringLiteral("openai")}, {QStringLiteral("model"), QString::fromLatin1(id)},
                {QStringLiteral("input"), 1.5}, {QStringLiteral("output"), 6.0}, {QStringLiteral("currency"), QStringLiteral("USD")}});
            QVERIFY(price);
            rows << *price;
        }
        good = rows.first();
        settings.setPriceOverrides(rows);
        QVERIFY(settings.sync());
    }
    // The hand edit: the bad row goes in between the two good ones, as the file holds them.
    QSettings raw(path(), QSettings::IniFormat);
    QString json = raw.value(QStringLiteral("prices/overrides")).toString();
    const qsizetype between = json.indexOf(QStringLiteral("},{")) + 1;
    QVERIFY(between > 0);
    json.insert(between, u',' + QString::fromUtf8(badRow));
    raw.setValue(QStringLiteral("prices/overrides"), json);
    raw.sync();

    AppSettings settings(path());
    QStringList problems;
    const QList<ModelPrice> kept = settings.priceOverrides(&problems);
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(0).model(), QStringLiteral("gpt-one"));
    QCOMPARE(kept.at(1).model(), QStringLiteral("gpt-two"));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("2")) && problems.first().contains(mentions),
             qPrintable(problems.first()));
    // The table the app and tally-cli price with has both good rows, and says what it left out.
    QStringList tableProblems;
    const PriceTable table = settings.priceTable(&tableProblems);
    QCOMPARE(tableProblems, problems);
    QCOMPARE(table.overrides().size(), 2);
}

QTEST_GUILESS_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
