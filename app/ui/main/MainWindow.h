#pragma once

#include <QMainWindow>

class QSplitter;
class ConversationSidebar;
class TranscriptView;
class Composer;
class StatsBar;

// The top-level window: the conversation sidebar on the left; the transcript, the composer and
// the stats bar on the right; and the menu bar. It wires the pieces together and remembers its
// geometry, but owns no chat logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreLayout();
    void saveLayout() const;

    QSplitter *m_splitter = nullptr;
    ConversationSidebar *m_sidebar = nullptr;
    TranscriptView *m_transcript = nullptr;
    Composer *m_composer = nullptr;
    StatsBar *m_statsBar = nullptr;
};
