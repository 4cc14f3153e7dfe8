#pragma once

#include <QDialog>

// "About Tally": the version (from the one CMake source), the Qt it runs on, and the licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
