#pragma once

#include <QLabel>

// A one-line plain-text label that never asks for more width than it gets: the text is elided
// to fit, and the whole of it is in the tooltip. A QLabel's minimum width is its text's, so a
// growing line (the stats) would otherwise widen the window.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShown();

    QString m_full;
};
