#include "common/ExternalLinks.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>

#include <optional>

namespace {
std::optional<ExternalLinks::Answer> g_nextAnswer;
bool g_testing = false;
QUrl g_lastOpened;

QString tr(const char *text)
{
    return QCoreApplication::translate("ExternalLinks", text);
}
} // namespace

namespace ExternalLinks {

bool isOpenable(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto")
        return !url.path().isEmpty();
    return (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
}

Answer ask(QWidget *parent, const QUrl &url)
{
    if (g_nextAnswer)
        return *g_nextAnswer;
    QMessageBox box(QMessageBox::Question, tr("Open Link"),
                    tr("Open this link in your browser?"), QMessageBox::Open | QMessageBox::Cancel, parent);
    // The full target, as plain text: what the reply showed may be something else entirely.
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(url.toDisplayString());
    auto *always = new QCheckBox(tr("Always open links from this conversation"), &box);
    box.setCheckBox(always);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Open)
        return Answer::Cancel;
    return always->isChecked() ? Answer::OpenAlways : Answer::Open;
}

void refuse(QWidget *parent, const QUrl &url)
{
    if (g_testing)
        return;
    QMessageBox box(QMessageBox::Information, tr("Link Not Opened"),
                    tr("Tally opens only web and e-mail links. This one points elsewhere:"), QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(url.toDisplayString());
    box.exec();
}

void open(const QUrl &url)
{
    if (g_testing) {
        g_lastOpened = url;
        return;
    }
    QDesktopServices::openUrl(url);
}

void setAnswerForTests(Answer answer)
{
    g_testing = true;
    g_nextAnswer = answer;
}

QUrl lastOpened()
{
    return g_lastOpened;
}

} // namespace ExternalLinks
