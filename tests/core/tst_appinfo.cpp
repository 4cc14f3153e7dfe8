#include "app/AppInfo.h"

#include "TallyVersion.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

class TstAppInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionComesFromCMake();
    void registersTheApplication();
    void pathsStayInsideTheTestHome();
};

void TstAppInfo::versionComesFromCMake()
{
    QCOMPARE(AppInfo::version(), QStringLiteral(TALLY_VERSION_STRING));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(AppInfo::version()).hasMatch());
    QVERIFY(AppInfo::versionLine().startsWith(QStringLiteral("Tally ") + AppInfo::version() + u' '));
    QVERIFY(AppInfo::versionLine().contains(QString::fromLatin1(qVersion())));
}

void TstAppInfo::registersTheApplication()
{
    AppInfo::registerApplication();
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("Tally"));
    QCOMPARE(QCoreApplication::applicationVersion(), AppInfo::version());
    QVERIFY(QCoreApplication::organizationName().isEmpty());
    QVERIFY(AppInfo::applicationId().contains(u'.'));
}

void TstAppInfo::pathsStayInsideTheTestHome()
{
    AppInfo::registerApplication();
    const QString settings = AppInfo::settingsFilePath();
    const QString data = AppInfo::dataDirPath();
    QVERIFY(settings.endsWith(QStringLiteral("/Tally/tally.ini")));
    QVERIFY(data.endsWith(QStringLiteral("/Tally")));
#ifdef Q_OS_UNIX
    // The test runner gives every test a throwaway root; nothing may point at the real home.
    const QString root = qEnvironmentVariable("TALLY_TEST_ROOT");
    QVERIFY2(!root.isEmpty(), "run through tests/support/run-isolated.sh");
    QVERIFY(settings.startsWith(root));
    QVERIFY(data.startsWith(root));
#endif
}

QTEST_GUILESS_MAIN(TstAppInfo)
#include "tst_appinfo.moc"
