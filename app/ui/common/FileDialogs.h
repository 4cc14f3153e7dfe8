#pragma once

#include <QString>

class QWidget;

// File dialogs through one seam: the app shows the platform's dialog; a test sets the answer
// beforehand, so no modal dialog ever blocks an offscreen test.
namespace FileDialogs {

// Asks where to save; returns an empty string when the user cancels.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter);

// Asks for an existing folder; returns an empty string when the user cancels.
QString existingDirectory(QWidget *parent, const QString &caption, const QString &startPath);

// For tests: the next saveFileName() or existingDirectory() returns this without showing anything.
void setNextSaveFileName(const QString &path);

} // namespace FileDialogs
