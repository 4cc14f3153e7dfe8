#include "main/WindowMenus.h"

#include "app/AppContext.h"
#include "main/ConversationSidebar.h"
#include "main/MainWindow.h"
#include "settings/AppSettings.h"
#include "transcript/FindBar.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

void WindowMenus::build(MainWindow &window, AppContext &context, ConversationSidebar *sidebar,
                        TranscriptView *transcript, FindBar *findBar)
{
    QMenuBar *bar = window.menuBar();
    MainWindow *w = &window;
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    QAction *newChat = file->addAction(MainWindow::tr("&New Chat"), w, &MainWindow::newConversation);
    newChat->setObjectName(QStringLiteral("actionNewChat"));
    newChat->setShortcut(QKeySequence::New);
    QAction *exportAction = file->addAction(MainWindow::tr("&Export Conversation…"), w, &MainWindow::exportConversation);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(MainWindow::tr("&Edit"));
    QAction *settings = edit->addAction(MainWindow::tr("&Settings…"), w, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    QAction *find = edit->addAction(MainWindow::tr("&Find in Conversations"), sidebar, &ConversationSidebar::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction *findHere = edit->addAction(MainWindow::tr("Find in &This Conversation"), findBar, [findBar] { findBar->open(); });
    findHere->setObjectName(QStringLiteral("actionFindInConversation"));
    findHere->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *findNext = edit->addAction(MainWindow::tr("Find &Next"), transcript, &TranscriptView::findNext);
    findNext->setObjectName(QStringLiteral("actionFindNext"));
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(MainWindow::tr("Find Pre&vious"), transcript, &TranscriptView::findPrevious);
    findPrevious->setObjectName(QStringLiteral("actionFindPrevious"));
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    edit->addSeparator();
    QAction *rename = edit->addAction(MainWindow::tr("&Rename Conversation"), sidebar, &ConversationSidebar::renameCurrent);
    rename->setObjectName(QStringLiteral("actionRename"));
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *pin = edit->addAction(MainWindow::tr("&Pin or Unpin Conversation"), w, &MainWindow::togglePinned);
    pin->setObjectName(QStringLiteral("actionPin"));
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *remove = edit->addAction(MainWindow::tr("&Delete Conversation"), w, &MainWindow::deleteConversation);
    remove->setObjectName(QStringLiteral("actionDelete"));
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));

    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    QAction *toggleSidebar = view->addAction(MainWindow::tr("Show &Sidebar"));
    toggleSidebar->setObjectName(QStringLiteral("actionToggleSidebar"));
    toggleSidebar->setCheckable(true);
    toggleSidebar->setChecked(true);
    toggleSidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QObject::connect(toggleSidebar, &QAction::toggled, sidebar, &QWidget::setVisible);

    QMenu *themeMenu = view->addMenu(MainWindow::tr("&Theme"));
    auto *themes = new QActionGroup(themeMenu); // goes with the menu when the menus are rebuilt
    const AppSettings::Theme current = context.settings().theme();
    for (const auto &[theme, label, name] : {std::tuple{AppSettings::Theme::System, MainWindow::tr("&System"), "actionThemeSystem"},
                                             std::tuple{AppSettings::Theme::Light, MainWindow::tr("&Light"), "actionThemeLight"},
                                             std::tuple{AppSettings::Theme::Dark, MainWindow::tr("&Dark"), "actionThemeDark"}}) {
        QAction *action = themeMenu->addAction(label);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(theme == current);
        themes->addAction(action);
        QObject::connect(action, &QAction::triggered, w, [w, theme] { w->applyTheme(theme); });
    }

    // Tools: the benchmark and compare dialogs (app/ui/bench/); they keep all their logic.
    QMenu *tools = bar->addMenu(MainWindow::tr("&Tools"));
    QAction *benchmark = tools->addAction(MainWindow::tr("&Benchmark…"), w, &MainWindow::showBenchmark);
    benchmark->setObjectName(QStringLiteral("actionBenchmark"));
    QAction *compare = tools->addAction(MainWindow::tr("&Compare…"), w, &MainWindow::showCompare);
    compare->setObjectName(QStringLiteral("actionCompare"));

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    QAction *about = help->addAction(MainWindow::tr("&About Tally"), w, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

