#include "common/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace {
std::optional<QString> g_nextSaveFileName;
}

namespace FileDialogs {

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    if (g_nextSaveFileName) {
        const QString answer = *g_nextSaveFileName;
        g_nextSaveFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString existingDirectory(QWidget *parent, const QString &caption, const QString &startPath)
{
    if (g_nextSaveFileName) {
        const QString answer = *g_nextSaveFileName;
        g_nextSaveFileName.reset();
        return answer;
    }
    return QFileDialog::getExistingDirectory(parent, caption, startPath);
}

void setNextSaveFileName(const QString &path)
{
    g_nextSaveFileName = path;
}

} // namespace FileDialogs
