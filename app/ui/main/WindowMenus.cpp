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

namespace {
// Every action has the object name the tests and the docs use, and most a shortcut.
QAction *named(QAction *action, const char *name, const QKeySequence &shortcut = {})
{
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    return action;
}

void buildFile(QMenuBar *bar, MainWindow *w)
{
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    named(file->addAction(MainWindow::tr("&New Chat"), w, &MainWindow::newConversation), "actionNewChat",
          QKeySequence::New);
    named(file->addAction(MainWindow::tr("&Export Conversation…"), w, &MainWindow::exportConversation), "actionExport",
          QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    named(file->addAction(MainWindow::tr("&Quit"), qApp, &QApplication::closeAllWindows), "actionQuit", QKeySequence::Quit)
        ->setMenuRole(QAction::QuitRole);
}

void buildEdit(QMenuBar *bar, MainWindow *w, ConversationSidebar *sidebar, TranscriptView *transcript, FindBar *findBar)
{
    QMenu *edit = bar->addMenu(MainWindow::tr("&Edit"));
    named(edit->addAction(MainWindow::tr("&Settings…"), w, &MainWindow::showSettings), "actionSettings",
          QKeySequence(Qt::CTRL | Qt::Key_Comma))
        ->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    named(edit->addAction(MainWindow::tr("&Find in Conversations"), sidebar, &ConversationSidebar::focusSearch),
          "actionFind", QKeySequence::Find);
    named(edit->addAction(MainWindow::tr("Find in &This Conversation"), findBar, [findBar] { findBar->open(); }),
          "actionFindInConversation", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    named(edit->addAction(MainWindow::tr("Find &Next"), transcript, &TranscriptView::findNext), "actionFindNext",
          QKeySequence::FindNext);
    named(edit->addAction(MainWindow::tr("Find Pre&vious"), transcript, &TranscriptView::findPrevious),
          "actionFindPrevious", QKeySequence::FindPrevious);
    edit->addSeparator();
    named(edit->addAction(MainWindow::tr("&Rename Conversation"), sidebar, &ConversationSidebar::renameCurrent),
          "actionRename", QKeySequence(Qt::Key_F2));
    named(edit->addAction(MainWindow::tr("&Pin or Unpin Conversation"), w, &MainWindow::togglePinned), "actionPin",
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    named(edit->addAction(MainWindow::tr("&Delete Conversation"), w, &MainWindow::deleteConversation), "actionDelete",
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
}

void buildView(QMenuBar *bar, MainWindow *w, AppContext &context, ConversationSidebar *sidebar)
{
    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    QAction *toggleSidebar = named(view->addAction(MainWindow::tr("Show &Sidebar")), "actionToggleSidebar",
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    toggleSidebar->setCheckable(true);
    toggleSidebar->setChecked(true);
    QObject::connect(toggleSidebar, &QAction::toggled, sidebar, &QWidget::setVisible);

    QMenu *themeMenu = view->addMenu(MainWindow::tr("&Theme"));
    auto *themes = new QActionGroup(themeMenu); // goes with the menu when the menus are rebuilt
    const AppSettings::Theme current = context.settings().theme();
    for (const auto &[theme, label, name] : {std::tuple{AppSettings::Theme::System, MainWindow::tr("&System"), "actionThemeSystem"},
                                             std::tuple{AppSettings::Theme::Light, MainWindow::tr("&Light"), "actionThemeLight"},
                                             std::tuple{AppSettings::Theme::Dark, MainWindow::tr("&Dark"), "actionThemeDark"}}) {
        QAction *action = named(themeMenu->addAction(label), name);
        action->setCheckable(true);
        action->setChecked(theme == current);
        themes->addAction(action);
        QObject::connect(action, &QAction::triggered, w, [w, theme] { w->applyTheme(theme); });
    }
}

void buildToolsAndHelp(QMenuBar *bar, MainWindow *w)
{
    // Tools: the benchmark and compare dialogs (app/ui/bench/); they keep all their logic.
    QMenu *tools = bar->addMenu(MainWindow::tr("&Tools"));
    named(tools->addAction(MainWindow::tr("&Benchmark…"), w, &MainWindow::showBenchmark), "actionBenchmark");
    named(tools->addAction(MainWindow::tr("&Compare…"), w, &MainWindow::showCompare), "actionCompare");

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    named(help->addAction(MainWindow::tr("&About Tally"), w, &MainWindow::showAbout), "actionAbout")
        ->setMenuRole(QAction::AboutRole);
    help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}
} // namespace

void WindowMenus::build(MainWindow &window, AppContext &context, ConversationSidebar *sidebar,
                        TranscriptView *transcript, FindBar *findBar)
{
    QMenuBar *bar = window.menuBar();
    buildFile(bar, &window);
    buildEdit(bar, &window, sidebar, transcript, findBar);
    buildView(bar, &window, context, sidebar);
    buildToolsAndHelp(bar, &window);
}
