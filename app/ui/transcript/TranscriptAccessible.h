#pragma once

#include <QAccessibleWidget>
#include <QHash>

class TranscriptView;

// What screen readers see of the transcript: a list whose items are the messages, each named
// by its sender (and model) and carrying its text. Items are made when asked for, so a long
// history costs nothing until a reader walks it.
class TranscriptAccessible final : public QAccessibleWidget
{
public:
    explicit TranscriptAccessible(TranscriptView *view);
    ~TranscriptAccessible() override;

    // Registers the factory once; the view calls it when it is created.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    TranscriptView *view() const;
    // The model changed: cached items no longer match their rows.
    void reset();

private:
    mutable QHash<int, QAccessible::Id> m_children;
};
