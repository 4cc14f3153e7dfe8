// Qt's own strings in Tally's windows, offscreen: in Thai (Tally's qt_th translation, Debian has
// none) and Chinese (Debian's qtbase_zh_CN) the standard buttons, the text context menus, the
// file dialog and the main window's menus are not English; back in English they are again.
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "common/TranslationLoader.h"
#include "main/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppSettings.h"
#include "settings/ProfileList.h"

#include "TestServer.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

namespace {

QStringList actionTexts(QMenu *menu)
{
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text().section(u'\t', 0, 0); // without the shortcut Qt appends

    }
    return texts;
}

QStringList menuTitles(QMainWindow &window)
{
    QStringList titles;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus)
        titles << menu->text();
    return titles;
}

QString cancelText()
{
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    return buttons.button(QDialogButtonBox::Cancel)->text();
}

bool hasDebianChinese()
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm"));
}

} // namespace

class TstQtStrings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void thaiButtons();
    void thaiTextContextMenus();
    void thaiFileDialog();
    void thaiMainWindowAndSettings();
    void chineseComesFromQt();
    void englishAgainAfterThai();

private:
    std::unique_ptr<AppContext> makeContext();

    QTemporaryDir *m_dir = nullptr;
    TestServer *m_server = nullptr;
    TranslationLoader *m_loader = nullptr;
};

void TstQtStrings::initTestCase()
{
    AppInfo::registerApplication();
}

void TstQtStrings::init()
{
    m_dir = new QTemporaryDir;
    m_server = new TestServer(this);
    QVERIFY(m_server->start());
    m_loader = new TranslationLoader(this);
}

void TstQtStrings::cleanup()
{
    delete m_loader; // removes its translators: the next test starts in English
    delete m_server;
    delete m_dir;
}

std::unique_ptr<AppContext> TstQtStrings::makeContext()
{
    // One profile on the local test server, so nothing the window does reaches another host.
    const QString settingsPath = m_dir->filePath(QStringLiteral("tally.ini"));
    {
        AppSettings settings(settingsPath);
        ProviderProfile profile = ProviderProfile::fromPreset(*ProviderPreset::find(QStringLiteral("holysheep")),
                                                              QStringLiteral("test"));
        profile.id = QStringLiteral("test-profile");
        profile.baseUrl = m_server->baseUrl();
        profile.keyVariable = QStringLiteral("TALLY_UNSET_TEST_VARIABLE");
        settings.setProfiles({profile});
        settings.setDefaultProfileName(QStringLiteral("test"));
        settings.sync();
    }
    return std::make_unique<AppContext>(AppContext::Paths{settingsPath, m_dir->filePath(QStringLiteral("tally.db"))},
                                        new MemorySecretStore);
}

void TstQtStrings::thaiButtons()
{
    QCOMPARE(cancelText(), QStringLiteral("Cancel"));
    QVERIFY(m_loader->load(QLocale(QStringLiteral("th_TH"))));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel
                             | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("ยกเลิก"));
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("ตกลง"));
    QCOMPARE(buttons.button(QDialogButtonBox::Apply)->text(), QStringLiteral("นำไปใช้"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("ปิด"));

    // The box Tally shows before opening a link from a reply.
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"), QMessageBox::Open | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Open)->text(), QStringLiteral("เปิด"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("ยกเลิก"));
}

void TstQtStrings::thaiTextContextMenus()
{
    QVERIFY(m_loader->load(QLocale(QStringLiteral("th_TH"))));

    QLineEdit line(QStringLiteral("text"));
    std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    const QStringList lineTexts = actionTexts(lineMenu.get());
    QVERIFY2(lineTexts.contains(QStringLiteral("คัดลอก(&C)")), qPrintable(lineTexts.join(u" | ")));
    QVERIFY2(lineTexts.contains(QStringLiteral("วาง(&P)")), qPrintable(lineTexts.join(u" | ")));
    QVERIFY2(lineTexts.contains(QStringLiteral("เลือกทั้งหมด")), qPrintable(lineTexts.join(u" | ")));

    // The composer and the settings' multi-line fields.
    QPlainTextEdit edit(QStringLiteral("text"));
    edit.selectAll();
    std::unique_ptr<QMenu> editMenu(edit.createStandardContextMenu());
    const QStringList editTexts = actionTexts(editMenu.get());
    QCOMPARE(editTexts.size(), lineTexts.size());
    for (const QString &english : {QStringLiteral("&Undo"), QStringLiteral("&Redo"), QStringLiteral("Cu&t"),
                                   QStringLiteral("&Copy"), QStringLiteral("&Paste"), QStringLiteral("Delete"),
                                   QStringLiteral("Select All")}) {
        QVERIFY2(!editTexts.contains(english), qPrintable(editTexts.join(u" | ")));
        QVERIFY2(!lineTexts.contains(english), qPrintable(lineTexts.join(u" | ")));
    }
    QVERIFY2(editTexts.contains(QStringLiteral("ตัด(&T)")), qPrintable(editTexts.join(u" | ")));

    // A read-only rich text view with a link under the mouse (the About dialog's links).
    QTextBrowser browser;
    browser.setHtml(QStringLiteral("<a href=\"https://example.org/\">link</a>"));
    std::unique_ptr<QMenu> browserMenu(browser.createStandardContextMenu(QPoint(2, 2)));
    const QStringList browserTexts = actionTexts(browserMenu.get());
    QVERIFY2(browserTexts.contains(QStringLiteral("คัดลอกตำแหน่งลิงก์(&L)")), qPrintable(browserTexts.join(u" | ")));
}

void TstQtStrings::thaiFileDialog()
{
    QVERIFY(m_loader->load(QLocale(QStringLiteral("th_TH"))));
    // Qt's own dialog, as on a desktop without a native one (and as Tally's export shows it there).
    QFileDialog dialog(nullptr, QString(), m_dir->path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"))->text(), QStringLiteral("ค้นหาใน:"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("fileNameLabel"))->text(), QStringLiteral("ชื่อไฟล์(&N):"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("fileTypeLabel"))->text(), QStringLiteral("ชนิดของไฟล์:"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("ยกเลิก"));
    QCOMPARE(dialog.labelText(QFileDialog::Accept), QStringLiteral("บันทึก(&S)"));
}

void TstQtStrings::thaiMainWindowAndSettings()
{
    QVERIFY(m_loader->load(QLocale(QStringLiteral("th_TH"))));
    auto context = makeContext();
    MainWindow window(*context);
    const QStringList titles = menuTitles(window);
    QCOMPARE(titles, (QStringList{QStringLiteral("ไฟล์(&F)"), QStringLiteral("แก้ไข(&E)"), QStringLiteral("มุมมอง(&V)"),
                                  QStringLiteral("เครื่องมือ(&T)"), QStringLiteral("วิธีใช้(&H)")}));

    // The settings dialog's own button box: Qt's strings, in Thai.
    window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QWidget *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("settingsCancel"))->text(), QStringLiteral("ยกเลิก"));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("settingsOk"))->text(), QStringLiteral("ตกลง"));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("settingsApply"))->text(), QStringLiteral("นำไปใช้"));
    dialog->close();
}

void TstQtStrings::chineseComesFromQt()
{
    if (!hasDebianChinese())
        QSKIP("qtbase_zh_CN.qm is not installed (Debian: qt6-translations-l10n, see scripts/deps.sh)");
    QVERIFY(m_loader->load(QLocale(QLocale::Chinese, QLocale::China)));
    QCOMPARE(cancelText(), QStringLiteral("取消"));
    QLineEdit line(QStringLiteral("text"));
    std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
    QVERIFY2(actionTexts(menu.get()).contains(QStringLiteral("复制(&C)")), qPrintable(actionTexts(menu.get()).join(u" | ")));

    auto context = makeContext();
    MainWindow window(*context);
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("文件(&F)"));
}

void TstQtStrings::englishAgainAfterThai()
{
    QVERIFY(m_loader->load(QLocale(QStringLiteral("th_TH"))));
    QCOMPARE(cancelText(), QStringLiteral("ยกเลิก"));
    // Switching back removes Qt's Thai strings too, not only Tally's.
    QVERIFY(!m_loader->load(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(cancelText(), QStringLiteral("Cancel"));
    QLineEdit line(QStringLiteral("text"));
    std::unique_ptr<QMenu> menu(line.createStandardContextMenu());
    QVERIFY2(actionTexts(menu.get()).contains(QStringLiteral("&Copy")), qPrintable(actionTexts(menu.get()).join(u" | ")));
    auto context = makeContext();
    MainWindow window(*context);
    QCOMPARE(menuTitles(window).value(0), QStringLiteral("&File"));
}

QTEST_MAIN(TstQtStrings)
#include "tst_qtstrings.moc"
