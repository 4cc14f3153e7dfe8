#pragma once

class AppContext;
class ConversationSidebar;
class FindBar;
class MainWindow;
class TranscriptView;

// The main window's menu bar: File, Edit, View, Tools and Help, with the object names and
// shortcuts the tests and the docs use. Built again on a language change.
class WindowMenus final
{
public:
    static void build(MainWindow &window, AppContext &context, ConversationSidebar *sidebar,
                      TranscriptView *transcript, FindBar *findBar);
};
