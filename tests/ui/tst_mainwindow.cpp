// Drives the real MainWindow offscreen.
#include "app/AppInfo.h"
#include "main/AboutDialog.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

class TstMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheShapeOfTheApp();
    void everyControlHasAnAccessibleName();
    void menusHaveTheUsualEntries();
    void findShortcutFocusesTheSearchField();
    void aboutShowsTheVersion();
    void remembersGeometryAndSplitter();
};

void TstMainWindow::initTestCase()
{
    AppInfo::registerApplication();
}

void TstMainWindow::showsTheShapeOfTheApp()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Tally"));

    for (const char *name : {"conversationSidebar", "searchField", "newChatButton", "conversationList",
                             "transcriptView", "composer", "composerEditor", "sendButton", "statsBar"}) {
        auto *widget = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(widget->isVisible(), name);
    }
    // Nothing to send to yet, and the composer says why instead of failing on click.
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!send->isEnabled());
    QVERIFY(!send->toolTip().isEmpty());
    auto *status = window.findChild<QLabel *>(QStringLiteral("composerStatus"));
    QCOMPARE(status->text(), send->toolTip());

    auto *stats = window.findChild<QLabel *>(QStringLiteral("sessionStatsLabel"));
    QVERIFY(stats->text().contains(u'0'));
    auto *list = window.findChild<QListView *>(QStringLiteral("conversationList"));
    QVERIFY(!list->model() || list->model()->rowCount() == 0);
}

void TstMainWindow::everyControlHasAnAccessibleName()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPushButton *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextBrowser *>(widget)
            || qobject_cast<QListView *>(widget);
        // Line edits inside other widgets (e.g. spin boxes) are named by their owner.
        if (!interactive || widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void TstMainWindow::menusHaveTheUsualEntries()
{
    MainWindow window;
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus)
        titles << menu->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                  QStringLiteral("&Help")}));
    auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    auto *find = window.findChild<QAction *>(QStringLiteral("actionFind"));
    QVERIFY(find);
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
}

void TstMainWindow::findShortcutFocusesTheSearchField()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEditor"));
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QTRY_VERIFY(search->hasFocus());
}

void TstMainWindow::aboutShowsTheVersion()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = window.findChild<AboutDialog *>()) && about->isVisible());
    auto *version = about->findChild<QLabel *>(QStringLiteral("aboutVersion"));
    QVERIFY(version->text().contains(AppInfo::version()));
    about->reject();
    QTRY_VERIFY(!about->isVisible());
    // A second trigger reuses the one dialog.
    window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
}

void TstMainWindow::remembersGeometryAndSplitter()
{
    QList<int> savedSizes;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 600);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 600});
        savedSizes = splitter->sizes();
        window.close();
    }
    MainWindow reopened;
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QCOMPARE(reopened.size(), QSize(900, 600));
    QCOMPARE(reopened.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), savedSizes);
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
