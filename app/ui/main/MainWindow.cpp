#include "main/MainWindow.h"

#include "app/AppInfo.h"
#include "chat/Composer.h"
#include "chat/TranscriptView.h"
#include "main/AboutDialog.h"
#include "main/ConversationSidebar.h"
#include "main/StatsBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
// Window layout is cosmetic state, so it lives in QSettings next to (not inside) the typed
// application settings; a corrupt value only costs the saved layout.
constexpr auto kGeometryKey = "window/geometry";
constexpr auto kSplitterKey = "window/splitter";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::displayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/tally.svg")));

    m_sidebar = new ConversationSidebar(this);

    auto *chatPane = new QWidget(this);
    chatPane->setObjectName(QStringLiteral("chatPane"));
    m_transcript = new TranscriptView(chatPane);
    m_composer = new Composer(chatPane);
    auto *chatLayout = new QVBoxLayout(chatPane);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_transcript, 1);
    chatLayout->addWidget(m_composer);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(chatPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 740});
    setCentralWidget(m_splitter);

    m_statsBar = new StatsBar(this);
    setStatusBar(m_statsBar);

    buildMenus();
    resize(1000, 680);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find in Conversations"), m_sidebar,
                                    &ConversationSidebar::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleSidebar = view->addAction(tr("Show &Sidebar"));
    toggleSidebar->setObjectName(QStringLiteral("actionToggleSidebar"));
    toggleSidebar->setCheckable(true);
    toggleSidebar->setChecked(true);
    toggleSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(toggleSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tally"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    // Non-modal open() so the event loop keeps running (and tests can inspect the dialog).
    auto *dialog = findChild<AboutDialog *>();
    if (!dialog)
        dialog = new AboutDialog(this);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings(AppInfo::settingsFilePath(), QSettings::IniFormat);
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings(AppInfo::settingsFilePath(), QSettings::IniFormat);
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
}
