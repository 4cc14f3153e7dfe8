#include "transcript/TranscriptAccessible.h"

#include "transcript/MessageLayout.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace {

// One message as a list item.
class MessageAccessible final : public QAccessibleInterface
{
public:
    MessageAccessible(TranscriptAccessible *list, int row)
        : m_view(list->view())
        , m_row(row)
    {
    }

    bool isValid() const override { return m_view && m_row < m_view->model()->rowCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? parent()->window() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const Message &message = m_view->model()->message(m_row);
        switch (t) {
        case QAccessible::Name: return MessageLayout::headerText(message);
        case QAccessible::Description: return MessageLayout::footerText(message);
        case QAccessible::Value: return message.content;
        default: return {};
        }
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->messageRect(m_row);
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        const auto [first, last] = m_view ? m_view->visibleRows() : QPair<int, int>{-1, -1};
        state.invisible = !isValid() || m_row < first || m_row > last;
        state.offscreen = state.invisible;
        state.readOnly = true;
        state.selectable = true;
        return state;
    }

    int row() const { return m_row; }

private:
    QPointer<TranscriptView> m_view;
    int m_row = 0;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("TranscriptView") && object && object->isWidgetType())
        return new TranscriptAccessible(static_cast<TranscriptView *>(object));
    return nullptr;
}

} // namespace

TranscriptAccessible::TranscriptAccessible(TranscriptView *view)
    : QAccessibleWidget(view, QAccessible::List, view->accessibleName())
{
    const auto clear = [this] { reset(); };
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, clear);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, clear);
    QObject::connect(view->model(), &QAbstractItemModel::rowsRemoved, view, clear);
}

TranscriptAccessible::~TranscriptAccessible()
{
    reset();
}

void TranscriptAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

TranscriptView *TranscriptAccessible::view() const
{
    return static_cast<TranscriptView *>(widget());
}

void TranscriptAccessible::reset()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
    m_children.clear();
}

int TranscriptAccessible::childCount() const
{
    return view()->model()->rowCount();
}

QAccessibleInterface *TranscriptAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto found = m_children.constFind(index); found != m_children.cend())
        return QAccessible::accessibleInterface(*found);
    auto *item = new MessageAccessible(const_cast<TranscriptAccessible *>(this), index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int TranscriptAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const MessageAccessible *>(child);
    return item && item->isValid() ? item->row() : -1;
}

QAccessibleInterface *TranscriptAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const auto [first, last] = view()->visibleRows();
    for (int row = first; row >= 0 && row <= last; ++row) {
        if (view()->messageRect(row).contains(local))
            return child(row);
    }
    return nullptr;
}
