#include "api/ChatRequest.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include <QTemporaryDir>
#include <QTest>

class TstProfileList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPresetIsComplete();
    void startsWithTheDefaultGateway();
    void addsRemovesAndPicksTheDefault();
    void rejectsBadNamesUrlsAndDuplicates_data();
    void rejectsBadNamesUrlsAndDuplicates();
    void savesAndLoads();
    void appliesItsRulesToARequest();
};

void TstProfileList::everyPresetIsComplete()
{
    const QStringList expected{QStringLiteral("holysheep"), QStringLiteral("openai"), QStringLiteral("deepseek"),
                               QStringLiteral("stepfun"), QStringLiteral("gemini"), QStringLiteral("anthropic"),
                               QStringLiteral("openrouter"), QStringLiteral("ollama"), QStringLiteral("lmstudio"),
                               QStringLiteral("llamacpp"), QStringLiteral("custom")};
    QStringList ids;
    for (const ProviderPreset &preset : ProviderPreset::all()) {
        ids << preset.id;
        QVERIFY(!preset.name.isEmpty());
        if (preset.id != u"custom") {
            QVERIFY2(preset.baseUrl.isValid() && !preset.baseUrl.host().isEmpty(), qPrintable(preset.id));
            QCOMPARE(preset.needsKey, preset.baseUrl.scheme() == u"https");
            QCOMPARE(!preset.keyVariable.isEmpty(), preset.needsKey);
        }
    }
    QCOMPARE(ids, expected);
    const ProviderPreset holysheep = *ProviderPreset::find(QStringLiteral("HolySheep"));
    QCOMPARE(holysheep.baseUrl, QUrl(QStringLiteral("https://api.holysheep.ai/v1")));
    QCOMPARE(holysheep.defaultModel, QStringLiteral("stepfun-v3"));
    QCOMPARE(holysheep.keyVariable, QStringLiteral("HOLYSHEEP_API_KEY"));
    QCOMPARE(holysheep.keyUrl, QUrl(QStringLiteral("https://www.holysheep.ai/register")));
    QCOMPARE(holysheep.contextWindow, std::optional<qint64>(128000));
    QCOMPARE(ProviderPreset::all().first().id, ProviderPreset::defaultId());
}

void TstProfileList::startsWithTheDefaultGateway()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("tally.ini")));
    const ProfileList list = ProfileList::load(settings);
    QCOMPARE(list.profiles().size(), 1);
    const ProviderProfile profile = list.defaultProfile();
    QCOMPARE(profile.name, QStringLiteral("holysheep"));
    QCOMPARE(profile.preset, QStringLiteral("holysheep"));
    QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("https://api.holysheep.ai/v1")));
    // The same keychain entry every time, even though the built-in profile is never saved.
    QCOMPARE(ProfileList::load(settings).defaultProfile().secretAccount(), profile.secretAccount());
    QVERIFY(profile.secretAccount().startsWith(QStringLiteral(TALLY_APP_ID "/profile/")));
}

void TstProfileList::addsRemovesAndPicksTheDefault()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("tally.ini")));
    ProfileList list = ProfileList::load(settings);
    QString error;
    QVERIFY(list.add(ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("ollama")), QStringLiteral("local")), &error));
    QVERIFY(list.setDefault(QStringLiteral("LOCAL"), &error)); // names are case-insensitive
    QCOMPARE(list.defaultName(), QStringLiteral("local"));

    ProviderProfile renamed = *list.find(QStringLiteral("local"));
    renamed.name = QStringLiteral("desk");
    QVERIFY(list.update(renamed, &error));
    QCOMPARE(list.defaultName(), QStringLiteral("desk")); // the default follows a rename
    QVERIFY(!list.find(QStringLiteral("local")));

    QVERIFY(list.remove(QStringLiteral("desk"), &error));
    QCOMPARE(list.defaultName(), QStringLiteral("holysheep"));
    QVERIFY(!list.remove(QStringLiteral("holysheep"), &error)); // never zero profiles
    QVERIFY(error.contains(QStringLiteral("only profile")));
    QVERIFY(!list.remove(QStringLiteral("ghost"), &error));
    QVERIFY(!list.setDefault(QStringLiteral("ghost"), &error));
}

void TstProfileList::rejectsBadNamesUrlsAndDuplicates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("space") << QStringLiteral("my profile") << QStringLiteral("https://x.example/v1") << QStringLiteral("not a usable");
    QTest::newRow("empty") << QString() << QStringLiteral("https://x.example/v1") << QStringLiteral("not a usable");
    QTest::newRow("duplicate") << QStringLiteral("HolySheep") << QStringLiteral("https://x.example/v1") << QStringLiteral("already exists");
    QTest::newRow("ftp url") << QStringLiteral("ok") << QStringLiteral("ftp://x.example") << QStringLiteral("http://");
    QTest::newRow("no host") << QStringLiteral("ok") << QStringLiteral("https://") << QStringLiteral("http://");
}

void TstProfileList::rejectsBadNamesUrlsAndDuplicates()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, message);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("tally.ini")));
    ProfileList list = ProfileList::load(settings);
    ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("custom")), name);
    profile.baseUrl = QUrl(url);
    QString error;
    QVERIFY(!list.add(profile, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(list.profiles().size(), 1);
}

void TstProfileList::savesAndLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tally.ini"));
    QString error;
    {
        AppSettings settings(path);
        ProfileList list = ProfileList::load(settings);
        QVERIFY(list.add(ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("deepseek")), QStringLiteral("ds")), &error));
        QVERIFY(list.setDefault(QStringLiteral("ds"), &error));
        list.save(settings);
        QVERIFY(settings.sync());
    }
    AppSettings settings(path);
    const ProfileList list = ProfileList::load(settings);
    QCOMPARE(list.profiles().size(), 2);
    QCOMPARE(list.defaultProfile().name, QStringLiteral("ds"));
    QCOMPARE(list.find(QStringLiteral("holysheep"))->id, QStringLiteral("holysheep"));
}

void TstProfileList::appliesItsRulesToARequest()
{
    ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("lmstudio")), QStringLiteral("lm"));
    profile.defaultModel = QStringLiteral("qwen");
    profile.extraHeaders = {{"X-A", "1"}};
    profile.http2 = false;
    ChatRequest request;
    request.applyProfile(profile);
    QCOMPARE(request.baseUrl, QUrl(QStringLiteral("http://localhost:1234/v1")));
    QCOMPARE(request.model, QStringLiteral("qwen"));
    QCOMPARE(request.provider, QStringLiteral("lmstudio"));
    QVERIFY(!request.keyRequired);
    QVERIFY(!request.http2Allowed);
    QCOMPARE(request.extraHeaders.size(), 1);
    ChatRequest chosen;
    chosen.model = QStringLiteral("picked");
    chosen.applyProfile(profile);
    QCOMPARE(chosen.model, QStringLiteral("picked")); // a model chosen for the request wins
}

QTEST_GUILESS_MAIN(TstProfileList)
#include "tst_profilelist.moc"
