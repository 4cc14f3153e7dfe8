// ProfileDraft on its own: the profiles as a model (a row per profile, a column per field), the
// rule for each field, adding a profile that has no address yet, removing, the default kept by
// id through a rename, saving, and the keys that wait in memory until the keychain takes them.
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileDraft.h"
#include "settings/ProfileList.h"

#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

ProviderProfile profileNamed(const QString &presetId, const QString &name)
{
    return ProviderProfile::fromPreset(*ProviderPreset::find(presetId), name);
}

} // namespace

class TstProfileDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withNothingSavedItHoldsTheBuiltInProfile();
    void rowsAndRolesShowTheProfiles();
    void eachFieldHasItsRule_data();
    void eachFieldHasItsRule();
    void setDataStoresTheFieldAndSaysWhatChanged();
    void aProfileIsAddedBeforeItHasAnAddress();
    void namesAreUniqueAndFreshNamesAreFound();
    void removingKeepsOneProfileAndMovesTheDefault();
    void theDefaultFollowsARenameIntoTheSettings();
    void keysWaitForTheKeychain();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<AppSettings> m_settings;
    // The draft over two saved profiles: "local" (Ollama, the default) and "work" (OpenAI).
    void loadTwo(ProfileDraft &draft)
    {
        ProviderProfile local = profileNamed(QStringLiteral("ollama"), QStringLiteral("local"));
        local.extraHeaders = {{"X-Team", "tally"}};
        m_settings->setProfiles({local, profileNamed(QStringLiteral("openai"), QStringLiteral("work"))});
        m_settings->setDefaultProfileName(QStringLiteral("local"));
        draft.load(*m_settings);
    }
};

void TstProfileDraft::init()
{
    m_dir = new QTemporaryDir;
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("tally.ini")));
}

void TstProfileDraft::cleanup()
{
    m_settings.reset();
    delete m_dir;
}

void TstProfileDraft::withNothingSavedItHoldsTheBuiltInProfile()
{
    ProfileDraft draft;
    QSignalSpy reset(&draft, &QAbstractItemModel::modelReset);
    draft.load(*m_settings);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(draft.rowCount(), 1);
    QCOMPARE(draft.columnCount(), int(ProfileDraft::ColumnCount));
    QCOMPARE(draft.profiles().first().preset, ProviderPreset::defaultId());
    QCOMPARE(draft.defaultId(), draft.profiles().first().id);
    QVERIFY(!draft.hasPendingSecrets());
}

void TstProfileDraft::rowsAndRolesShowTheProfiles()
{
    ProfileDraft draft;
    loadTwo(draft);
    QCOMPARE(draft.rowCount(), 2);
    const QModelIndex local = draft.index(0, ProfileDraft::Name);
    const QModelIndex work = draft.index(1, ProfileDraft::Name);
    // The list and the Models page's picker show which one is the default; the field edits the name.
    QCOMPARE(local.data(Qt::DisplayRole).toString(), QStringLiteral("local (default)"));
    QCOMPARE(local.data(Qt::EditRole).toString(), QStringLiteral("local"));
    QCOMPARE(work.data(Qt::DisplayRole).toString(), QStringLiteral("work"));
    QVERIFY(local.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!work.data(Qt::FontRole).isValid());
    QCOMPARE(work.data(ProfileDraft::IdRole).toString(), draft.profiles().at(1).id);
    QCOMPARE(draft.index(1, ProfileDraft::BaseUrl).data(ProfileDraft::IdRole).toString(), draft.profiles().at(1).id);
    QCOMPARE(draft.index(1, ProfileDraft::Provider).data().toString(), ProviderPreset::find(QStringLiteral("openai"))->name);
    QCOMPARE(draft.index(0, ProfileDraft::Headers).data(Qt::EditRole).toString(), QStringLiteral("X-Team: tally"));
    QCOMPARE(draft.index(1, ProfileDraft::Http2).data(Qt::EditRole).toBool(), true);
    QCOMPARE(draft.index(1, ProfileDraft::BaseUrl).data(Qt::EditRole).toString(),
             ProviderPreset::find(QStringLiteral("openai"))->baseUrl.toString());
    // A window that is not known reads as 0, the spin box's "Unknown".
    QCOMPARE(draft.index(0, ProfileDraft::ContextWindow).data(Qt::EditRole).toLongLong(), qint64(0));
    // The provider comes from the preset and is not edited here.
    QVERIFY(!(draft.flags(draft.index(1, ProfileDraft::Provider)) & Qt::ItemIsEditable));
    QVERIFY(!draft.setData(draft.index(1, ProfileDraft::Provider), QStringLiteral("Other")));
    QVERIFY(draft.flags(draft.index(1, ProfileDraft::BaseUrl)) & Qt::ItemIsEditable);
    QVERIFY(!draft.index(2, ProfileDraft::Name).isValid());
}

void TstProfileDraft::eachFieldHasItsRule_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // a part of the sentence, or empty when the value is fine
    QTest::newRow("name fine") << int(ProfileDraft::Name) << QStringLiteral(" my-gateway_2 ") << QString();
    QTest::newRow("name with a space") << int(ProfileDraft::Name) << QStringLiteral("my gateway") << QStringLiteral("tally-cli --profile");
    QTest::newRow("name empty") << int(ProfileDraft::Name) << QString() << QStringLiteral("tally-cli --profile");
    QTest::newRow("name taken, other case") << int(ProfileDraft::Name) << QStringLiteral("WORK") << QStringLiteral("already exists");
    QTest::newRow("own name") << int(ProfileDraft::Name) << QStringLiteral("local") << QString();
    QTest::newRow("url https") << int(ProfileDraft::BaseUrl) << QStringLiteral("https://api.holysheep.ai/v1") << QString();
    QTest::newRow("url http with port") << int(ProfileDraft::BaseUrl) << QStringLiteral(" http://127.0.0.1:8080/v1 ") << QString();
    QTest::newRow("url empty") << int(ProfileDraft::BaseUrl) << QString() << QStringLiteral("base URL");
    QTest::newRow("url ftp") << int(ProfileDraft::BaseUrl) << QStringLiteral("ftp://example.com/v1") << QStringLiteral("http:// or https://");
    QTest::newRow("url without host") << int(ProfileDraft::BaseUrl) << QStringLiteral("https:///v1") << QStringLiteral("http:// or https://");
    QTest::newRow("url with a query") << int(ProfileDraft::BaseUrl) << QStringLiteral("https://h.example/v1?key=1") << QStringLiteral("without a query");
    QTest::newRow("variable fine") << int(ProfileDraft::KeyVariable) << QStringLiteral("MY_KEY_2") << QString();
    QTest::newRow("variable none") << int(ProfileDraft::KeyVariable) << QString() << QString();
    QTest::newRow("variable with a dash") << int(ProfileDraft::KeyVariable) << QStringLiteral("MY-KEY") << QStringLiteral("environment variable");
    QTest::newRow("variable starting with a digit") << int(ProfileDraft::KeyVariable) << QStringLiteral("1KEY") << QStringLiteral("environment variable");
    QTest::newRow("headers fine") << int(ProfileDraft::Headers) << QStringLiteral("X-A: 1\n\nHTTP-Referer: https://x.example") << QString();
    QTest::newRow("header without a colon") << int(ProfileDraft::Headers) << QStringLiteral("X-A: 1\nnot a header") << QStringLiteral("\"not a header\" is not a header");
    QTest::newRow("header name with a space") << int(ProfileDraft::Headers) << QStringLiteral("X A: 1") << QStringLiteral("\"X A: 1\"");
}

void TstProfileDraft::eachFieldHasItsRule()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    ProfileDraft draft;
    loadTwo(draft);
    const QString said = draft.problem(0, column, value);
    if (problem.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
    else
        QVERIFY2(said.contains(problem), qPrintable(said));
    // setData() keeps the same rule: what problem() refuses is not stored.
    const QVariant before = draft.index(0, column).data(Qt::EditRole);
    QCOMPARE(draft.setData(draft.index(0, column), value), problem.isEmpty());
    if (!problem.isEmpty())
        QCOMPARE(draft.index(0, column).data(Qt::EditRole), before);
}

void TstProfileDraft::setDataStoresTheFieldAndSaysWhatChanged()
{
    ProfileDraft draft;
    loadTwo(draft);
    QSignalSpy changed(&draft, &QAbstractItemModel::dataChanged);
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::BaseUrl), QStringLiteral(" http://127.0.0.1:9/v1 ")));
    QCOMPARE(draft.profiles().at(1).baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), draft.index(1, ProfileDraft::BaseUrl));
    QCOMPARE(changed.first().at(1).toModelIndex(), draft.index(1, ProfileDraft::BaseUrl));
    // The same value again changes nothing, so the other page's fields are not refilled.
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::BaseUrl), QStringLiteral("http://127.0.0.1:9/v1")));
    QCOMPARE(changed.size(), 1);

    QVERIFY(draft.setData(draft.index(1, ProfileDraft::Headers), QStringLiteral("X-A: 1\n  X-B :  two  ")));
    const QList<QPair<QByteArray, QByteArray>> headers{{"X-A", "1"}, {"X-B", "two"}};
    QCOMPARE(draft.profiles().at(1).extraHeaders, headers);
    QCOMPARE(draft.index(1, ProfileDraft::Headers).data(Qt::EditRole).toString(), QStringLiteral("X-A: 1\nX-B: two"));
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::Http2), false));
    QVERIFY(!draft.profiles().at(1).http2);
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::AllowKeyOverHttp), true));
    QVERIFY(draft.profiles().at(1).allowKeyOverHttp);
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::DefaultModel), QStringLiteral(" gpt-x ")));
    QCOMPARE(draft.profiles().at(1).defaultModel, QStringLiteral("gpt-x"));
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::ContextWindow), 32768));
    QCOMPARE(draft.profiles().at(1).contextWindow, std::optional<qint64>(32768));
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::ContextWindow), 0)); // back to unknown
    QVERIFY(!draft.profiles().at(1).contextWindow.has_value());
    QVERIFY(!draft.setData(draft.index(1, ProfileDraft::ContextWindow), -5));
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::KeyVariable), QStringLiteral("WORK_KEY")));
    QCOMPARE(draft.profiles().at(1).keyVariable, QStringLiteral("WORK_KEY"));
    // Only the edit role: a view must not rename a profile through its display text.
    QVERIFY(!draft.setData(draft.index(1, ProfileDraft::Name), QStringLiteral("other"), Qt::DisplayRole));
    QCOMPARE(draft.profiles().at(1).name, QStringLiteral("work"));
}

void TstProfileDraft::aProfileIsAddedBeforeItHasAnAddress()
{
    // Add › Custom: the one thing a custom server has that no preset knows is its address, so the
    // profile must exist before the user can type it.
    ProfileDraft draft;
    loadTwo(draft);
    const ProviderProfile custom = profileNamed(QStringLiteral("custom"), draft.unusedName(QStringLiteral("custom")));
    QVERIFY(custom.baseUrl.isEmpty());
    QSignalSpy inserted(&draft, &QAbstractItemModel::rowsInserted);
    QString error;
    QVERIFY2(draft.add(custom, &error), qPrintable(error));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(draft.rowCount(), 3);
    QCOMPARE(draft.rowOf(custom.id), 2);
    QCOMPARE(draft.index(2, ProfileDraft::Name).data().toString(), QStringLiteral("custom"));
    // Until it has one, the address is what the draft says is missing.
    QVERIFY(draft.problem(2, ProfileDraft::BaseUrl, draft.index(2, ProfileDraft::BaseUrl).data(Qt::EditRole))
                .contains(QLatin1String("base URL")));
    QVERIFY(draft.setData(draft.index(2, ProfileDraft::BaseUrl), QStringLiteral("http://localhost:8000/v1")));
    QCOMPARE(draft.byId(custom.id)->baseUrl, QUrl(QStringLiteral("http://localhost:8000/v1")));
    // A name is checked as it is added.
    QVERIFY(!draft.add(profileNamed(QStringLiteral("custom"), QStringLiteral("bad name")), &error));
    QVERIFY(error.contains(QLatin1String("tally-cli --profile")));
    QCOMPARE(draft.rowCount(), 3);
}

void TstProfileDraft::namesAreUniqueAndFreshNamesAreFound()
{
    ProfileDraft draft;
    loadTwo(draft);
    QCOMPARE(draft.unusedName(QStringLiteral("custom")), QStringLiteral("custom"));
    QCOMPARE(draft.unusedName(QStringLiteral("Work")), QStringLiteral("Work-2")); // names match without case
    QString error;
    QVERIFY(draft.add(profileNamed(QStringLiteral("custom"), QStringLiteral("custom")), &error));
    QCOMPARE(draft.unusedName(QStringLiteral("custom")), QStringLiteral("custom-2"));
    QVERIFY(draft.add(profileNamed(QStringLiteral("custom"), QStringLiteral("custom-2")), &error));
    QCOMPARE(draft.unusedName(QStringLiteral("custom")), QStringLiteral("custom-3"));
    QVERIFY(!draft.add(profileNamed(QStringLiteral("openai"), QStringLiteral("LOCAL")), &error));
    QVERIFY(error.contains(QLatin1String("already exists")));
    // Renaming onto another profile's name is refused; onto its own, in another case, is fine.
    QVERIFY(!draft.setData(draft.index(1, ProfileDraft::Name), QStringLiteral("custom")));
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::Name), QStringLiteral("WORK")));
    QCOMPARE(draft.profiles().at(1).name, QStringLiteral("WORK"));
}

void TstProfileDraft::removingKeepsOneProfileAndMovesTheDefault()
{
    ProfileDraft draft;
    loadTwo(draft);
    const ProviderProfile local = draft.profiles().at(0);
    draft.setPendingKey(local.id, QStringLiteral("sk-typed"));
    QSignalSpy removed(&draft, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&draft, &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(draft.remove(local.id, &error));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(draft.rowCount(), 1);
    // The default was removed: the remaining profile is the default now, and its row says so.
    QCOMPARE(draft.defaultId(), draft.profiles().first().id);
    QCOMPARE(draft.index(0, ProfileDraft::Name).data().toString(), QStringLiteral("work (default)"));
    QVERIFY(!changed.isEmpty());
    // Its typed key is dropped, and its stored key will be deleted on Apply.
    QVERIFY(draft.pendingKey(local.id).isEmpty());
    QVERIFY(draft.willForgetKey(local.id));
    QVERIFY(draft.hasPendingSecrets());
    QVERIFY(!draft.remove(draft.profiles().first().id, &error));
    QVERIFY(error.contains(QLatin1String("only profile")));
    QVERIFY(!draft.remove(QStringLiteral("no-such-id"), &error));
    QCOMPARE(draft.rowCount(), 1);
}

void TstProfileDraft::theDefaultFollowsARenameIntoTheSettings()
{
    ProfileDraft draft;
    loadTwo(draft);
    const QString workId = draft.profiles().at(1).id;
    QSignalSpy changed(&draft, &QAbstractItemModel::dataChanged);
    draft.setDefault(workId);
    QCOMPARE(draft.defaultId(), workId);
    QCOMPARE(changed.size(), 2); // the old default's row and the new one's
    QVERIFY(draft.setData(draft.index(1, ProfileDraft::Name), QStringLiteral("office")));
    QVERIFY(draft.setData(draft.index(0, ProfileDraft::BaseUrl), QStringLiteral("http://127.0.0.1:11434/v1")));
    draft.save(*m_settings);
    const ProfileList saved = ProfileList::load(*m_settings);
    QCOMPARE(saved.profiles().size(), 2);
    QCOMPARE(saved.defaultName(), QStringLiteral("office"));
    QCOMPARE(saved.find(QStringLiteral("office"))->id, workId); // same id, so the same keychain entry
    QCOMPARE(saved.find(QStringLiteral("local"))->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:11434/v1")));
    QCOMPARE(saved.find(QStringLiteral("local"))->extraHeaders.size(), 1);

    // Loading again drops what was not saved.
    QVERIFY(draft.setData(draft.index(0, ProfileDraft::Name), QStringLiteral("changed")));
    draft.load(*m_settings);
    QCOMPARE(draft.profiles().at(0).name, QStringLiteral("local"));
}

void TstProfileDraft::keysWaitForTheKeychain()
{
    ProfileDraft draft;
    loadTwo(draft);
    MemorySecretStore store;
    const ProviderProfile local = draft.profiles().at(0);
    const ProviderProfile work = draft.profiles().at(1);
    const auto read = [&](const QString &account) {
        std::optional<SecretResult> answer;
        store.readSecret(account, this, [&](const SecretResult &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }))
            qWarning("the secret store did not answer");
        return answer.value_or(SecretResult{});
    };
    // Nothing pending: done still runs, once, later.
    int calls = 0;
    draft.storeSecrets(store, [&](const QStringList &errors) {
        QVERIFY(errors.isEmpty());
        ++calls;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);

    draft.setPendingKey(work.id, QStringLiteral("  sk-work  "));
    QCOMPARE(draft.pendingKey(work.id), QStringLiteral("sk-work"));
    draft.setPendingKey(local.id, QStringLiteral("   ")); // an empty key stores nothing
    QVERIFY(draft.pendingKey(local.id).isEmpty());
    QVERIFY(draft.hasPendingSecrets());
    QSignalSpy stored(&draft, &ProfileDraft::secretsStored);
    std::optional<QStringList> result;
    draft.storeSecrets(store, [&](const QStringList &errors) { result = errors; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->isEmpty());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().at(0).toString(), work.id);
    QCOMPARE(read(work.secretAccount()).secret, QStringLiteral("sk-work"));
    QVERIFY(!draft.hasPendingSecrets());

    // Forget deletes on the next store; a key typed afterwards replaces the deletion.
    draft.forgetKey(work.id);
    QVERIFY(draft.willForgetKey(work.id));
    draft.setPendingKey(work.id, QStringLiteral("sk-new"));
    QVERIFY(!draft.willForgetKey(work.id));
    draft.forgetKey(work.id);
    QVERIFY(draft.pendingKey(work.id).isEmpty());
    result.reset();
    draft.storeSecrets(store, [&](const QStringList &errors) { result = errors; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->isEmpty());
    QCOMPARE(read(work.secretAccount()).status, SecretResult::Status::NotFound);
    QVERIFY(!draft.hasPendingSecrets());
}

QTEST_MAIN(TstProfileDraft)
#include "tst_profiledraft.moc"
