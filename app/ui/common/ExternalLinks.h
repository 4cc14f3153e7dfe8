#pragma once

#include <QUrl>

class QWidget;

// Opening a link from a reply: only web and mail links open, and only after the person saw
// where it goes and said yes (a reply can make any text look like any link). Behind a seam:
// tests set the answer; nothing modal blocks them, and nothing is ever opened by a test.
namespace ExternalLinks {

enum class Answer { Open, OpenAlways, Cancel };

// Whether Tally opens links of this kind at all (http, https, mailto).
bool isOpenable(const QUrl &url);
// Asks, showing the link's full target. OpenAlways: trust the conversation from now on.
Answer ask(QWidget *parent, const QUrl &url);
// Says that a link of another kind (a file, a custom scheme) is not opened.
void refuse(QWidget *parent, const QUrl &url);
// Hands the link to the desktop.
void open(const QUrl &url);

// For tests: from now on ask() returns this without asking, refuse() shows nothing and open()
// records the link instead of opening it.
void setAnswerForTests(Answer answer);
QUrl lastOpened();

} // namespace ExternalLinks
